import type { IExecuteFunctions, INodeProperties, ResourceMapperFields } from 'n8n-workflow';

import { inputError } from '../errors/inputError';
import { textOf } from '../validation/text';
import type { Placeholder } from './placeholders';

/**
 * The template's variables as named form fields: n8n's resource mapper asks the node's
 * `methods.resourceMapping[resourceMapperMethod]` for the fields whenever the template changes.
 */
export function templateVariablesField(options: {
	name: string;
	displayName: string;
	resourceMapperMethod: string;
	/** The parameters the fields depend on, e.g. `['templateId.value']` for a resource locator. */
	dependsOn: string[];
	description?: string;
}): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		required: true,
		description: options.description ?? 'One field per variable of the chosen template; each accepts an expression',
		typeOptions: {
			loadOptionsDependsOn: options.dependsOn,
			resourceMapper: {
				resourceMapperMethod: options.resourceMapperMethod,
				mode: 'add',
				fieldWords: { singular: 'variable', plural: 'variables' },
				addAllFields: true,
				multiKeyMatch: false,
				supportAutoMap: false,
				noFieldsError: 'This template has no variables: there is nothing to fill in.',
			},
		},
	};
}

/** What a `methods.resourceMapping` method returns for a template: one required text field per value. */
export function variableFieldsOf(placeholders: Placeholder[]): ResourceMapperFields {
	return {
		fields: placeholders.map((placeholder) => ({
			id: placeholder.key,
			displayName: placeholder.label,
			required: true,
			defaultMatch: false,
			canBeUsedToMatch: false,
			display: true,
			type: 'string',
		})),
	};
}

/**
 * The values of the variable fields for the template's placeholders, as text. A field left empty, a value that
 * is not text, or a field the template does not have (the template changed after the fields were filled) is
 * an input error naming the field; nothing has been sent.
 */
export function readVariableValues(
	context: IExecuteFunctions,
	itemIndex: number,
	options: { parameter: string; displayName: string; placeholders: Placeholder[] },
): Record<string, string> {
	const node = context.getNode();
	const { parameter, displayName, placeholders } = options;
	// The whole mapper, not `<parameter>.value`: n8n's own check of a mapper's `.value` fails on null, the
	// value a mapper keeps when its template has no variables.
	const mapper = context.getNodeParameter(parameter, itemIndex, null) as unknown;
	const raw = mapper !== null && typeof mapper === 'object' && !Array.isArray(mapper) ? (mapper as { value?: unknown }).value : mapper;
	if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) {
		throw inputError(node, itemIndex, displayName, 'the fields could not be read', 'Open the node and fill in each variable field again.');
	}
	const given = (raw ?? {}) as Record<string, unknown>;
	const known = new Set(placeholders.map((placeholder) => placeholder.key));
	for (const key of Object.keys(given)) {
		if (known.has(key) || given[key] === undefined || given[key] === null || given[key] === '') continue;
		throw inputError(
			node,
			itemIndex,
			`${displayName} → ${key}`,
			'the template has no such variable',
			`The template has ${placeholders.length ? placeholders.map((placeholder) => placeholder.key).join(', ') : 'no variables'}. Open the node so the fields are loaded from the template again, and remove ${key}.`,
		);
	}
	const values: Record<string, string> = {};
	for (const placeholder of placeholders) {
		const field = `${displayName} → ${placeholder.label}`;
		const value = textOf(node, itemIndex, field, given[placeholder.key]);
		if (value.trim() === '') {
			throw inputError(node, itemIndex, field, 'is empty', 'Enter a value, or an expression such as {{ $json.code }} that gives one for every item.');
		}
		values[placeholder.key] = value;
	}
	return values;
}
