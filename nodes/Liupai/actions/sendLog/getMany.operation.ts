import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { inputError } from '../../../shared/errors/inputError';
import { forEachItem } from '../../../shared/itemLoop';
import { collectPages } from '../../../shared/paging';
import { dateText, toBeijingParts } from '../../../shared/validation/beijingTime';
import { describeValue, textOf } from '../../../shared/validation/text';
import { listRows, liupaiRequest } from '../../transport';
import { getPaging, limitFields } from '../../helpers/fields';
import { MAX_PAGES } from '../../helpers/lists';

const properties: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'End Date',
				name: 'endDate',
				type: 'dateTime',
				default: '',
				description: 'Last day to include (Beijing time)',
			},
			{
				displayName: 'Start Date',
				name: 'startDate',
				type: 'dateTime',
				default: '',
				description: 'First day to include (Beijing time)',
			},
			{
				displayName: 'Template ID',
				name: 'templateId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1001',
				description: 'Only messages sent with this template',
			},
		],
	},
	requestOptionsCollection('read'),
];

export const description = [
	...limitFields('sendLog'),
	...updateDisplayOptions({ show: { resource: ['sendLog'], operation: ['getMany'] } }, properties),
];

function day(this: IExecuteFunctions, value: unknown, displayName: string, itemIndex: number): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = dateText(value);
	const parts = text === undefined ? undefined : toBeijingParts(text);
	if (!parts) throw inputError(this.getNode(), itemIndex, displayName, `${describeValue(text ?? value)} is not a date`, 'Pick a day, e.g. 2026-11-26.');
	return parts.date;
}

const rowKey = (row: IDataObject) => `${String(row.msgid)}|${String(row.sendtime)}|${String(row.mobile)}`;

/**
 * `sms/sendlogs`. It takes `page` but no page size, so pages are read until one is empty, repeats the
 * previous one (a server that ignores `page`), the limit is reached or MAX_PAGES. `msgid` is a string.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const params: IDataObject = {};
		const templateId = textOf(this.getNode(), itemIndex, 'Template ID', filters.templateId).trim();
		if (templateId) {
			if (!/^\d+$/.test(templateId)) throw inputError(this.getNode(), itemIndex, 'Template ID', `"${templateId}" is not a template ID`, 'Enter the numeric template ID, e.g. 1001.');
			params.templateid = templateId;
		}
		params.start_date = day.call(this, filters.startDate, 'Start Date', itemIndex);
		params.end_date = day.call(this, filters.endDate, 'End Date', itemIndex);
		if (params.start_date && params.end_date && String(params.start_date) > String(params.end_date)) {
			throw inputError(this.getNode(), itemIndex, 'Start Date', `${String(params.start_date)} is after the End Date ${String(params.end_date)}`, 'Swap the two dates.');
		}
		let previous = '';
		const rows = await collectPages<IDataObject>(
			async (page) => {
				const { items } = listRows(await liupaiRequest.call(this, 'sendlogs', { ...params, page }, itemIndex));
				const signature = items.map(rowKey).join(',');
				if (signature === previous) return { items: [] };
				previous = signature;
				return { items };
			},
			// A page size of 1 means: go on while a page has rows (sendlogs takes no page size).
			{ ...getPaging.call(this, itemIndex), pageSize: 1, maxPages: MAX_PAGES },
		);
		return rows.map((row) => ({ ...row, msgid: row.msgid === undefined ? row.msgid : String(row.msgid) }));
	});
}
