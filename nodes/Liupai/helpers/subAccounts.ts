import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { describeValue, textOf } from '../../shared/validation/text';

/** Parameter name in the node → Liupai's field, with the display name used in errors. */
const FIELD_NAMES: Record<string, { api: string; displayName: string }> = {
	company: { api: 'company', displayName: 'Company' },
	signature: { api: 'signature', displayName: 'Signature' },
	totalnum: { api: 'totalnum', displayName: 'Total Messages' },
	statusUrl: { api: 'statusurl', displayName: 'Status Report URL' },
	replyUrl: { api: 'replyurl', displayName: 'Reply URL' },
	replyUsername: { api: 'replyusername', displayName: 'Callback Username' },
	replyPassword: { api: 'replypassword', displayName: 'Callback Password' },
};

export const companyField: INodeProperties = {
	displayName: 'Company',
	name: 'company',
	type: 'string',
	default: '',
	placeholder: 'e.g. ACME Technology Co., Ltd.',
	description: 'The full legal company name',
};

export const signatureField: INodeProperties = {
	displayName: 'Signature',
	name: 'signature',
	type: 'string',
	default: '',
	placeholder: 'e.g. 【ACME】',
	description: 'The sender name in full-width brackets, 【XXX】, 2 to 12 characters inside. Sub-accounts are reviewed by Liupai.',
};

export const totalField: INodeProperties = {
	displayName: 'Total Messages',
	name: 'totalnum',
	type: 'number',
	default: 100,
	typeOptions: { minValue: 1 },
	description: 'How many messages the sub-account may send, taken from the main account',
};

/** The optional callback settings, shared by Create (Additional Fields) and Update (Update Fields). */
export const callbackFields: INodeProperties[] = [
	{
		displayName: 'Callback Password',
		name: 'replyPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'Password Liupai uses when it calls your URLs. It is masked in the output.',
	},
	{
		displayName: 'Callback Username',
		name: 'replyUsername',
		type: 'string',
		default: '',
		description: 'Username Liupai uses when it calls your URLs',
	},
	{
		displayName: 'Reply URL',
		name: 'replyUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/sms/replies',
		description: 'Where Liupai sends the replies of recipients',
	},
	{
		displayName: 'Status Report URL',
		name: 'statusUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/sms/status',
		description: 'Where Liupai sends delivery reports',
	},
];

/**
 * Checks sub-account fields as the node names them and returns them with Liupai's names. Only the
 * fields present are checked, so Update can send a subset.
 */
export function subAccountParams(context: IExecuteFunctions, values: IDataObject, itemIndex: number): IDataObject {
	const node = context.getNode();
	const params: IDataObject = {};
	for (const [name, raw] of Object.entries(values)) {
		const field = FIELD_NAMES[name];
		// null (an expression that found nothing) counts as given and empty, so a required field is not silently left out.
		if (!field || raw === undefined) continue;
		// Every field but the message total is text: an object or list an expression gave is named, not sent.
		const value = name === 'totalnum' ? raw : textOf(node, itemIndex, field.displayName, raw).trim();
		const fail = (problem: string, fix: string) => inputError(node, itemIndex, field.displayName, problem, fix);
		if (name === 'company' && value === '') throw fail('is empty', 'Enter the full company name.');
		if (name === 'signature') {
			const text = String(value);
			if (!text.startsWith('【') || !text.endsWith('】')) {
				throw fail(`"${text}" is not in the format 【XXX】`, `Write the signature between full-width brackets, e.g. 【${text.replace(/[【】[\]]/g, '') || 'ACME'}】.`);
			}
			const inside = [...text.slice(1, -1)];
			if (inside.length < 2 || inside.length > 12 || /[【】]/.test(inside.join(''))) {
				throw fail(`"${text}" must have 2 to 12 characters between 【 and 】`, 'Use a short sender name, e.g. 【ACME】.');
			}
		}
		if (name === 'totalnum' && !(Number.isInteger(value) && (value as number) >= 1)) {
			throw fail(`${describeValue(value)} is not a whole number of at least 1`, 'Enter how many messages the sub-account may send, e.g. 100.');
		}
		if ((name === 'statusUrl' || name === 'replyUrl') && value !== '' && !/^https?:\/\/[^\s/]+/i.test(String(value))) {
			throw fail(`"${String(value)}" is not an http(s) URL`, 'Enter a full address such as https://example.com/sms/status, or leave the field out.');
		}
		params[field.api] = value;
	}
	return params;
}

export const includePasswordOption: INodeProperties = {
	displayName: 'Include Callback Password',
	name: 'includePassword',
	type: 'boolean',
	default: false,
	description: 'Whether to output the callback password (replypassword) Liupai returns in clear; it is masked as *** otherwise',
};
