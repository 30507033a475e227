import { updateDisplayOptions, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { getPaging, pagingFields } from '../../../shared/descriptions/paging';
import { readRequestOptions } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { APPROVED_LIST_STATE, listAllTemplates } from '../../helpers/templates';

const properties: INodeProperties[] = [
	...pagingFields,
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: readRequestOptions },
];

export const description = updateDisplayOptions({ show: { resource: ['template'], operation: ['getMany'] } }, properties);

/**
 * QuerySmsTemplateList, 50 a page. Its TemplateType uses another code set than the other actions, so
 * `OuterTemplateType` (0 verification, 1 notification, 2 promotional, 3 international) is what to read (aliyun.md §2.6).
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const { returnAll, limit } = getPaging.call(this, itemIndex);
		const templates = await listAllTemplates.call(this, returnAll ? Infinity : limit);
		return templates.map((template) => ({ ...template, usable: template.AuditStatus === APPROVED_LIST_STATE }));
	});
}
