import { updateDisplayOptions, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { getPaging, pagingFields } from '../../../shared/descriptions/paging';
import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { collectPages } from '../../../shared/paging';
import { fetchSignaturePage, signatureJson } from '../../helpers/signatures';
import { LIST_PAGE } from '../../helpers/templates';

const properties: INodeProperties[] = [
	{ displayName: 'International', name: 'international', type: 'boolean', default: false, description: 'Whether to list the signatures for numbers outside mainland China instead of the mainland ones' },
	...pagingFields,
	requestOptionsCollection('read'),
];

export const description = updateDisplayOptions({ show: { resource: ['signature'], operation: ['getMany'] } }, properties);

/** DescribeSmsSignList (https://cloud.tencent.com/document/api/382/52077), 100 a page; each with its status in words. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const International = this.getNodeParameter('international', itemIndex, false) === true ? 1 : 0;
		const { returnAll, limit } = getPaging.call(this, itemIndex);
		const signs = await collectPages(
			async (page, pageSize) => ({ items: await fetchSignaturePage.call(this, { International, Limit: pageSize, Offset: (page - 1) * pageSize }, itemIndex) }),
			{ returnAll, limit, pageSize: LIST_PAGE },
		);
		return signs.map(signatureJson);
	});
}
