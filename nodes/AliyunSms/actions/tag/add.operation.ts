import { updateDisplayOptions, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { writeRequestOptions } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { aliyunRequest } from '../../transport';
import { readTags, readTemplateCodes, TAG_BASE, tagsField, templateCodesField } from './fields';

const properties: INodeProperties[] = [
	templateCodesField(true),
	{ ...tagsField, required: true, description: 'Tags to put on every template; a key a template already has gets the new value (at most 20 per template)' },
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: writeRequestOptions },
];

export const description = updateDisplayOptions({ show: { resource: ['tag'], operation: ['add'] } }, properties);

/** TagResources (https://help.aliyun.com/zh/sms/developer-reference/api-dysmsapi-2017-05-25-tagresources). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const ids = readTemplateCodes(this, itemIndex, true);
		const tags = readTags(this, itemIndex, true);
		const answer = await aliyunRequest.call(this, { action: 'TagResources', query: { ...TAG_BASE, ...ids, ...tags }, kind: 'write' }, itemIndex);
		return { tagged: String(answer.Data) === 'true', templateCodes: Object.values(ids), requestId: answer.RequestId };
	});
}
