import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { objectWith } from '../../../shared/transport/expect';
import { endTimeField, startTimeField } from '../../helpers/fields';
import { operationFields, requestOptions } from '../../helpers/operation';
import { getMobileFilter, getPeriod, mobileFilter } from '../../helpers/periodQuery';
import { yunpianRequest } from '../../transport';

export const description = operationFields('sms', 'count', [
	startTimeField,
	endTimeField,
	{ displayName: 'Filters', name: 'filters', type: 'collection', placeholder: 'Add Filter', default: {}, options: [mobileFilter] },
	requestOptions('read'),
]);

/** `sms/count`: how many messages were sent in a period. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const period = getPeriod.call(this, itemIndex);
		const answer = await yunpianRequest.call(this, 'sms', 'sms/count', { ...period, mobile: getMobileFilter.call(this, itemIndex, filters.mobile) }, itemIndex, objectWith('total'));
		return { total: Number(answer.total ?? 0), startTime: period.start_time, endTime: period.end_time };
	});
}
