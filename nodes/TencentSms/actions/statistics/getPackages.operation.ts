import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { getPaging, pagingFields } from '../../../shared/descriptions/paging';
import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { collectPages } from '../../../shared/paging';
import { rangeBody } from '../../helpers/statistics';
import { tencentRequest } from '../../transport';

/** SmsPackagesStatistics pages hold at most 500 (https://cloud.tencent.com/document/api/382/52077). */
const PAGE = 500;

const properties: INodeProperties[] = [
	{ displayName: 'Created From', name: 'beginTime', type: 'dateTime', default: '', required: true, description: 'Packages created from this time (by the hour, Beijing time)' },
	{ displayName: 'Created To', name: 'endTime', type: 'dateTime', default: '', description: 'Packages created until this time; empty means the current hour' },
	...pagingFields,
	requestOptionsCollection('read'),
];

export const description = updateDisplayOptions({ show: { resource: ['statistics'], operation: ['getPackages'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const range = await rangeBody(this, itemIndex);
		const { returnAll, limit } = getPaging.call(this, itemIndex);
		const packages = await collectPages(
			async (page, pageSize) => {
				const body = { ...range, Limit: pageSize, Offset: (page - 1) * pageSize };
				const answer = await tencentRequest.call(this, { action: 'SmsPackagesStatistics', body, kind: 'read', fields: ['SmsPackagesStatisticsSet'] }, itemIndex);
				return { items: answer.SmsPackagesStatisticsSet as IDataObject[] };
			},
			{ returnAll, limit, pageSize: PAGE },
		);
		// There is no balance action: what is left is the amount less the usage, package by package.
		return packages.map((pack) => ({ ...pack, remaining: Number(pack.PackageAmount) - Number(pack.CurrentUsage), type: Number(pack.PackageType) === 1 ? 'purchased' : 'gift' }));
	});
}
