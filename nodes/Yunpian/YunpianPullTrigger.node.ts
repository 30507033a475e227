import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { PULL_EVENT_OPTIONS, pollYunpian } from './trigger/pull';
import { readmeSection } from '../shared/descriptions/docs';
import { optionSubtitle } from '../shared/descriptions/subtitle';

const eventsProperty: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	required: true,
	default: ['deliveryStatus', 'reply'],
	description: 'What starts the workflow. Template review results are only pushed (Yunpian Trigger).',
	options: PULL_EVENT_OPTIONS,
};

// A node is either a polling trigger (`polling: true`, which gives it n8n's Poll Times) or a webhook
// trigger: n8n registers both for a node that has both. So pull mode is a node of its own.
export class YunpianPullTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Yunpian Pull Trigger',
		name: 'yunpianPullTrigger',
		icon: { light: 'file:../../icons/yunpian.svg', dark: 'file:../../icons/yunpian.dark.svg' },
		group: ['trigger'],
		version: 1,
		documentationUrl: readmeSection('Yunpian Pull Trigger'),
		subtitle: optionSubtitle(eventsProperty),
		description: 'Start a workflow on Yunpian delivery statuses, replies and voice call reports by asking Yunpian for them at set times: no public URL needed',
		defaults: { name: 'Yunpian Pull Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'yunpianApi', required: true }],
		properties: [
			{
				displayName:
					'Works without a public URL: at the poll times below the trigger asks Yunpian for new reports and replies (100 per call, several calls for a backlog). Turn on pulling in the Yunpian console first (System Settings → Data Retrieval and Push; off by default). Yunpian hands each record out once: a Yunpian node’s SMS → Pull Delivery Reports or Pull Replies or Voice → Pull Call Reports, or a second pull trigger, on the same account takes records from this trigger. The items are those of the Yunpian Trigger.',
				name: 'pullNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName:
					'Fetch Test Event pulls nothing (a pulled record is gone from Yunpian, and the published workflow would miss it): it shows Yunpian’s documented sample of each chosen event, marked sample: true',
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
							'Whether the first poll after the workflow is first published also starts the workflow for the reports and replies Yunpian already holds (up to 72 hours old). Off: they are pulled and dropped, so only what arrives from then on starts the workflow.',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollYunpian.call(this);
	}
}
