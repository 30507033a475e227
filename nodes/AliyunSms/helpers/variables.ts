import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { readVariableValues } from '../../shared/templates/variableFields';
import { textOf } from '../../shared/validation/text';
import type { TemplateBook } from './templates';

/** A variable value Aliyun takes: 1–35 characters, no link (aliyun.md §4.2: isv.PARAM_LENGTH_LIMIT, isv.PARAM_NOT_SUPPORT_URL). */
const MAX_VALUE_LENGTH = 35;

function checkValue(context: IExecuteFunctions, itemIndex: number, field: string, value: string): void {
	if ([...value].length > MAX_VALUE_LENGTH) {
		throw inputError(context.getNode(), itemIndex, field, `the value has ${[...value].length} characters; Aliyun takes at most ${MAX_VALUE_LENGTH}`, 'Shorten the value; put long fixed text in the template itself.');
	}
	if (/https?:\/\/|www\./i.test(value)) {
		throw inputError(context.getNode(), itemIndex, field, 'the value holds a link, which Aliyun refuses in variables', 'Put fixed links in the template itself (Template → Create), not in a variable.');
	}
}

/**
 * The `${name}` values of one item for `TemplateParam`: from the template's fields, or from the name/value
 * list. The template is read once per run; every variable needs a value, and a name the template lacks is
 * an input error, before anything is sent.
 */
export async function readTemplateParam(context: IExecuteFunctions, itemIndex: number, templates: TemplateBook, code: string): Promise<Record<string, string>> {
	const placeholders = await templates.placeholders(code, itemIndex);
	const mode = context.getNodeParameter('variablesInput', itemIndex, 'fields');
	let values: Record<string, string>;
	if (mode === 'list') {
		values = {};
		const rows = (context.getNodeParameter('variableList.values', itemIndex, []) as Array<{ name?: unknown; value?: unknown }>) ?? [];
		for (const [index, row] of rows.entries()) {
			const name = textOf(context.getNode(), itemIndex, `Variables → ${index + 1} → Name`, row.name).trim().replace(/^\$\{(.*)\}$/, '$1');
			if (!placeholders.some((placeholder) => placeholder.key === name)) {
				throw inputError(context.getNode(), itemIndex, `Variables → ${name || index + 1}`, `template ${code} has no variable "${name}"`, `The template has ${placeholders.map((p) => p.key).join(', ') || 'no variables'}.`);
			}
			values[name] = textOf(context.getNode(), itemIndex, `Variables → ${name}`, row.value);
		}
		const missing = placeholders.find((placeholder) => (values[placeholder.key] ?? '').trim() === '');
		if (missing) throw inputError(context.getNode(), itemIndex, `Variables → ${missing.key}`, 'has no value', `Add a value for ${missing.key}: template ${code} needs ${placeholders.map((p) => p.key).join(', ')}.`);
	} else {
		values = readVariableValues(context, itemIndex, { parameter: 'templateVariables', displayName: 'Template Variables', placeholders });
	}
	const field = mode === 'list' ? 'Variables' : 'Template Variables';
	for (const placeholder of placeholders) checkValue(context, itemIndex, `${field} → ${placeholder.key}`, values[placeholder.key]);
	return values;
}
