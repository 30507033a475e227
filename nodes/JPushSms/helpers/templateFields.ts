import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { smsLength } from '../../shared/validation/smsLength';
import { getText } from '../../shared/validation/text';
import { readTtl } from './fields';
import { MAX_TEXT_LENGTH, variableNames } from './templates';

/** The server refuses longer remarks (50045); the docs' table recommends 100. */
export const MAX_REMARK_LENGTH = 500;

export const templateProperties: INodeProperties[] = [
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'e.g. 您好，您的验证码是{{code}}，2分钟内有效！',
		description:
			'The template text, with {{name}} where values go. Verification templates have exactly one variable, {{code}}. No 【】: JPush adds the signature.',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		required: true,
		default: 2,
		options: [
			{ name: 'Verification Code', value: 1 },
			{ name: 'Notification', value: 2 },
			{ name: 'Marketing', value: 3 },
		],
	},
	{
		displayName: 'TTL (Seconds)',
		name: 'ttl',
		type: 'number',
		default: 300,
		required: true,
		typeOptions: { minValue: 1, maxValue: 86400 },
		displayOptions: { show: { type: [1] } },
		description: 'How long a code sent with this template stays valid, 1 to 86400 seconds',
	},
	{
		displayName: 'Remark',
		name: 'remark',
		type: 'string',
		default: '',
		placeholder: 'e.g. Used for sign-up codes',
		description: 'What the template is for, to help the review (best under 100 characters). Required when the template has a link variable: give the link here.',
	},
];

/** The template body for create/update, checked against JPush's rules (https://docs.jiguang.cn/jsms/server/rest_api_summary). */
export function readTemplateBody(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const node = this.getNode();
	const text = getText(this, itemIndex, 'text', 'Text');
	const type = Number(this.getNodeParameter('type', itemIndex));
	const remark = getText(this, itemIndex, 'remark', 'Remark').trim();
	if (text.trim() === '') throw inputError(node, itemIndex, 'Text', 'is empty', 'Write the template text.');
	if (/[【】]/.test(text)) throw inputError(node, itemIndex, 'Text', 'contains 【 or 】', 'Remove them: JPush adds the signature in 【】 itself.');
	if (smsLength(text) > MAX_TEXT_LENGTH) {
		throw inputError(node, itemIndex, 'Text', `has ${smsLength(text)} characters`, `Shorten it: template and signature together must stay within ${MAX_TEXT_LENGTH} characters.`);
	}
	if (![1, 2, 3].includes(type)) throw inputError(node, itemIndex, 'Type', `${type} is not a template type`, 'Choose Verification Code, Notification or Marketing.');
	const names = variableNames(text);
	if (type === 1 && (names.length !== 1 || names[0] !== 'code')) {
		throw inputError(node, itemIndex, 'Text', 'a verification template must have exactly one variable, {{code}}', 'Write {{code}} where the code goes, and no other variable.');
	}
	const invalid = names.find((name) => !/^[A-Za-z0-9]+$/.test(name));
	if (invalid !== undefined) throw inputError(node, itemIndex, 'Text', `{{${invalid}}} is not a valid variable name`, 'Use letters and digits only, e.g. {{orderNo}}.');
	if (names.includes('url') && remark === '') {
		throw inputError(node, itemIndex, 'Remark', 'is empty but the template has a {{url}} variable', 'Put the link that {{url}} stands for in Remark, or JPush holds the template.');
	}
	if ([...remark].length > MAX_REMARK_LENGTH) {
		throw inputError(node, itemIndex, 'Remark', `has ${[...remark].length} characters`, `Shorten it to at most ${MAX_REMARK_LENGTH} characters.`);
	}
	const body: IDataObject = { template: text, type };
	if (type === 1) body.ttl = readTtl.call(this, itemIndex, this.getNodeParameter('ttl', itemIndex, 300));
	if (remark) body.remark = remark;
	return body;
}
