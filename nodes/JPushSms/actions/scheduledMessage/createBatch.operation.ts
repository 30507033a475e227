import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { executeBatch, messageProperties } from '../../helpers/message';
import { getSendTime, sendTimeField } from '../../helpers/sendTime';

const properties: INodeProperties[] = [
	{
		displayName:
			'Each input item is one recipient (or a few) with its own variables. Items with the same send time, template, signature and tag become one scheduled batch of up to 1000 recipients.',
		name: 'batchNotice',
		type: 'notice',
		default: '',
	},
	sendTimeField,
	...messageProperties(false),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['scheduledMessage'], operation: ['createBatch'] } },
	properties,
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await executeBatch.call(this, (itemIndex) => ({
		method: 'POST',
		path: '/v1/schedule/batch',
		extra: { send_time: getSendTime.call(this, itemIndex) },
	}));
}
