import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { writeRequestOptions } from '../../shared/descriptions/requestOptions';
import { inputError } from '../../shared/errors/inputError';
import { getText } from '../../shared/validation/text';
import { variablesOf } from './templateRules';

/** AddSmsTemplate / ModifySmsTemplate parameters (https://cloud.tencent.com/document/api/382/52077), all required. */
export const templateFields: INodeProperties[] = [
	{ displayName: 'Name', name: 'templateName', type: 'string', default: '', required: true, placeholder: 'e.g. Login code' },
	{
		displayName: 'Content',
		name: 'templateContent',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		placeholder: 'e.g. {1}为您的登录验证码，请于{2}分钟内填写。',
		description: 'The text, with variables {1}, {2}… numbered from 1 in order, never next to each other; no 【】 (the signature is added when sending)',
	},
	{
		displayName: 'SMS Type',
		name: 'smsType',
		type: 'options',
		default: 3,
		options: [
			{ name: 'Marketing', value: 1, description: 'Must end with "拒收请回复R"; sent only 08:00–22:00' },
			{ name: 'Notification', value: 2 },
			{ name: 'Verification Code', value: 3, description: 'Each value at most 6 digits' },
		],
	},
	{ displayName: 'International', name: 'international', type: 'boolean', default: false, description: 'Whether the template is for numbers outside mainland China' },
	{ displayName: 'Remark', name: 'remark', type: 'string', default: '', required: true, description: 'What the template is used for, for the reviewer (Tencent requires it)' },
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: writeRequestOptions },
];

/** The body of Add/Modify, checked as Tencent's review standard states it (https://cloud.tencent.com/document/product/382/39023). */
export function templateBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const node = context.getNode();
	const name = getText(context, itemIndex, 'templateName', 'Name').trim();
	const content = getText(context, itemIndex, 'templateContent', 'Content').trim();
	const remark = getText(context, itemIndex, 'remark', 'Remark').trim();
	const smsType = Number(context.getNodeParameter('smsType', itemIndex, 3));
	if (!name) throw inputError(node, itemIndex, 'Name', 'is empty', 'Give the template a name.');
	if (!remark) throw inputError(node, itemIndex, 'Remark', 'is empty', 'Say what the template is used for: Tencent requires a remark for the review.');
	if (!content) throw inputError(node, itemIndex, 'Content', 'is empty', 'Enter the template text.');
	if (/[【】]/.test(content)) throw inputError(node, itemIndex, 'Content', 'contains 【 or 】', 'Remove the brackets: the signature is added when sending.');
	const numbers = [...new Set(variablesOf(content))].sort((a, b) => a - b);
	if (numbers.some((value, index) => value !== index + 1)) {
		throw inputError(node, itemIndex, 'Content', `its variables are ${numbers.map((n) => `{${n}}`).join(', ')}`, 'Number the variables from {1} in order without gaps: {1}, {2}, {3}…');
	}
	if (/\}\{/.test(content)) throw inputError(node, itemIndex, 'Content', 'has two variables next to each other', 'Put some text between the variables, e.g. a comma: "{1}，{2}".');
	if (content.replace(/\{\d+\}/g, '').trim() === '') throw inputError(node, itemIndex, 'Content', 'has only variables', 'Add the fixed text of the message around the variables.');
	if (smsType === 1 && !content.endsWith('拒收请回复R')) throw inputError(node, itemIndex, 'Content', 'is a marketing template without the opt-out', 'End a marketing template with "拒收请回复R" (reply R to unsubscribe).');
	return { TemplateName: name, TemplateContent: content, SmsType: smsType, International: context.getNodeParameter('international', itemIndex, false) === true ? 1 : 0, Remark: remark };
}

export const templateIdField: INodeProperties = { displayName: 'Template ID', name: 'templateId', type: 'number', default: 0, required: true, placeholder: 'e.g. 1110', description: 'The numeric TemplateId (Template → Get Many lists them)' };

export function readTemplateId(context: IExecuteFunctions, itemIndex: number): number {
	const id = Number(context.getNodeParameter('templateId', itemIndex, 0));
	if (!Number.isInteger(id) || id <= 0) throw inputError(context.getNode(), itemIndex, 'Template ID', `${String(id)} is not a template ID`, 'Enter the numeric TemplateId from Template → Get Many.');
	return id;
}
