import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { dateText, toBeijingParts } from '../../shared/validation/beijingTime';
import { describeValue, getLocatorText, textOf } from '../../shared/validation/text';

export const templateLocator: INodeProperties = {
	displayName: 'Template',
	name: 'templateId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The template. Only approved templates (check_status SUCCESS) can send.',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchTemplates', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 1234567',
			validation: [{ type: 'regex', properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'A template ID is a number' } }],
		},
	],
};

export const signatureLocator: INodeProperties = {
	displayName: 'Signature',
	name: 'sign',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The signature to change. Only signatures under review or rejected can be edited.',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchSignatures', searchable: true },
		},
		{ displayName: 'By Text', name: 'text', type: 'string', placeholder: 'e.g. ACME' },
	],
};

/** A numeric ID parameter (template IDs of SMS, voice and video SMS). */
export function getNumericId(this: IExecuteFunctions, itemIndex: number, name = 'templateId', displayName = 'Template'): string {
	const value = getLocatorText(this, itemIndex, name, displayName).trim();
	if (!/^\d+$/.test(value)) {
		throw inputError(
			this.getNode(),
			itemIndex,
			displayName,
			value ? `"${value}" is not an ID` : 'no ID given',
			'Pick it from the list, or enter its numeric ID.',
		);
	}
	return value;
}

/** Text of a signature without 【】 (Yunpian accepts both forms in `old_sign`; the bare form is used). */
export function getSignatureText(this: IExecuteFunctions, itemIndex: number, name = 'sign', displayName = 'Signature'): string {
	const value = getLocatorText(this, itemIndex, name, displayName)
		.trim()
		.replace(/^【(.*)】$/, '$1');
	if (!value) throw inputError(this.getNode(), itemIndex, displayName, 'no signature given', 'Pick a signature from the list, or enter its text.');
	return value;
}

export const variablesField: INodeProperties = {
	displayName: 'Template Variables',
	name: 'variables',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Variable',
	description: 'A value for each variable of the template, by name',
	options: [
		{
			displayName: 'Variable',
			name: 'values',
			values: [
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					placeholder: 'e.g. code',
					description: 'The variable name as written in the template, with or without the # marks (#code# or code)',
				},
				{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. 1234' },
			],
		},
	],
};

export type VariablePairs = Array<[name: string, value: string]>;

/** The variables of an item as `[name, value]` pairs, names without `#`; names and values must be non-empty and unique. */
export function getVariables(this: IExecuteFunctions, itemIndex: number): VariablePairs {
	const collection = this.getNodeParameter('variables', itemIndex, {}) as { values?: Array<{ name?: unknown; value?: unknown }> };
	const pairs: VariablePairs = [];
	const entries = Array.isArray(collection?.values) ? collection.values : [];
	for (const [position, entry] of entries.entries()) {
		const name = textOf(this.getNode(), itemIndex, 'Template Variables', entry?.name, `the name of variable ${position + 1}`).trim().replace(/^#(.*)#$/, '$1');
		const value = textOf(this.getNode(), itemIndex, 'Template Variables', entry?.value, `the value of variable ${position + 1}`);
		const fail = (problem: string, fix: string) => inputError(this.getNode(), itemIndex, 'Template Variables', `variable ${position + 1} ${problem}`, fix);
		if (!name) throw fail('has no name', 'Enter the variable name as written in the template, e.g. code for #code#.');
		if (/[#&=]/.test(name)) throw fail(`"${name}" contains #, & or =`, 'Enter the name only, e.g. code for #code#.');
		if (value === '') throw fail(`"${name}" has no value`, 'Yunpian refuses empty variable values: give each variable a value.');
		if (pairs.some(([other]) => other === name)) throw fail(`"${name}" is given twice`, 'Give each variable once.');
		pairs.push([name, value]);
	}
	return pairs;
}

/**
 * SMS `tpl_value` (https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief): `urlencode("#name#")=urlencode(value)` joined by `&`. The form
 * encoder then encodes the whole string once more, as Yunpian requires.
 */
export function smsTplValue(pairs: VariablePairs): string {
	return pairs.map(([name, value]) => `${encodeURIComponent(`#${name}#`)}=${encodeURIComponent(value)}`).join('&');
}

/** Voice-notification `tpl_value`: `name=value&…` without `#`; values holding `=`, `&` or `%` are URL-encoded. */
export function voiceTplValue(pairs: VariablePairs): string {
	return pairs.map(([name, value]) => `${name}=${/[=&%]/.test(value) ? encodeURIComponent(value) : value}`).join('&');
}

/** `yyyy-MM-dd HH:mm:ss` in Beijing time, as every Yunpian time field wants; undefined when empty and optional. */
export function getTime(this: IExecuteFunctions, itemIndex: number, value: unknown, displayName: string): string | undefined {
	const given = dateText(value);
	if (given === undefined && value !== undefined && value !== null) {
		throw inputError(this.getNode(), itemIndex, displayName, `${describeValue(value)} is not a date and time`, 'Pick a date and time, e.g. 2026-11-26 09:30:00 (Beijing time).');
	}
	const text = (given ?? '').trim();
	if (!text) return undefined;
	const parts = toBeijingParts(text);
	if (!parts) throw inputError(this.getNode(), itemIndex, displayName, `"${text}" is not a date and time`, 'Pick a date and time, e.g. 2026-11-26 09:30:00 (Beijing time).');
	return `${parts.date} ${parts.time}`;
}

export function requireTime(this: IExecuteFunctions, itemIndex: number, name: string, displayName: string): string {
	const time = getTime.call(this, itemIndex, this.getNodeParameter(name, itemIndex, ''), displayName);
	if (!time) throw inputError(this.getNode(), itemIndex, displayName, 'no time given', 'Pick a date and time (Beijing time).');
	return time;
}

export const startTimeField: INodeProperties = {
	displayName: 'Start Time',
	name: 'startTime',
	type: 'dateTime',
	required: true,
	default: '',
	description: 'Beginning of the period (Beijing time)',
};

export const endTimeField: INodeProperties = {
	displayName: 'End Time',
	name: 'endTime',
	type: 'dateTime',
	required: true,
	default: '',
	description: 'End of the period (Beijing time)',
};

export { limitField, returnAllField } from '../../shared/descriptions/paging';

export const callbackUrlOption: INodeProperties = {
	displayName: 'Callback URL',
	name: 'callbackUrl',
	type: 'string',
	default: '',
	placeholder: 'e.g. https://example.com/yunpian/report',
	description: 'Where Yunpian pushes the delivery report of this send, instead of the address set in the console',
};

export const extendOption: INodeProperties = {
	displayName: 'Extension Number',
	name: 'extend',
	type: 'string',
	default: '',
	placeholder: 'e.g. 01',
	description: 'Digits appended to the sender number; Yunpian support must enable it first',
};

export const uidOption: INodeProperties = {
	displayName: 'UID',
	name: 'uid',
	type: 'string',
	default: '',
	placeholder: 'e.g. order-1001',
	description: 'Your own ID for this send, echoed in delivery reports (up to 256 characters; Yunpian must enable it first)',
};

/** Checks the common send options and returns them as Yunpian fields. */
export function sendOptionFields(this: IExecuteFunctions, itemIndex: number, options: IDataObject): IDataObject {
	const fields: IDataObject = {};
	const node = this.getNode();
	const extend = textOf(node, itemIndex, 'Extension Number', options.extend).trim();
	if (extend) {
		if (!/^\d{1,12}$/.test(extend)) throw inputError(this.getNode(), itemIndex, 'Extension Number', `"${extend}" is not a string of digits`, 'Use digits only, e.g. 01, or leave the option out.');
		fields.extend = extend;
	}
	const uid = textOf(node, itemIndex, 'UID', options.uid).trim();
	if (uid) {
		if ([...uid].length > 256) throw inputError(this.getNode(), itemIndex, 'UID', 'longer than 256 characters', 'Shorten the UID to at most 256 characters.');
		fields.uid = uid;
	}
	const callbackUrl = textOf(node, itemIndex, 'Callback URL', options.callbackUrl).trim();
	if (callbackUrl) fields.callback_url = checkUrl.call(this, itemIndex, callbackUrl, 'Callback URL');
	return fields;
}

export function checkUrl(this: IExecuteFunctions, itemIndex: number, url: string, displayName: string): string {
	if (!/^https?:\/\/[^\s/]+/i.test(url)) {
		throw inputError(this.getNode(), itemIndex, displayName, `"${url}" is not an http(s) address`, 'Enter a full address starting with http:// or https://.');
	}
	return url;
}
