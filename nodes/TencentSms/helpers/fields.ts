import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { readVariableValues, templateVariablesField } from '../../shared/templates/variableFields';
import { getLocatorText, textOf } from '../../shared/validation/text';
import { templatePlaceholders, type TencentTemplate } from './templates';

export const templateLocator: INodeProperties = {
	displayName: 'Template',
	name: 'templateId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The body template. Only approved templates (status 0) can send; the list shows the others marked as not usable.',
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchTemplates', searchable: true } },
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 1110',
			validation: [{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'A template ID is a number' } }],
		},
	],
};

export const signatureLocator: INodeProperties = {
	displayName: 'Signature',
	name: 'signName',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description:
		'The approved signature text shown as 【Signature】 before the message (not its ID). Required for mainland China numbers, optional for international ones.',
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchSignatures', searchable: true } },
		{ displayName: 'By Text', name: 'text', type: 'string', placeholder: 'e.g. 腾讯云' },
	],
};

export function getTemplateId(context: IExecuteFunctions, itemIndex: number): string {
	const value = getLocatorText(context, itemIndex, 'templateId', 'Template').trim();
	if (!/^\d+$/.test(value)) {
		throw inputError(context.getNode(), itemIndex, 'Template', value ? `"${value}" is not a template ID` : 'no template selected', 'Pick a template from the list, or enter its numeric ID.');
	}
	return value;
}

export function getSignName(context: IExecuteFunctions, itemIndex: number): string {
	const value = getLocatorText(context, itemIndex, 'signName', 'Signature').trim();
	if (/^[【[].*[】\]]$/.test(value)) {
		throw inputError(context.getNode(), itemIndex, 'Signature', `"${value}" has brackets`, `Enter the signature without 【】: ${value.slice(1, -1)}.`);
	}
	return value;
}

/** The `methods.resourceMapping` method that gives a template's `{1}` `{2}`… as fields. */
export const VARIABLE_FIELDS_METHOD = 'getTemplateVariables';

/** Template variables: named fields loaded from the template, or a list for a template chosen by an expression. */
export const variableParameters: INodeProperties[] = [
	{
		displayName: 'Variables Input',
		name: 'variablesInput',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Fields From Template', value: 'fields', description: 'One named field per {1}, {2}… of the template picked above' },
			{ name: 'List', value: 'list', description: 'Values in the order {1}, {2}…, e.g. for a template chosen by an expression' },
		],
		default: 'fields',
		description: 'How to give the values of the template’s {1}, {2}… variables',
	},
	{
		...templateVariablesField({
			name: 'templateVariables',
			displayName: 'Template Variables',
			resourceMapperMethod: VARIABLE_FIELDS_METHOD,
			dependsOn: ['templateId.value'],
			description: 'One field per variable of the template, named {1}, {2}… with the text before it; each accepts an expression',
		}),
		displayOptions: { show: { variablesInput: ['fields'] } },
	},
	{
		displayName: 'Template Variables',
		name: 'variables',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		placeholder: 'Add Variable',
		description: 'Values for {1}, {2}…, in that order (sent as TemplateParamSet)',
		displayOptions: { show: { variablesInput: ['list'] } },
		options: [{ displayName: 'Variable', name: 'values', values: [{ displayName: 'Value', name: 'value', type: 'string', default: '' }] }],
	},
];

/** Whether the values come from the template's fields (then the template must be read). */
export const valuesFromFields = (context: IExecuteFunctions, itemIndex: number): boolean => context.getNodeParameter('variablesInput', itemIndex, 'fields') === 'fields';

/** The values in `{1}`, `{2}`… order. With fields, the template gives the names; the list is read as it is. */
export function readValues(context: IExecuteFunctions, itemIndex: number, template: TencentTemplate | undefined): string[] {
	if (template && valuesFromFields(context, itemIndex)) {
		const placeholders = templatePlaceholders(template);
		const byKey = readVariableValues(context, itemIndex, { parameter: 'templateVariables', displayName: 'Template Variables', placeholders });
		return placeholders.map((placeholder) => byKey[placeholder.key]);
	}
	const raw = context.getNodeParameter('variables.values', itemIndex, []) as unknown;
	if (!Array.isArray(raw)) throw inputError(context.getNode(), itemIndex, 'Template Variables', 'the list could not be read', 'Add one Value per {1}, {2}… of the template.');
	return (raw as Array<{ value?: unknown } | null>).map((entry, index) => {
		const value = textOf(context.getNode(), itemIndex, 'Template Variables', entry?.value, `value ${index + 1}`);
		// Tencent fills {n} with the value as it is: an empty one would send a broken message.
		if (value.trim() === '') throw inputError(context.getNode(), itemIndex, 'Template Variables', `value ${index + 1} is empty`, 'Enter a value for each {n} of the template, or an expression such as {{ $json.code }} that gives one for every item.');
		return value;
	});
}
