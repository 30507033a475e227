import { updateDisplayOptions, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { writeRequestOptions } from '../../../shared/descriptions/requestOptions';
import { inputError } from '../../../shared/errors/inputError';
import { forEachItem } from '../../../shared/itemLoop';
import { textOf } from '../../../shared/validation/text';
import { aliyunRequest } from '../../transport';
import { MAX_TAG_ENTRIES, readTemplateCodes, TAG_BASE, templateCodesField } from './fields';

const properties: INodeProperties[] = [
	templateCodesField(true),
	{ displayName: 'Remove All Tags', name: 'all', type: 'boolean', default: false, description: 'Whether to remove every tag of these templates' },
	{ displayName: 'Tag Keys', name: 'tagKeys', type: 'string', default: '', placeholder: 'e.g. team, campaign', description: 'Keys of the tags to remove, separated by commas', displayOptions: { show: { all: [false] } } },
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: writeRequestOptions },
];

export const description = updateDisplayOptions({ show: { resource: ['tag'], operation: ['remove'] } }, properties);

/** UntagResources (https://help.aliyun.com/zh/sms/developer-reference/api-dysmsapi-2017-05-25-untagresources). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const ids = readTemplateCodes(this, itemIndex, true);
		const all = this.getNodeParameter('all', itemIndex, false) === true;
		const query = { ...TAG_BASE, ...ids };
		if (all) query.All = true;
		else {
			const keys = [...new Set(textOf(this.getNode(), itemIndex, 'Tag Keys', this.getNodeParameter('tagKeys', itemIndex, '')).split(/[,，]+/).map((key) => key.trim()).filter(Boolean))];
			if (keys.length === 0) throw inputError(this.getNode(), itemIndex, 'Tag Keys', 'no key given', 'Enter the keys to remove, or switch on Remove All Tags.');
			if (keys.length > MAX_TAG_ENTRIES) throw inputError(this.getNode(), itemIndex, 'Tag Keys', `${keys.length} keys given`, `Give at most ${MAX_TAG_ENTRIES}.`);
			keys.forEach((key, index) => (query[`TagKey.${index + 1}`] = key));
		}
		const answer = await aliyunRequest.call(this, { action: 'UntagResources', query, kind: 'write' }, itemIndex);
		return { untagged: String(answer.Data) === 'true', templateCodes: Object.values(ids), requestId: answer.RequestId };
	});
}
