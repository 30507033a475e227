import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { getPaging, pagingFields } from '../../../shared/descriptions/paging';
import { readRequestOptions } from '../../../shared/descriptions/requestOptions';
import { inputError } from '../../../shared/errors/inputError';
import { forEachItem } from '../../../shared/itemLoop';
import { aliyunRequest } from '../../transport';
import { readTags, readTemplateCodes, TAG_BASE, tagsField, templateCodesField } from './fields';

const properties: INodeProperties[] = [
	templateCodesField(false),
	{ ...tagsField, displayName: 'Tag Filter', description: 'Only tags with these keys (and values, where given). Give template codes, a filter, or both.' },
	...pagingFields,
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: readRequestOptions },
];

export const description = updateDisplayOptions({ show: { resource: ['tag'], operation: ['getMany'] } }, properties);

const MAX_PAGES = 1000;

/** ListTagResources pages by NextToken (https://help.aliyun.com/zh/sms/developer-reference/api-dysmsapi-2017-05-25-listtagresources). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const ids = readTemplateCodes(this, itemIndex, false);
		const tags = readTags(this, itemIndex, false);
		for (const key of Object.keys(tags)) if (key.endsWith('.Value') && tags[key] === '') delete tags[key];
		if (Object.keys(ids).length === 0 && Object.keys(tags).length === 0) {
			throw inputError(this.getNode(), itemIndex, 'Template Codes', 'neither template codes nor a tag filter given', 'Aliyun needs one of them: enter template codes, or add a tag to the filter.');
		}
		const { returnAll, limit } = getPaging.call(this, itemIndex);
		const rows: IDataObject[] = [];
		let token = '';
		for (let page = 0; page < MAX_PAGES && (returnAll || rows.length < limit); page++) {
			const query: IDataObject = { ...TAG_BASE, ...ids, ...tags, PageSize: 50 };
			if (token) query.NextToken = token;
			const answer = await aliyunRequest.call(this, { action: 'ListTagResources', query, kind: 'read' }, itemIndex);
			const list = ((answer.TagResources as IDataObject | undefined)?.TagResource as IDataObject[] | undefined) ?? [];
			rows.push(...list);
			token = typeof answer.NextToken === 'string' ? answer.NextToken : '';
			if (!token || list.length === 0) break;
		}
		return (returnAll ? rows : rows.slice(0, limit)).map((row) => ({ templateCode: row.ResourceId, key: row.TagKey, value: row.TagValue, resourceType: row.ResourceType }));
	});
}
