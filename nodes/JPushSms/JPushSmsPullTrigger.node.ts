import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { PULL_EVENT_OPTIONS, pollJPush } from './trigger/pull';
import { readmeSection } from '../shared/descriptions/docs';
import { optionSubtitle } from '../shared/descriptions/subtitle';

const eventsProperty: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	required: true,
	default: ['SMS_REPORT', 'SMS_REPLY'],
	description: 'What starts the workflow. Template and signature review results are only sent as callbacks (JPush SMS Trigger).',
	options: PULL_EVENT_OPTIONS,
};

// A node is either a polling trigger (`polling: true`, which gives it n8n's Poll Times) or a webhook
// trigger: n8n registers both for a node that has both. So pull mode is a node of its own.
export class JPushSmsPullTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'JPush SMS Pull Trigger',
		name: 'jPushSmsPullTrigger',
		icon: { light: 'file:../../icons/jpushSms.svg', dark: 'file:../../icons/jpushSms.dark.svg' },
		group: ['trigger'],
		version: 1,
		documentationUrl: readmeSection('JPush SMS Pull Trigger'),
		subtitle: optionSubtitle(eventsProperty),
		description: 'Start a workflow on JPush SMS delivery reports and replies by asking JPush for them at set times: no public URL needed',
		defaults: { name: 'JPush SMS Pull Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'jPushSmsApi', required: true }],
		properties: [
			{
				displayName:
					'Works without a public URL: at the poll times below the trigger asks JPush for new delivery reports and replies (at most 500 per call and one call every 5 seconds, so a backlog is read over several calls). JPush hands each record out once: a JPush SMS node with Report → Get Delivery Reports or Get Replies, or a second pull trigger, on the same app takes records from this trigger. JPush refuses pulls while a callback URL is set for the app in its console; the items are those of the JPush SMS Trigger.',
				name: 'pullNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName:
					'Fetch Test Event pulls nothing (a pulled record is gone from JPush, and the published workflow would miss it): it shows JPush’s documented sample of each chosen event, marked sample: true',
				name: 'testEventNotice',
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
						displayName: 'Include Records Waiting Before Publishing',
						name: 'emitExisting',
						type: 'boolean',
						default: false,
						description:
							'Whether the first poll after the workflow is first published also starts the workflow for the reports and replies JPush already holds (up to 3 days old). Off: they are pulled and dropped, so only what arrives from then on starts the workflow.',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollJPush.call(this);
	}
}
