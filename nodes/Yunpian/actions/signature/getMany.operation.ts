import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { listIn } from '../../../shared/transport/expect';
import { limitField, returnAllField } from '../../helpers/fields';
import { collectYunpianPages } from '../../helpers/lists';
import { operationFields, requestOptions } from '../../helpers/operation';
import { signatureJson } from '../../helpers/signatures';
import { yunpianRequest } from '../../transport';

export const description = operationFields('signature', 'getMany', [
	returnAllField,
	limitField,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [{ displayName: 'Signature Text', name: 'sign', type: 'string', default: '', placeholder: 'e.g. ACME', description: 'Only this signature (without 【】)' }],
	},
	requestOptions('read'),
]);

/** `sign/get`: signatures with their review state, paged. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const sign = String(filters.sign ?? '').trim().replace(/^【(.*)】$/, '$1');
		return await collectYunpianPages.call(this, itemIndex, async (pageNum, pageSize) => {
			const answer = await yunpianRequest.call(this, 'sms', 'sign/get', { sign: sign || undefined, page_num: pageNum, page_size: pageSize }, itemIndex, listIn('sign'));
			return (answer.sign as IDataObject[]).map(signatureJson);
		});
	});
}
