import {
	NodeConnectionTypes,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { readmeSection } from '../shared/descriptions/docs';
import { optionSubtitle } from '../shared/descriptions/subtitle';
import { manualWebhookMethods } from '../shared/trigger/manualWebhook';
import { handlePush } from './trigger/webhook';

const eventsProperty: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	required: true,
	default: ['deliveryReport', 'reply'],
	description: 'Which pushes start the workflow. Every push is acknowledged, so Tencent does not retry the others.',
	options: [
		{ name: 'Delivery Report', value: 'deliveryReport', description: 'A message was delivered or failed: one item per report (SMS delivery status notification)' },
		{ name: 'Reply', value: 'reply', description: 'A recipient replied to a message (SMS reply)' },
	],
};

export class TencentSmsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Tencent Cloud SMS Trigger',
		name: 'tencentSmsTrigger',
		icon: { light: 'file:../../icons/tencentSms.svg', dark: 'file:../../icons/tencentSms.dark.svg' },
		group: ['trigger'],
		version: 1,
		documentationUrl: readmeSection('Tencent Cloud SMS Trigger'),
		subtitle: optionSubtitle(eventsProperty),
		// n8n's node creator merges a node and its trigger into one entry and gives it the trigger's description.
		description:
			'Send SMS and manage signatures and templates with Tencent Cloud SMS, or start a workflow on its delivery reports and replies',
		defaults: { name: 'Tencent Cloud SMS Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'tencentCloudApi', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				// The secret, when set, is part of the URL: a push to any other path never reaches the workflow.
				path: '={{ $parameter["secretPath"] ? "push/" + $parameter["secretPath"] : "webhook" }}',
			},
		],
		properties: [
			{
				displayName:
					'Tencent Cloud is set up by hand and does not sign its pushes: anyone who knows the URL can post to it. Set a Secret Path below, copy the Production URL (Webhook URLs, above) and publish the workflow. In the SMS console paste it under Application Management → Basic Configuration → Event Callback Configuration (delivery reports) and General Management → Reply Callback (replies). For more safety, let only Tencent’s addresses through to n8n (source-IP allowlist in your proxy).',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			eventsProperty,
			{
				displayName: 'Secret Path',
				name: 'secretPath',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				placeholder: 'e.g. 7f3c9a1e5b',
				description: 'A hard-to-guess word (letters and digits) added to the webhook URL. Since Tencent does not sign pushes, it is what keeps strangers from starting the workflow. Change it and the URL in the console together.',
			},
		],
	};

	webhookMethods = { default: manualWebhookMethods };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handlePush.call(this);
	}
}
