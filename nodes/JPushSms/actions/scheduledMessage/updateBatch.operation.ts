import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { getScheduleId, scheduleIdField } from '../../helpers/fields';
import { executeBatch, messageProperties } from '../../helpers/message';
import { getSendTime, sendTimeField } from '../../helpers/sendTime';

const properties: INodeProperties[] = [
	{
		displayName:
			'Replaces the whole recipient list of a batch schedule: items with the same Schedule ID are merged into one request (at most 1000 recipients), with the same send time, template, signature and tag.',
		name: 'batchNotice',
		type: 'notice',
		default: '',
	},
	scheduleIdField,
	sendTimeField,
	...messageProperties(false).map((property) =>
		property.name === 'options' ? { ...property, options: property.options?.filter((option) => option.name !== 'batchSize') } : property,
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['scheduledMessage'], operation: ['updateBatch'] } },
	properties,
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await executeBatch.call(
		this,
		(itemIndex) => ({
			method: 'PUT',
			path: `/v1/schedule/batch/${encodeURIComponent(getScheduleId.call(this, itemIndex))}`,
			extra: { send_time: getSendTime.call(this, itemIndex) },
		}),
		false,
	);
}
