import type { AnswerExpectation } from './request';

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** An object that has every one of `fields` (not null): e.g. a created template with its `id`. */
export function objectWith(...fields: string[]): AnswerExpectation {
	return (body) => {
		if (!isObject(body)) return 'a JSON object was expected';
		const missing = fields.filter((field) => body[field] === undefined || body[field] === null || body[field] === '');
		return missing.length > 0 ? `the answer has no ${missing.join(', ')}` : undefined;
	};
}

/** A list: a JSON array, or an object whose `field` is an array (an absent field counts as no entries only when `optional`). */
export function listIn(field?: string, optional = false): AnswerExpectation {
	return (body) => {
		if (field === undefined) return Array.isArray(body) ? undefined : 'a JSON list was expected';
		if (Array.isArray(body)) return undefined;
		if (!isObject(body)) return 'a JSON object with a list was expected';
		if (body[field] === undefined && optional) return undefined;
		return Array.isArray(body[field]) ? undefined : `the answer has no list "${field}"`;
	};
}
