import {
	type INodeProperties,
	NodeConnectionTypes,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { manualWebhookMethods } from '../shared/trigger/manualWebhook';
import { EVENT_OPTIONS, EVENT_TYPES } from './trigger/events';
import { DEFAULT_TOLERANCE_MINUTES, MAX_TOLERANCE_MINUTES } from './trigger/signature';
import { answerHandshake, receiveCallback } from './trigger/webhook';
import { readmeSection } from '../shared/descriptions/docs';
import { optionSubtitle } from '../shared/descriptions/subtitle';

const eventsProperty: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	required: true,
	default: [...EVENT_TYPES],
	description:
		'Which callbacks start the workflow. Others are acknowledged (so JPush does not retry them) without starting it.',
	options: EVENT_OPTIONS,
};

export class JPushSmsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'JPush SMS Trigger',
		name: 'jPushSmsTrigger',
		icon: { light: 'file:../../icons/jpushSms.svg', dark: 'file:../../icons/jpushSms.dark.svg' },
		group: ['trigger'],
		version: 1,
		documentationUrl: readmeSection('JPush SMS Trigger'),
		subtitle: optionSubtitle(eventsProperty),
		// n8n's node creator merges a node and its trigger into one entry and gives it the trigger's description,
		// also under "What happens next?": so this says first what the action node does, then the trigger.
		description:
			'Send and verify codes, send and schedule template SMS, read delivery reports and replies, and manage templates and signatures with JPush SMS, or start a workflow on its delivery reports, replies and review results',
		defaults: { name: 'JPush SMS Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'jPushSmsApi', required: true }],
		webhooks: [
			// JPush checks the URL with a GET before it accepts it (same URL as the callbacks).
			{ name: 'setup', httpMethod: 'GET', responseMode: 'onReceived', path: 'webhook', ndvHideUrl: true },
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			{
				displayName:
					'JPush has no API for callbacks: publish this workflow (Publish, top right), then copy the Production URL shown above under Webhook URLs and paste it in the JPush console at your app → SMS settings → callback, for each event type you want. JPush checks the URL with a GET when you save it and accepts only ports 80 and 443, so n8n must be reachable on a public http(s) URL without a port. The credential must hold the AppKey and Master Secret of that same app: they verify every callback’s signature.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			eventsProperty,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Timestamp Tolerance (Minutes)',
						name: 'timestampToleranceMinutes',
						type: 'number',
						default: DEFAULT_TOLERANCE_MINUTES,
						typeOptions: { minValue: 1, maxValue: MAX_TOLERANCE_MINUTES },
						description:
							'How far, either way, a callback’s timestamp may be from n8n’s clock. Older or newer callbacks are refused with HTTP 401 (replay protection).',
					},
				],
			},
		],
	};

	webhookMethods = { default: manualWebhookMethods };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return this.getRequestObject().method === 'GET' ? answerHandshake.call(this) : await receiveCallback.call(this);
	}
}
