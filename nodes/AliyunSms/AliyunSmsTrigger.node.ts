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
	displayName: 'Trigger On',
	name: 'events',
	type: 'multiOptions',
	required: true,
	default: ['delivered', 'failed'],
	options: [
		{ name: 'Delivered', value: 'delivered', description: 'A delivery report (SmsReport) with success true' },
		{ name: 'Failed', value: 'failed', description: 'A delivery report (SmsReport) with success false' },
		{ name: 'International Report', value: 'internationalReport', description: 'A delivery report of the international API' },
		{ name: 'Reply', value: 'reply', description: 'A reply from a recipient (SmsUp)' },
		{ name: 'Signature Review', value: 'signatureReview', description: 'A signature was approved or rejected (SignSmsReport)' },
		{ name: 'Template Review', value: 'templateReview', description: 'A template was approved or rejected (TemplateSmsReport)' },
	],
};

export class AliyunSmsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Aliyun SMS Trigger',
		name: 'aliyunSmsTrigger',
		icon: { light: 'file:../../icons/aliyunSms.svg', dark: 'file:../../icons/aliyunSms.dark.svg' },
		group: ['trigger'],
		version: 1,
		documentationUrl: readmeSection('Aliyun SMS Trigger'),
		subtitle: optionSubtitle(eventsProperty),
		// n8n's node creator shows the trigger's description for the action node too: it names both.
		description: 'Send SMS and manage signatures and templates with Alibaba Cloud SMS, or start a workflow on its delivery reports, replies and review results',
		defaults: { name: 'Aliyun SMS Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'aliyunSmsApi', required: true }],
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
					'Aliyun is set up by hand: copy the Production URL of this node (Webhook URLs, above), publish the workflow, and in the Aliyun SMS console under General Settings → Receipt Settings choose HTTP batch push and paste the URL for delivery reports (SmsReport), replies (SmsUp) and review results. Aliyun does not sign its pushes: anyone who knows the URL can post to it, so set a Secret Path below before copying the URL, and if you can let only Aliyun’s addresses through to n8n (a source-IP allowlist in your proxy).',
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
				description: 'A hard-to-guess word (letters and digits) added to the webhook URL. Since Aliyun does not sign pushes, it is what keeps strangers from starting the workflow. Change it and the URL in the console together.',
			},
		],
	};

	webhookMethods = { default: manualWebhookMethods };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handlePush.call(this);
	}
}
