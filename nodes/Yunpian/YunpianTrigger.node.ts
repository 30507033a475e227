import {
	NodeConnectionTypes,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { manualWebhookMethods } from '../shared/trigger/manualWebhook';
import { handlePush } from './trigger/webhook';

export class YunpianTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Yunpian Trigger',
		name: 'yunpianTrigger',
		icon: { light: 'file:../../icons/yunpian.svg', dark: 'file:../../icons/yunpian.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description:
			'Starts the workflow when Yunpian (云片) pushes a delivery status, a reply, a voice status or a template review result',
		defaults: { name: 'Yunpian Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'yunpianApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName:
					'Yunpian is set up by hand: copy the Production URL of this node (Webhook URLs, above) and publish the workflow (Publish, top right). In the Yunpian console, under System Settings → Data Retrieval and Push (系统设置 → 数据获取与推送), paste it as the push address of delivery status reports (状态报告推送), replies (上行推送) and voice status reports (语音状态报告推送). For template review results, give the same URL when you create a template (Yunpian node: Template → Create → Options → Review Callback URL; the tpl/add callback field). A Callback URL option on a send overrides the console address for that message.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['deliveryStatus', 'reply'],
				description:
					'Which pushes start the workflow. Every genuine push is acknowledged with SUCCESS, so Yunpian does not retry the others.',
				options: [
					{
						name: 'Delivery Status (状态报告)',
						value: 'deliveryStatus',
						description: 'An SMS was delivered or failed: one item per report (sms_status)',
					},
					{
						name: 'Reply (上行)',
						value: 'reply',
						description: 'A recipient replied: one item per reply (sms_reply, signature checked)',
					},
					{
						name: 'Template Review Result (模板审核)',
						value: 'templateReview',
						description: 'A template was approved or rejected (pushed to the Review Callback URL of the template)',
					},
					{
						name: 'Voice Status (语音状态报告)',
						value: 'voiceStatus',
						description: 'A voice code or notification call ended: one item per report (voice_status)',
					},
				],
			},
		],
	};

	webhookMethods = { default: manualWebhookMethods };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handlePush.call(this);
	}
}
