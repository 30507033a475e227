import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import type { Placeholder } from '../../shared/templates/placeholders';
import { readVariableValues, templateVariablesField } from '../../shared/templates/variableFields';
import { textOf } from '../../shared/validation/text';

export type TempPara = Record<string, string>;

const DISPLAY = 'Template Variables';

/** The Variables Input choice whose values come from the template's own {{name}} fields (version 1.1's default). */
export const TEMPLATE_FIELDS = 'templateFields';

const variablesInput: INodeProperties = {
	displayName: 'Variables Input',
	name: 'variablesInput',
	type: 'options',
	default: TEMPLATE_FIELDS,
	options: [
		{
			name: 'Fields From Template',
			value: TEMPLATE_FIELDS,
			description: 'One named field per {{name}}, loaded from the template whose ID is entered above',
		},
		{ name: 'Name/Value Pairs', value: 'fields', description: 'Names and values typed in, e.g. for a template ID given by an expression' },
		{ name: 'JSON', value: 'json', description: 'An object of name to value' },
	],
	description: 'How to give the values of the template’s {{variables}} (temp_para)',
};

export const variableFields: INodeProperties[] = [
	// Two definitions of one parameter: version 1 keeps Name/Value Pairs as its default, new nodes (1.1) get the template's fields.
	{ ...variablesInput, default: 'fields', displayOptions: { show: { '@version': [1] } } },
	{ ...variablesInput, displayOptions: { show: { '@version': [{ _cnd: { gte: 1.1 } }] } } },
	{
		...templateVariablesField({
			name: 'templateVariables',
			displayName: DISPLAY,
			resourceMapperMethod: 'getTemplateVariables',
			dependsOn: ['templateId.value'],
			description: 'One field per {{name}} of the template, read from JPush by its ID; each accepts an expression',
		}),
		displayOptions: { show: { variablesInput: [TEMPLATE_FIELDS] } },
	},
	{
		displayName: 'Template Variables',
		name: 'variables',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Variable',
		displayOptions: { show: { variablesInput: ['fields'] } },
		description: 'One entry per {{name}} in the template',
		options: [
			{
				displayName: 'Variable',
				name: 'values',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. number' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. 741627' },
				],
			},
		],
	},
	{
		displayName: 'Template Variables (JSON)',
		name: 'variablesJson',
		type: 'json',
		default: '{}',
		displayOptions: { show: { variablesInput: ['json'] } },
		description: 'An object of variable name to value, e.g. {"number": "741627"}',
	},
];

/** The Variables Input of an item (the default of the node's version when it is not saved). */
export function variablesMode(this: IExecuteFunctions, itemIndex: number): string {
	return this.getNodeParameter('variablesInput', itemIndex, 'fields') as string;
}

/**
 * The `temp_para` of the template's own fields: one value per {{name}} of the template, each checked as
 * JPush checks values (no 【】); a missing, empty or extra field is an error naming it.
 */
export function getTemplateFieldValues(this: IExecuteFunctions, itemIndex: number, placeholders: Placeholder[]): TempPara {
	const values = readVariableValues(this, itemIndex, { parameter: 'templateVariables', displayName: DISPLAY, placeholders });
	for (const placeholder of placeholders) checkValueText.call(this, itemIndex, `${DISPLAY} → ${placeholder.label}`, placeholder.key, values[placeholder.key]);
	return values;
}

/** JPush reserves 【】 for the signature and refuses them in values (50054). */
function checkValueText(this: IExecuteFunctions, itemIndex: number, display: string, name: string, text: string): void {
	if (/[【】]/.test(text)) {
		throw inputError(this.getNode(), itemIndex, display, `the value of "${name}" contains 【 or 】`, 'Remove 【】 from the value: JPush reserves them for the signature.');
	}
}

function parseJson(this: IExecuteFunctions, itemIndex: number, raw: unknown): Record<string, unknown> {
	let value = raw;
	if (typeof raw === 'string') {
		if (raw.trim() === '') return {};
		try {
			value = JSON.parse(raw);
		} catch {
			throw inputError(this.getNode(), itemIndex, 'Template Variables (JSON)', 'is not valid JSON', 'Write an object such as {"number": "741627"}.');
		}
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw inputError(this.getNode(), itemIndex, 'Template Variables (JSON)', 'is not a JSON object', 'Write an object of name to value, such as {"number": "741627"}.');
	}
	return value as Record<string, unknown>;
}

/**
 * The `temp_para` object: names of letters and digits, non-empty text values without 【】 (JPush
 * refuses those with 50023 / 50054). Numbers and booleans are sent as text, as the SDKs do.
 */
export function getTempPara(this: IExecuteFunctions, itemIndex: number): TempPara {
	const mode = variablesMode.call(this, itemIndex);
	const display = mode === 'json' ? 'Template Variables (JSON)' : DISPLAY;
	let entries: Array<[string, unknown]>;
	if (mode === 'json') {
		entries = Object.entries(parseJson.call(this, itemIndex, this.getNodeParameter('variablesJson', itemIndex, '{}')));
	} else {
		const collection = this.getNodeParameter('variables', itemIndex, {}) as { values?: Array<{ name?: unknown; value?: unknown }> };
		const values = Array.isArray(collection?.values) ? collection.values : [];
		entries = values.map((entry, position) => [textOf(this.getNode(), itemIndex, DISPLAY, entry?.name, `the name of variable ${position + 1}`).trim(), entry?.value]);
	}
	const tempPara: TempPara = {};
	for (const [name, value] of entries) {
		if (!/^[A-Za-z0-9]+$/.test(name)) {
			throw inputError(this.getNode(), itemIndex, display, `"${name}" is not a variable name`, 'Variable names are letters and digits only, as written between {{ }} in the template.');
		}
		if (name in tempPara) {
			throw inputError(this.getNode(), itemIndex, display, `"${name}" is given twice`, 'Give each variable once.');
		}
		if (value !== null && typeof value === 'object') {
			throw inputError(this.getNode(), itemIndex, display, `the value of "${name}" is not text`, 'Give each variable a text or number value.');
		}
		const text = value === undefined || value === null ? '' : String(value);
		if (text.trim() === '') {
			throw inputError(this.getNode(), itemIndex, display, `"${name}" has no value`, 'Give every variable a non-empty value (JPush refuses empty ones).');
		}
		checkValueText.call(this, itemIndex, display, name, text);
		tempPara[name] = text;
	}
	return tempPara;
}
