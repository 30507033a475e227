import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { jpushRequest } from '../../transport';
import { getScheduleId, scheduleIdField } from '../../helpers/fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['scheduledMessage'], operation: ['delete'] } },
	[scheduleIdField, requestOptionsCollection('write')],
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const scheduleId = getScheduleId.call(this, itemIndex);
		await jpushRequest.call(this, { method: 'DELETE', path: `/v1/schedule/${encodeURIComponent(scheduleId)}`, expect: 'none' }, itemIndex);
		return { deleted: true, scheduleId };
	});
}
