import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { executeBatch, messageProperties } from '../../helpers/message';

const properties: INodeProperties[] = [
	{
		displayName:
			'Each input item is one recipient (or a few) with its own variables. Items with the same template, signature and tag are merged into requests of up to 1000 recipients; the output has one item per recipient with its message ID or its error.',
		name: 'batchNotice',
		type: 'notice',
		default: '',
	},
	...messageProperties(false),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendBatch'] } },
	properties,
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await executeBatch.call(this, () => ({ method: 'POST', path: '/v1/messages/batch' }));
}
