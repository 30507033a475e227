import type { IExecuteFunctions, INode } from 'n8n-workflow';

import { inputError } from '../errors/inputError';

/** How an error names a value an expression gave that is not text: `an object {"a":1}`, `a list [1,2]`, `true`. */
export function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (value === undefined) return 'nothing';
	if (typeof value === 'string') return `"${value}"`;
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
	let json = '';
	try {
		json = JSON.stringify(value) ?? '';
	} catch {
		json = '';
	}
	const shown = json.length > 60 ? `${json.slice(0, 57)}…` : json;
	return `${Array.isArray(value) ? 'a list' : 'an object'}${shown ? ` ${shown}` : ''}`;
}

/** Whether a value is text a field can take as it is: a string, or a finite number (written as its digits). */
export function isText(value: unknown): value is string | number {
	return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * A text parameter's value as a string. Expressions can give any JSON value: a string is kept, a number
 * becomes its digits, nothing and null become ''. An object, a list, a boolean or a number that is not finite
 * is an input error naming the field, instead of being sent as "[object Object]" or "true".
 */
export function textOf(node: INode, itemIndex: number, displayName: string, value: unknown, what = 'the value'): string {
	if (value === undefined || value === null) return '';
	if (isText(value)) return String(value);
	throw inputError(
		node,
		itemIndex,
		displayName,
		`${what} is ${describeValue(value)}, not text`,
		'Enter text, or make the expression give one field of the item, e.g. {{ $json.code }} rather than {{ $json }}.',
	);
}

/** A text parameter read from the node, checked by `textOf`. */
export function getText(context: IExecuteFunctions, itemIndex: number, parameter: string, displayName: string, fallback = ''): string {
	return textOf(context.getNode(), itemIndex, displayName, context.getNodeParameter(parameter, itemIndex, fallback));
}

/** A resource locator's value (its ID or text), checked by `textOf`. */
export function getLocatorText(context: IExecuteFunctions, itemIndex: number, parameter: string, displayName: string): string {
	return textOf(context.getNode(), itemIndex, displayName, context.getNodeParameter(parameter, itemIndex, '', { extractValue: true }));
}
