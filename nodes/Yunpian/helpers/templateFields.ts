import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { textOf } from '../../shared/validation/text';
import { checkUrl } from './fields';
import { withRequestOptions } from './operation';
import { outputObject } from './outputNames';

export const templateContentField: INodeProperties = {
	displayName: 'Content',
	name: 'content',
	type: 'string',
	typeOptions: { rows: 3 },
	required: true,
	default: '',
	placeholder: 'e.g. 【ACME】Your code is #code#, valid for 5 minutes.',
	description: 'The template text, starting with an approved 【signature】; write variables as #name#',
};

export const notifyTypeOption: INodeProperties = {
	displayName: 'Review Result SMS',
	name: 'notifyType',
	type: 'options',
	default: 0,
	options: [
		{ name: 'Always', value: 0 },
		{ name: 'Only When Rejected', value: 1 },
		{ name: 'Only When Approved', value: 2 },
		{ name: 'Never', value: 3 },
	],
	description: 'When Yunpian texts the review result to the account mobile',
};

export const templateCreateOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: withRequestOptions('write', [
		{
			displayName: 'International Region',
			name: 'region',
			type: 'options',
			default: 'abroad',
			options: [
				{ name: 'Outside Mainland China (Abroad)', value: 'abroad' },
				{ name: 'Global', value: 'global' },
			],
			description: 'For international templates: where the template may send',
		},
		{
			displayName: 'Language',
			name: 'lang',
			type: 'options',
			default: 'zh_cn',
			options: [
				{ name: 'Chinese (Simplified)', value: 'zh_cn' },
				{ name: 'Chinese (Traditional)', value: 'zh_tw' },
				{ name: 'English', value: 'en' },
				{ name: 'Japanese', value: 'ja' },
				{ name: 'Korean', value: 'ko' },
			],
			description: 'Language of an international template (older field; Yunpian now prefers International Region)',
		},
		{ displayName: 'Review Callback URL', name: 'callback', type: 'string', default: '', placeholder: 'e.g. https://example.com/yunpian/template', description: 'Where Yunpian pushes the review result' },
		notifyTypeOption,
		{
			displayName: 'Template Type',
			name: 'tplType',
			type: 'options',
			default: 0,
			options: [
				{ name: 'Notification', value: 0 },
				{ name: 'Verification Code', value: 1 },
			],
			description: 'Verification-code templates must say so when the region is Global',
		},
		{ displayName: 'Website', name: 'website', type: 'string', default: '', placeholder: 'e.g. https://example.com/register', description: 'The registration page that sends verification codes' },
	]),
};

/** Options of `tpl/add` / `tpl/update` as Yunpian fields. */
export function templateOptionFields(this: IExecuteFunctions, itemIndex: number, options: IDataObject): IDataObject {
	const fields: IDataObject = {};
	if (options.notifyType !== undefined) fields.notify_type = Number(options.notifyType);
	if (options.lang) fields.lang = String(options.lang);
	if (options.region) fields.region = String(options.region);
	if (options.tplType !== undefined) fields.tpl_type = Number(options.tplType);
	if (options.callback) fields.callback = checkUrl.call(this, itemIndex, textOf(this.getNode(), itemIndex, 'Review Callback URL', options.callback).trim(), 'Review Callback URL');
	if (options.website) fields.website = checkUrl.call(this, itemIndex, textOf(this.getNode(), itemIndex, 'Website', options.website).trim(), 'Website');
	return fields;
}

/**
 * A template as the node outputs it, with the names of the Yunpian Trigger's review results:
 * `templateId` (a string), `content`, `status` (`CHECKING`/`SUCCESS`/`FAIL`), `approved`, `reason`,
 * then Yunpian's other fields in camelCase (`variables`, `countryCode`, `lang`…).
 */
export function templateJson(template: IDataObject): IDataObject {
	const json = outputObject(template, { tpl_id: 'templateId', tpl_content: 'content', check_status: 'status', tpl_variable: 'variables' }, ['tpl_id']);
	const { templateId, content, status, reason, ...rest } = json;
	return { templateId, content, status: status ?? null, approved: status === 'SUCCESS', reason: reason ?? null, ...rest };
}

/** `tpl/add`, `tpl/update`… answer the template, sometimes wrapped in `{ template: {…} }` (https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief). */
export function templateResult(answer: IDataObject): IDataObject {
	const template = answer.template;
	return templateJson(template !== null && typeof template === 'object' && !Array.isArray(template) ? (template as IDataObject) : answer);
}
