import {
	type INodeProperties,
	NodeConnectionTypes,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { manualWebhookMethods } from '../shared/trigger/manualWebhook';
import { handlePush } from './trigger/webhook';
import { readmeSection } from '../shared/descriptions/docs';
import { optionSubtitle } from '../shared/descriptions/subtitle';

const eventsProperty: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	required: true,
	default: ['deliveryStatus', 'reply'],
	description:
		'Which pushes start the workflow. Every genuine push is acknowledged with SUCCESS, so Yunpian does not retry the others.',
	options: [
		{
			name: 'Delivery Status',
			value: 'deliveryStatus',
			description: 'An SMS was delivered or failed: one item per report (sms_status)',
		},
		{
			name: 'Reply',
			value: 'reply',
			description: 'A recipient replied: one item per reply (sms_reply, signature checked)',
		},
		{
			name: 'Template Review Result',
			value: 'templateReview',
			description: 'A template was approved or rejected (pushed to the Review Callback URL of the template)',
		},
		{
			name: 'Voice Status',
			value: 'voiceStatus',
			description: 'A voice code or notification call ended: one item per report (voice_status)',
		},
	],
};

export class YunpianTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Yunpian Trigger',
		name: 'yunpianTrigger',
		icon: { light: 'file:../../icons/yunpian.svg', dark: 'file:../../icons/yunpian.dark.svg' },
		group: ['trigger'],
		version: 1,
		documentationUrl: readmeSection('Yunpian Trigger'),
		subtitle: optionSubtitle(eventsProperty),
		// n8n's node creator merges a node and its trigger into one entry and gives it the trigger's description,
		// also under "What happens next?": so this says first what the action node does, then the trigger.
		description:
			'Send SMS, voice codes and video SMS, read delivery reports, replies and send records, and manage templates and signatures with Yunpian, or start a workflow on its delivery statuses, replies and review results',
		defaults: { name: 'Yunpian Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'yunpianApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName:
					'Yunpian is set up by hand: copy the Production URL of this node (Webhook URLs, above) and publish the workflow (Publish, top right). In the Yunpian console, under System Settings → Data Retrieval and Push, paste it as the push address of delivery status reports, replies and voice status reports. For template review results, give the same URL when you create a template (Yunpian node: Template → Create → Options → Review Callback URL; the tpl/add callback field). A Callback URL option on a send overrides the console address for that message.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			eventsProperty,
		],
	};

	webhookMethods = { default: manualWebhookMethods };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handlePush.call(this);
	}
}
