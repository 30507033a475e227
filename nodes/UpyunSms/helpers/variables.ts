import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { readVariableValues, templateVariablesField } from '../../shared/templates/variableFields';
import { getTemplateId, getVariables, variablesField } from './fields';
import { checkTemplate, type TemplateBook } from './templateCheck';
import { renderTemplate, signedText, templatePlaceholders, type UpyunTemplate } from './templates';

/** The `methods.resourceMapping` method that gives a template's variables as fields. */
export const VARIABLE_FIELDS_METHOD = 'getTemplateVariables';

const VARIABLES_INPUT_OPTIONS = [
	{
		name: 'Fields From Template',
		value: 'fields',
		description: 'One named field per {$var} placeholder of the template picked above',
	},
	{
		name: 'List',
		value: 'list',
		description: 'Values in the order of the placeholders, e.g. for a template chosen by an expression',
	},
];

const VARIABLES_INPUT_DESCRIPTION = 'How to give the values of the template’s {$var1}, {$var2}, … placeholders';

/**
 * Variables Input: version 1 nodes keep the list they were saved with; nodes added from version 1.1 show the
 * template's variables as fields. One parameter name, a default per version, as n8n's own nodes do.
 */
export const variablesInputFields: INodeProperties[] = [
	{
		displayName: 'Variables Input',
		name: 'variablesInput',
		type: 'options',
		noDataExpression: true,
		options: VARIABLES_INPUT_OPTIONS,
		default: 'list',
		description: VARIABLES_INPUT_DESCRIPTION,
		displayOptions: { show: { '@version': [1] } },
	},
	{
		displayName: 'Variables Input',
		name: 'variablesInput',
		type: 'options',
		noDataExpression: true,
		options: VARIABLES_INPUT_OPTIONS,
		default: 'fields',
		description: VARIABLES_INPUT_DESCRIPTION,
		displayOptions: { show: { '@version': [{ _cnd: { gte: 1.1 } }] } },
	},
];

/** The template's variables as named, required fields (they accept expressions and $fromAI()). */
export const templateVariablesMapper: INodeProperties = {
	...templateVariablesField({
		name: 'templateVariables',
		displayName: 'Template Variables',
		resourceMapperMethod: VARIABLE_FIELDS_METHOD,
		dependsOn: ['templateId.value'],
		description: 'One field per placeholder of the template, named by its position and the text before it; each accepts an expression',
	}),
	displayOptions: { show: { variablesInput: ['fields'] } },
};

/** The released free-form list, now one of the two inputs. */
export const variablesList: INodeProperties = { ...variablesField, displayOptions: { show: { variablesInput: ['list'] } } };

/** Every parameter of a send's variables, in the order the panel shows them. */
export const variableParameters: INodeProperties[] = [...variablesInputFields, templateVariablesMapper, variablesList];

export interface TemplateMessage {
	templateId: string;
	/** The values in placeholder order: what `vars` joins with `|`, or shape B's `variables`. */
	values: string[];
	/** The message as the phone shows it, signature included, when the template was read. */
	text?: string;
}

/**
 * Reads an item's template and variable values. The template is read (once per run, from the book) when
 * the fields come from it, when Check Template Before Sending is on, and for a preview; the checks run
 * when the option is on and for a preview, which must stop where the send would be refused.
 */
export async function readTemplateMessage(
	this: IExecuteFunctions,
	book: TemplateBook,
	itemIndex: number,
	options: { dryRun: boolean; sign?: string },
): Promise<TemplateMessage> {
	const templateId = getTemplateId.call(this, itemIndex);
	const fromFields = this.getNodeParameter('variablesInput', itemIndex, 'list') === 'fields';
	const check = options.dryRun || this.getNodeParameter('options.checkTemplate', itemIndex, true) !== false;
	let template: UpyunTemplate | undefined;
	let values: string[];
	if (fromFields) {
		template = await book.get(templateId, itemIndex);
		values = fieldValues.call(this, template, itemIndex);
	} else {
		values = getVariables.call(this, itemIndex);
		if (check) template = await book.get(templateId, itemIndex);
	}
	if (!template) return { templateId, values };
	if (check) checkTemplate(this, template, values, itemIndex, options.sign);
	return { templateId, values, text: signedText(template, renderTemplate(template.content, values), options.sign) };
}

/** The field values in placeholder order; missing, empty or extra ones are errors naming the field. */
function fieldValues(this: IExecuteFunctions, template: UpyunTemplate, itemIndex: number): string[] {
	const placeholders = templatePlaceholders(template.content);
	const byKey = readVariableValues(this, itemIndex, { parameter: 'templateVariables', displayName: 'Template Variables', placeholders });
	return placeholders.map((placeholder) => {
		const value = byKey[placeholder.key];
		if (value.includes('|')) {
			throw inputError(
				this.getNode(),
				itemIndex,
				`Template Variables → ${placeholder.label}`,
				'contains "|", which UPYUN uses to separate variables',
				'Remove the "|" character from the value (use "/" or "，" instead).',
			);
		}
		return value;
	});
}
