import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { textOf } from '../../shared/validation/text';

export type TempPara = Record<string, string>;

const DISPLAY = 'Template Variables';

export const variableFields: INodeProperties[] = [
	{
		displayName: 'Variables Input',
		name: 'variablesInput',
		type: 'options',
		default: 'fields',
		options: [
			{ name: 'Name/Value Pairs', value: 'fields' },
			{ name: 'JSON', value: 'json' },
		],
		description: 'How to give the values of the template’s {{variables}} (temp_para)',
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
	const mode = this.getNodeParameter('variablesInput', itemIndex, 'fields') as string;
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
		if (/[【】]/.test(text)) {
			throw inputError(this.getNode(), itemIndex, display, `the value of "${name}" contains 【 or 】`, 'Remove 【】 from the value: JPush reserves them for the signature.');
		}
		tempPara[name] = text;
	}
	return tempPara;
}
