import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { templateLocator } from './helpers/fields';
import { listSearch } from './methods';
import { pollSendLogs } from './trigger/sendLogs';

export class LiupaiTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Liupai Trigger',
		name: 'liupaiTrigger',
		icon: { light: 'file:../../icons/liupai.svg', dark: 'file:../../icons/liupai.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"Send log: " + $parameter["reportStatus"]}}',
		description: 'Starts the workflow when a new entry appears in the Liupai (六派数据) send log',
		defaults: { name: 'Liupai Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'liupaiApi', required: true }],
		properties: [
			{
				displayName:
					'Liupai documents no format for its push callbacks (status URL and reply URL of a sub-account), so this trigger reads the send log (短信日志) at the times set below',
				name: 'pollingNotice',
				type: 'notice',
				default: '',
			},
			{
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
			},
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
