import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { accountLocator, getLocatorId, getPaging, limitFields } from '../../helpers/fields';
import { ALL, fetchList } from '../../helpers/lists';

const properties: INodeProperties[] = [
	accountLocator,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Review Status',
				name: 'status',
				type: 'options',
				default: '1',
				description: 'Keep only templates in this review status (filtered by the node; values 0/1/2 as Liupai is assumed to use them)',
				options: [
					{ name: 'Pending', value: '0' },
					{ name: 'Approved', value: '1' },
					{ name: 'Rejected', value: '2' },
				],
			},
		],
	},
	requestOptionsCollection('read'),
];

export const description = [
	...updateDisplayOptions({ show: { resource: ['template'], operation: ['getMany'] } }, properties),
	...limitFields('template'),
];

/** `sms/templatelist` of one sub-account, paged with `page`/`pageSize`. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const accountId = getLocatorId.call(this, 'accountId', 'Sub-Account', itemIndex);
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const paging = getPaging.call(this, itemIndex);
		const status = filters.status === undefined ? undefined : String(filters.status);
		// A status filter is applied here, so every page is read before the limit is applied.
		const rows = await fetchList.call(this, 'templatelist', { accountid: accountId }, status === undefined ? paging : ALL, itemIndex);
		const kept = status === undefined ? rows : rows.filter((row) => String(row.status) === status);
		return paging.returnAll ? kept : kept.slice(0, paging.limit);
	});
}
