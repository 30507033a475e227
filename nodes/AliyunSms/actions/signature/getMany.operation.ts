import { updateDisplayOptions, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { getPaging, pagingFields } from '../../../shared/descriptions/paging';
import { readRequestOptions } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { APPROVED_LIST_STATE, listAllSignatures } from '../../helpers/templates';

const properties: INodeProperties[] = [
	...pagingFields,
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: readRequestOptions },
];

export const description = updateDisplayOptions({ show: { resource: ['signature'], operation: ['getMany'] } }, properties);

/** QuerySmsSignList, 50 a page: review states as AUDIT_STATE_* (aliyun.md §2.5), with `usable` beside them. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const { returnAll, limit } = getPaging.call(this, itemIndex);
		const signatures = await listAllSignatures.call(this, returnAll ? Infinity : limit);
		return signatures.map((signature) => ({ ...signature, usable: signature.AuditStatus === APPROVED_LIST_STATE }));
	});
}
