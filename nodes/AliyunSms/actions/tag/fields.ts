import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors/inputError';
import { textOf } from '../../../shared/validation/text';

/**
 * Tags on templates (TagResources / UntagResources / ListTagResources, aliyun.md §2.7): RegionId cn-hangzhou,
 * ResourceType TEMPLATE, at most 20 templates and 20 tags a call, lists flattened as `ResourceId.1`, `Tag.1.Key`.
 */
export const TAG_BASE: IDataObject = { RegionId: 'cn-hangzhou', ResourceType: 'TEMPLATE', ProdCode: 'dysms' };
export const MAX_TAG_ENTRIES = 20;

export function templateCodesField(required: boolean): INodeProperties {
	return {
		displayName: 'Template Codes',
		name: 'templateCodes',
		type: 'string',
		default: '',
		required,
		placeholder: 'e.g. SMS_154950909, SMS_100000001',
		description: `Up to ${MAX_TAG_ENTRIES} template codes, separated by commas`,
	};
}

export const tagsField: INodeProperties = {
	displayName: 'Tags',
	name: 'tags',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Tag',
	options: [
		{
			displayName: 'Tag',
			name: 'tag',
			values: [
				{ displayName: 'Key', name: 'key', type: 'string', default: '', placeholder: 'e.g. team' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. sales' },
			],
		},
	],
};

/** `ResourceId.N` for each template code (checked: SMS_ and digits, at most 20). */
export function readTemplateCodes(context: IExecuteFunctions, itemIndex: number, required: boolean): IDataObject {
	const raw = textOf(context.getNode(), itemIndex, 'Template Codes', context.getNodeParameter('templateCodes', itemIndex, ''));
	const codes = [...new Set(raw.split(/[,，\s]+/).filter(Boolean))];
	if (required && codes.length === 0) throw inputError(context.getNode(), itemIndex, 'Template Codes', 'no template code given', 'Enter at least one template code such as SMS_154950909.');
	const bad = codes.find((code) => !/^SMS_\d+$/.test(code));
	if (bad) throw inputError(context.getNode(), itemIndex, 'Template Codes', `"${bad}" is not a template code`, 'Template codes look like SMS_154950909.');
	if (codes.length > MAX_TAG_ENTRIES) throw inputError(context.getNode(), itemIndex, 'Template Codes', `${codes.length} codes given`, `Give at most ${MAX_TAG_ENTRIES} per item.`);
	return Object.fromEntries(codes.map((code, index) => [`ResourceId.${index + 1}`, code]));
}

/** `Tag.N.Key` / `Tag.N.Value` (a key at most once; at most 20). */
export function readTags(context: IExecuteFunctions, itemIndex: number, required: boolean, withValues = true): IDataObject {
	const rows = (context.getNodeParameter('tags.tag', itemIndex, []) as Array<{ key?: unknown; value?: unknown }>) ?? [];
	if (required && rows.length === 0) throw inputError(context.getNode(), itemIndex, 'Tags', 'no tag given', 'Add at least one tag with a key.');
	if (rows.length > MAX_TAG_ENTRIES) throw inputError(context.getNode(), itemIndex, 'Tags', `${rows.length} tags given`, `Give at most ${MAX_TAG_ENTRIES}.`);
	const query: IDataObject = {};
	const seen = new Set<string>();
	rows.forEach((row, index) => {
		const key = textOf(context.getNode(), itemIndex, `Tags → ${index + 1} → Key`, row.key).trim();
		if (key === '') throw inputError(context.getNode(), itemIndex, `Tags → ${index + 1} → Key`, 'is empty', 'Give every tag a key.');
		if (seen.has(key)) throw inputError(context.getNode(), itemIndex, `Tags → ${key}`, 'the key is given twice', 'A template holds each key once: give it once.');
		seen.add(key);
		query[`Tag.${index + 1}.Key`] = key;
		const value = textOf(context.getNode(), itemIndex, `Tags → ${key} → Value`, row.value);
		if (withValues) query[`Tag.${index + 1}.Value`] = value;
	});
	return query;
}
