import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { CHINA_PREFIX_HINT, MOBILE_LIST_HINT } from '../../shared/validation/mobile';
import { getLocatorText, textOf } from '../../shared/validation/text';

export const templateLocator: INodeProperties = {
	displayName: 'Template',
	name: 'templateId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The SMS template. Only approved templates can send.',
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
			placeholder: 'e.g. 57',
			validation: [
				{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'A template ID is a number' } },
			],
		},
	],
};

export function getTemplateId(this: IExecuteFunctions, itemIndex: number): string {
	const value = getLocatorText(this, itemIndex, 'templateId', 'Template').trim();
	if (!/^\d+$/.test(value)) {
		throw inputError(
			this.getNode(),
			itemIndex,
			'Template',
			value ? `"${value}" is not a template ID` : 'no template selected',
			'Pick a template from the list, or enter its numeric ID.',
		);
	}
	return value;
}

export const variablesField: INodeProperties = {
	displayName: 'Template Variables',
	name: 'variables',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	default: {},
	placeholder: 'Add Variable',
	description:
		'Values for the template placeholders ({$var1}, {$var2}, …), in the order they appear in the template',
	options: [
		{
			displayName: 'Variable',
			name: 'values',
			values: [
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					placeholder: 'e.g. 123456',
				},
			],
		},
	],
};

/**
 * Variable values in order, each non-empty text; a `|` would split a value in two, since UPYUN joins
 * them with it.
 */
export function getVariables(this: IExecuteFunctions, itemIndex: number): string[] {
	const collection = this.getNodeParameter('variables', itemIndex, {}) as {
		values?: Array<{ value?: unknown }>;
	};
	const entries = Array.isArray(collection?.values) ? collection.values : [];
	const values = entries.map((entry, position) => textOf(this.getNode(), itemIndex, 'Template Variables', entry?.value, `variable ${position + 1}`));
	values.forEach((value, position) => {
		if (value.trim() === '') {
			throw inputError(
				this.getNode(),
				itemIndex,
				'Template Variables',
				`variable ${position + 1} is empty`,
				'Give every variable a value: an empty one leaves a gap in the message.',
			);
		}
		if (value.includes('|')) {
			throw inputError(
				this.getNode(),
				itemIndex,
				'Template Variables',
				`variable ${position + 1} contains "|", which UPYUN uses to separate variables`,
				'Remove the "|" character from the value (use "/" or "，" instead).',
			);
		}
	});
	return values;
}

/** Options → Extension Code (拓展码): digits only, or '' when the option is left out. */
export function getExtendCode(this: IExecuteFunctions, itemIndex: number): string {
	const extendCode = textOf(this.getNode(), itemIndex, 'Extension Code', this.getNodeParameter('options.extendCode', itemIndex, '')).trim();
	if (extendCode && !/^\d{1,12}$/.test(extendCode)) {
		throw inputError(this.getNode(), itemIndex, 'Extension Code', `"${extendCode}" is not a string of digits`, 'Use digits only, e.g. 01, or leave the option out.');
	}
	return extendCode;
}

export const mobilesField: INodeProperties = {
	displayName: 'Mobile Numbers',
	name: 'mobiles',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 13800138000, 13900139000',
	description: `One or more mainland China mobile numbers (11 digits), ${MOBILE_LIST_HINT}. ${CHINA_PREFIX_HINT}; repeated numbers are sent once.`,
};
