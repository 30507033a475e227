import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readVariableValues, templateVariablesField } from '../../shared/templates/variableFields';
import { getVariables, variablesField, type VariablePairs } from './fields';
import type { FilledTemplate, TemplateBook } from './templates';

/** The resource-mapping method that lists a template's `#name#` variables (methods/resourceMapping.ts). */
export const TEMPLATE_VARIABLES_METHOD = 'getTemplateVariables';

const FIELDS = 'fields';
const LIST = 'list';

const variablesInput: INodeProperties = {
	displayName: 'Variables Input',
	name: 'variablesInput',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Fields From Template', value: FIELDS, description: 'One field per #variable# of the chosen template, loaded from Yunpian' },
		{ name: 'List', value: LIST, description: 'Name and value pairs you add yourself, e.g. for a template chosen by an expression' },
	],
	default: FIELDS,
	description: 'How the template’s variables are given',
};

/**
 * The template's variables: named fields loaded from the template (the default from version 1.1), or the
 * name/value list of version 1. A version-1 node keeps the list as its default, so a saved workflow sends
 * exactly what it sent before; the fields are one switch away.
 */
export const templateVariableFields: INodeProperties[] = [
	{ ...variablesInput, default: LIST, displayOptions: { show: { '@version': [1] } } },
	{ ...variablesInput, default: FIELDS, displayOptions: { show: { '@version': [{ _cnd: { gte: 1.1 } }] } } },
	{
		...templateVariablesField({
			name: 'templateVariables',
			displayName: 'Template Variables',
			resourceMapperMethod: TEMPLATE_VARIABLES_METHOD,
			dependsOn: ['templateId.value'],
			description: 'One field per #variable# of the chosen template; each is required and accepts an expression',
		}),
		displayOptions: { show: { variablesInput: [FIELDS] } },
	},
	{ ...variablesField, displayOptions: { show: { variablesInput: [LIST] } } },
];

const fromFields = (context: IExecuteFunctions, itemIndex: number) => context.getNodeParameter('variablesInput', itemIndex, LIST) === FIELDS;

/**
 * The variables of an item as `[name, value]` pairs, names without `#`. From the fields, the template is read
 * (once per run) to know its variables: a field left empty, or one the template no longer has, is an input
 * error naming the field, before anything is sent.
 */
export async function readTemplateVariables(context: IExecuteFunctions, itemIndex: number, templates: TemplateBook, templateId: string): Promise<VariablePairs> {
	if (!fromFields(context, itemIndex)) return getVariables.call(context, itemIndex);
	const placeholders = await templates.placeholders(templateId, itemIndex);
	const values = readVariableValues(context, itemIndex, { parameter: 'templateVariables', displayName: 'Template Variables', placeholders });
	return placeholders.map((placeholder) => [placeholder.key, values[placeholder.key]]);
}

/**
 * The variables of an SMS template send. With Check Template Before Sending (the default) and the fields, an
 * unapproved template is the first thing to say, before any field it may not even have.
 */
export async function readTemplateSendVariables(context: IExecuteFunctions, itemIndex: number, templates: TemplateBook, templateId: string, options: IDataObject): Promise<VariablePairs> {
	if (options.checkTemplate !== false && fromFields(context, itemIndex)) await templates.requireApproved(templateId, itemIndex);
	return await readTemplateVariables(context, itemIndex, templates, templateId);
}

/**
 * Where the template is read, the text the phone will show and its segments: Yunpian's template content starts
 * with its 【signature】, so the filled template is the whole message. With Check Template Before Sending (the
 * default) the template must be approved, the variables match and the text fit; with the check off it is
 * still read for the fields and for Preview Only, and left unread otherwise, as in version 1.
 */
export async function templateSendText(
	context: IExecuteFunctions,
	itemIndex: number,
	templates: TemplateBook,
	templateId: string,
	variables: VariablePairs,
	options: IDataObject,
	previewOnly: boolean,
): Promise<Partial<FilledTemplate>> {
	if (options.checkTemplate !== false) return await templates.check(templateId, variables, itemIndex);
	if (fromFields(context, itemIndex) || previewOnly) return await templates.fill(templateId, variables, itemIndex);
	return {};
}
