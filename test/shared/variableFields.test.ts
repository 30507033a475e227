import type { IExecuteFunctions, INode } from 'n8n-workflow';

import { findPlaceholders } from '../../nodes/shared/templates/placeholders';
import { readVariableValues, templateVariablesField, variableFieldsOf } from '../../nodes/shared/templates/variableFields';

const node: INode = { id: '1', name: 'Send', type: 'test.send', typeVersion: 1, position: [0, 0], parameters: {} };

/** A context whose Template Variables parameter holds `value` (already resolved, as n8n gives it). */
function context(value: unknown): IExecuteFunctions {
	return {
		getNode: () => node,
		getNodeParameter: (name: string, _item: number, fallback: unknown) => (name === 'templateVariables' ? { mappingMode: 'defineBelow', value, matchingColumns: [], schema: [] } : fallback),
	} as unknown as IExecuteFunctions;
}

const placeholders = findPlaceholders('Your code is {$var1}, valid {$var2} minutes', 'upyun');
const read = (value: unknown) => readVariableValues(context(value), 3, { parameter: 'templateVariables', displayName: 'Template Variables', placeholders });

describe('template variables as named fields', () => {
	test('the resource mapper gets one required text field per value, labelled with its context', () => {
		expect(variableFieldsOf(placeholders)).toEqual({
			fields: [
				{ id: 'var1', displayName: 'var1 (Your code is …)', required: true, defaultMatch: false, canBeUsedToMatch: false, display: true, type: 'string' },
				{ id: 'var2', displayName: 'var2 (valid …)', required: true, defaultMatch: false, canBeUsedToMatch: false, display: true, type: 'string' },
			],
		});
		expect(variableFieldsOf([])).toEqual({ fields: [] });
		const field = templateVariablesField({ name: 'templateVariables', displayName: 'Template Variables', resourceMapperMethod: 'getTemplateVariables', dependsOn: ['templateId.value'] });
		expect(field.type).toBe('resourceMapper');
		expect(field.typeOptions?.loadOptionsDependsOn).toEqual(['templateId.value']);
		expect(field.typeOptions?.resourceMapper).toMatchObject({ resourceMapperMethod: 'getTemplateVariables', mode: 'add', supportAutoMap: false });
	});

	test('values come back as text keyed by placeholder; numbers become their digits', () => {
		expect(read({ var1: '123456', var2: 5 })).toEqual({ var1: '123456', var2: '5' });
	});

	test('a missing or empty value names the field and the item', () => {
		expect(() => read({ var1: '123456' })).toThrow('Template Variables → var2 (valid …): is empty [item 3]');
		expect(() => read({ var1: '  ', var2: '5' })).toThrow('Template Variables → var1 (Your code is …): is empty [item 3]');
		expect(() => read(null)).toThrow('Template Variables → var1 (Your code is …): is empty [item 3]');
	});

	test('a template without variables: the mapper keeps a null value, which reads as no values', () => {
		expect(readVariableValues(context(null), 0, { parameter: 'templateVariables', displayName: 'Template Variables', placeholders: [] })).toEqual({});
		expect(readVariableValues(context({}), 0, { parameter: 'templateVariables', displayName: 'Template Variables', placeholders: [] })).toEqual({});
	});

	test('an object, a list or a boolean is not text', () => {
		expect(() => read({ var1: { a: 1 }, var2: '5' })).toThrow('Template Variables → var1 (Your code is …): the value is an object {"a":1}, not text [item 3]');
		expect(() => read({ var1: [1], var2: '5' })).toThrow('not text [item 3]');
		expect(() => read({ var1: true, var2: '5' })).toThrow('the value is true, not text [item 3]');
	});

	test('a value for a variable the template does not have (the template changed) is an error, not dropped', () => {
		expect(() => read({ var1: '1', var2: '5', var3: 'x' })).toThrow('Template Variables → var3: the template has no such variable [item 3]');
		// A field removed from the form (empty) is no value at all.
		expect(read({ var1: '1', var2: '5', var3: '' })).toEqual({ var1: '1', var2: '5' });
	});
});
