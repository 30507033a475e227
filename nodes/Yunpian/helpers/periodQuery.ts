import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { forEachItem } from '../../shared/itemLoop';
import { checkMobile } from '../../shared/validation/mobile';
import { textOf } from '../../shared/validation/text';
import { endTimeField, limitField, requireTime, returnAllField, startTimeField } from './fields';
import { collectYunpianPages, withStringSid } from './lists';
import { operationFields, requestOptions } from './operation';
import { yunpianList } from '../transport';

export const mobileFilter: INodeProperties = {
	displayName: 'Mobile Number',
	name: 'mobile',
	type: 'string',
	default: '',
	placeholder: 'e.g. 13800138000',
	description: 'Only this number',
};

/** Start and end of a query period, Beijing time, checked to be in order. */
export function getPeriod(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const start = requireTime.call(this, itemIndex, 'startTime', 'Start Time');
	const end = requireTime.call(this, itemIndex, 'endTime', 'End Time');
	if (start > end) throw inputError(this.getNode(), itemIndex, 'End Time', `${end} is before the start time ${start}`, 'Pick an end time after the start time.');
	return { start_time: start, end_time: end };
}

/** A mobile filter: one number, international allowed (Yunpian reports them in E.164). */
export function getMobileFilter(this: IExecuteFunctions, itemIndex: number, value: unknown): string | undefined {
	const text = textOf(this.getNode(), itemIndex, 'Mobile Number', value).trim();
	if (!text) return undefined;
	const check = checkMobile(text, { allowInternational: true, stripChinaPrefix: true });
	if (!check.ok) throw inputError(this.getNode(), itemIndex, 'Mobile Number', check.reason, 'Enter one number, or leave the filter out.');
	return check.mobile;
}

/** A paged query over a period (`sms/get_record`, `sms/get_reply`): Return All / Limit, filters. */
export function periodQueryDescription(resource: string, operation: string, filters: INodeProperties[]): INodeProperties[] {
	return operationFields(resource, operation, [
		startTimeField,
		endTimeField,
		returnAllField,
		limitField,
		{ displayName: 'Filters', name: 'filters', type: 'collection', placeholder: 'Add Filter', default: {}, options: filters },
		requestOptions('read'),
	]);
}

export async function executePeriodQuery(
	this: IExecuteFunctions,
	path: string,
	extraFilters: (filters: IDataObject) => IDataObject = () => ({}),
): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const fields = { ...getPeriod.call(this, itemIndex), mobile: getMobileFilter.call(this, itemIndex, filters.mobile), ...extraFilters(filters) };
		const rows = await collectYunpianPages.call(this, itemIndex, async (pageNum, pageSize) => {
			return await yunpianList.call(this, 'sms', path, { ...fields, page_num: pageNum, page_size: pageSize }, itemIndex, 'array');
		});
		return rows.map(withStringSid);
	});
}
