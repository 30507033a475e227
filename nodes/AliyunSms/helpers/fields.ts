import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { templateVariablesField } from '../../shared/templates/variableFields';
import { CHINA_PREFIX_HINT, MOBILE_LIST_HINT, parseMobiles } from '../../shared/validation/mobile';
import { getLocatorText, textOf } from '../../shared/validation/text';

export const TEMPLATE_VARIABLES_METHOD = 'getTemplateVariables';

export const templateLocator: INodeProperties = {
	displayName: 'Template',
	name: 'templateCode',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The SMS template. Only approved templates can send.',
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchTemplates', searchable: true } },
		{
			displayName: 'By Code',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. SMS_154950909',
			validation: [{ type: 'regex', properties: { regex: '^SMS_\\d+$', errorMessage: 'A template code looks like SMS_154950909' } }],
		},
	],
};

export const signatureLocator: INodeProperties = {
	displayName: 'Signature',
	name: 'signName',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The approved signature Aliyun puts in 【】 before the text',
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchSignatures', searchable: true } },
		{ displayName: 'By Name', name: 'name', type: 'string', placeholder: 'e.g. 阿里云短信测试' },
	],
};

export const variablesInputField: INodeProperties = {
	displayName: 'Variables Input',
	name: 'variablesInput',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Fields From Template', value: 'fields', description: 'One field per ${name} variable of the chosen template, loaded from Aliyun' },
		{ name: 'List', value: 'list', description: 'Name and value pairs you add yourself, e.g. for a template chosen by an expression' },
	],
	default: 'fields',
};

export const variableFields: INodeProperties[] = [
	variablesInputField,
	{
		...templateVariablesField({
			name: 'templateVariables',
			displayName: 'Template Variables',
			resourceMapperMethod: TEMPLATE_VARIABLES_METHOD,
			dependsOn: ['templateCode.value'],
			description: 'One field per ${name} variable of the chosen template; each is required and accepts an expression',
		}),
		displayOptions: { show: { variablesInput: ['fields'] } },
	},
	{
		displayName: 'Variables',
		name: 'variableList',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Variable',
		displayOptions: { show: { variablesInput: ['list'] } },
		description: 'A value for each ${name} of the template, by name',
		options: [
			{
				displayName: 'Variable',
				name: 'values',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. code', description: 'The variable’s name, without ${ }' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. 1234' },
				],
			},
		],
	},
];

export function mobilesField(description: string, name = 'mobiles', displayName = 'Mobile Numbers'): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 13800138000, 13900139000',
		description: `${description} ${MOBILE_LIST_HINT}. ${CHINA_PREFIX_HINT}; other countries as + and country code, e.g. +85291234567.`,
	};
}

/**
 * Numbers as Aliyun takes them (aliyun.md §2.1): mainland numbers as 11 digits, others as country code and
 * number without the `+`.
 */
export function getMobiles(context: IExecuteFunctions, itemIndex: number, name = 'mobiles', displayName = 'Mobile Numbers'): string[] {
	const { mobiles, invalid } = parseMobiles(context.getNodeParameter(name, itemIndex, ''), { allowInternational: true, stripChinaPrefix: true });
	if (invalid) throw inputError(context.getNode(), itemIndex, displayName, invalid, `Enter mainland numbers such as 13800138000 or international ones such as +85291234567, ${MOBILE_LIST_HINT}.`);
	if (mobiles.length === 0) throw inputError(context.getNode(), itemIndex, displayName, 'no mobile number given', 'Enter at least one mobile number, or map a field that holds one.');
	return mobiles.map((mobile) => mobile.replace(/^\+/, ''));
}

export function getTemplateCode(context: IExecuteFunctions, itemIndex: number): string {
	const value = getLocatorText(context, itemIndex, 'templateCode', 'Template').trim();
	if (!/^SMS_\d+$/.test(value)) {
		throw inputError(context.getNode(), itemIndex, 'Template', value ? `"${value}" is not a template code` : 'no template selected', 'Pick a template from the list, or enter its code such as SMS_154950909.');
	}
	return value;
}

/** Aliyun's signature rules (CreateSmsSign): 2–12 characters, no 【】 brackets, punctuation or spaces. */
export function getSignName(context: IExecuteFunctions, itemIndex: number, parameter = 'signName', displayName = 'Signature'): string {
	const raw = getLocatorText(context, itemIndex, parameter, displayName);
	const value = raw.trim().replace(/^【(.*)】$/, '$1');
	const length = [...value].length;
	if (length < 2 || length > 12 || /[【】()（）[\]，,。.\s]/.test(value)) {
		throw inputError(context.getNode(), itemIndex, displayName, value ? `"${value}" is not a signature name` : 'no signature given', 'Pick an approved signature from the list, or enter its name (2–12 characters, without 【】).');
	}
	return value;
}

/** Optional text with a length limit (Out ID < 256, extension code digits…). */
export function getOptionalText(context: IExecuteFunctions, itemIndex: number, parameter: string, displayName: string, check?: { pattern: RegExp; problem: string; fix: string }): string {
	const value = textOf(context.getNode(), itemIndex, displayName, context.getNodeParameter(parameter, itemIndex, '')).trim();
	if (value !== '' && check && !check.pattern.test(value)) throw inputError(context.getNode(), itemIndex, displayName, `"${value}" ${check.problem}`, check.fix);
	return value;
}
