import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { readmeSection } from '../shared/descriptions/docs';
import { optionSubtitle } from '../shared/descriptions/subtitle';
import { pollTencent } from './trigger/pull';

const eventsProperty: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	required: true,
	default: ['deliveryReport', 'reply'],
	description: 'What starts the workflow',
	options: [
		{ name: 'Delivery Report', value: 'deliveryReport', description: 'A message was delivered or failed (PullSmsSendStatus)' },
		{ name: 'Reply', value: 'reply', description: 'A recipient replied (PullSmsReplyStatus)' },
	],
};

// A node is either a polling trigger or a webhook trigger (n8n registers both for a node that has both).
export class TencentSmsPullTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Tencent Cloud SMS Pull Trigger',
		name: 'tencentSmsPullTrigger',
		icon: { light: 'file:../../icons/tencentSms.svg', dark: 'file:../../icons/tencentSms.dark.svg' },
		group: ['trigger'],
		version: 1,
		documentationUrl: readmeSection('Tencent Cloud SMS Pull Trigger'),
		subtitle: optionSubtitle(eventsProperty),
		description: 'Start a workflow on Tencent Cloud SMS delivery reports and replies by pulling them at set times: no public URL needed',
		defaults: { name: 'Tencent Cloud SMS Pull Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'tencentCloudApi', required: true }],
		properties: [
			{
				displayName:
					'Works without a public URL: at the poll times below the trigger pulls new delivery reports and replies of the credential’s SDK AppID, 100 per call. Tencent hands each record out once, so Status → Pull Delivery Reports or Pull Replies, or a second pull trigger, on the same app take records from this trigger. The pull APIs must be enabled by Tencent Cloud support. Fetch Test Event pulls nothing: it shows Tencent’s documented sample, marked sample: true.',
				name: 'pullNotice',
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
						description: 'Whether the first poll after publishing also starts the workflow for the records already waiting in Tencent’s queues. Off: they are pulled and dropped.',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollTencent.call(this);
	}
}
