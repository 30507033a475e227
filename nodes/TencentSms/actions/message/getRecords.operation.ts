import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { getPaging, pagingFields } from '../../../shared/descriptions/paging';
import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { collectPages } from '../../../shared/paging';
import { readAppId } from '../../helpers/appId';
import { readPhoneNumber } from '../../helpers/numbers';
import { readMoment, unixSeconds } from '../../helpers/time';
import { tencentRequest } from '../../transport';

/** DescribeSendRecordList (https://cloud.tencent.com/document/api/382/137245): 72 hours back, 50 a page, 1000 at most. */
const PAGE = 50;
const MAX_RECORDS = 1000;

/** SendStatus of a record in words. */
const SEND_STATUS: Record<number, string> = { 1: 'submit failed', 2: 'delivered', 3: 'sending', 4: 'delivery failed' };

const properties: INodeProperties[] = [
	{ displayName: 'Phone Number', name: 'phoneNumber', type: 'string', default: '', required: true, placeholder: 'e.g. +8613800138000', description: 'The number whose messages to list' },
	{ displayName: 'Since', name: 'beginTime', type: 'dateTime', default: '', required: true, description: 'Messages sent from this time; at most 72 hours back' },
	{ displayName: 'Until', name: 'endTime', type: 'dateTime', default: '', description: 'Messages sent until this time; empty means now' },
	...pagingFields,
	requestOptionsCollection('read'),
];

export const description = updateDisplayOptions({ show: { resource: ['message'], operation: ['getRecords'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const appId = await readAppId(this, itemIndex);
		const phoneNumber = readPhoneNumber(this, itemIndex, 'phoneNumber', 'Phone Number');
		const begin = unixSeconds(readMoment(this, itemIndex, 'beginTime', 'Since'));
		const endMs = readMoment(this, itemIndex, 'endTime', 'Until', -1);
		const { returnAll, limit } = getPaging.call(this, itemIndex);
		const records = await collectPages(
			async (page, pageSize) => {
				const body = { PhoneNumber: phoneNumber, SmsSdkAppId: appId, BeginTime: begin, Limit: pageSize, Offset: (page - 1) * pageSize, ...(endMs >= 0 ? { EndTime: unixSeconds(endMs) } : {}) };
				const answer = await tencentRequest.call(this, { action: 'DescribeSendRecordList', body, kind: 'read', fields: ['SendRecordSet'] }, itemIndex);
				return { items: answer.SendRecordSet as Array<Record<string, unknown>>, total: typeof answer.TotalCount === 'number' ? answer.TotalCount : undefined };
			},
			{ returnAll, limit: Math.min(limit, MAX_RECORDS), pageSize: PAGE, maxPages: MAX_RECORDS / PAGE + 1 },
		);
		return records.map((record) => ({ ...record, status: SEND_STATUS[Number(record.SendStatus)] ?? `status ${String(record.SendStatus)}` })) as IDataObject[];
	});
}
