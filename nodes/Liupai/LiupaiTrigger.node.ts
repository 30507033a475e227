import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { templateLocator } from './helpers/fields';
import { listSearch } from './methods';
import { pollSendLogs } from './trigger/sendLogs';
import { readmeSection } from '../shared/descriptions/docs';
import { optionSubtitle } from '../shared/descriptions/subtitle';

const statusProperty: INodeProperties = {
	displayName: 'Status',
	name: 'reportStatus',
	type: 'options',
	default: 'any',
	description:
		'Which entries start the workflow, by their delivery status (is_ok: 1 delivered, 0 not delivered). An entry whose status changes later is emitted again with the new status.',
	options: [
		{ name: 'Any Status', value: 'any' },
		{ name: 'Delivered', value: 'delivered' },
		{ name: 'Failed', value: 'failed' },
	],
};

export class LiupaiTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Liupai Trigger',
		name: 'liupaiTrigger',
		icon: { light: 'file:../../icons/liupai.svg', dark: 'file:../../icons/liupai.dark.svg' },
		group: ['trigger'],
		version: 1,
		documentationUrl: readmeSection('Liupai Trigger'),
		subtitle: optionSubtitle(statusProperty, 'Send log: '),
		// n8n's node creator merges a node and its trigger into one entry and gives it the trigger's description,
		// also under "What happens next?": so this says first what the action node does, then the trigger.
		description: 'Send template SMS, read send logs and the balance, and manage sub-accounts and templates with Liupai, or start a workflow on new entries of its send log',
		defaults: { name: 'Liupai Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'liupaiApi', required: true }],
		properties: [
			{
				displayName:
					'Liupai documents no format for its push callbacks (status URL and reply URL of a sub-account), so this trigger reads the send log at the times set below',
				name: 'pollingNotice',
				type: 'notice',
				default: '',
			},
			statusProperty,
			{
				...templateLocator,
				required: false,
				description: 'Only messages sent with this template. Leave empty for every template.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Include Entries From Before Publishing',
						name: 'emitExisting',
						type: 'boolean',
						default: false,
						description:
							'Whether the first poll after the workflow is published also starts the workflow for the entries already in the send log (today’s and yesterday’s). Off: only messages sent from then on.',
					},
				],
			},
		],
	};

	methods = { listSearch };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollSendLogs.call(this);
	}
}
