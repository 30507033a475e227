import type { RecordedRequest } from '../kit/types';
import { fail, type Failure } from './errors';

export type Fields = Record<string, unknown>;

/** The body as named fields (JSON object, form fields or multipart text fields), or undefined. */
export function bodyFields(request: RecordedRequest): Fields | undefined {
	const body = request.body;
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
	return body as Fields;
}

/**
 * A scalar field as text. `undefined` when absent, `null` or `''` (what UPYUN calls "empty");
 * a Failure (409 ILLEGAL_PARAMER) when it is an object or array.
 */
export function textField(fields: Fields, name: string): string | undefined | Failure {
	const value = fields[name];
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return fail('ILLEGAL_PARAMER', `${name} must be a string`);
}

/** Characters as people count them (code points, so a CJK character or an emoji is 1). */
export function charCount(text: string): number {
	return [...text].length;
}

/** A positive integer query value; `fallback` when absent; undefined when malformed. */
export function positiveInt(value: string | undefined, fallback: number): number | undefined {
	if (value === undefined || value === '') return fallback;
	if (!/^\d+$/.test(value)) return undefined;
	const parsed = Number(value);
	return parsed >= 1 ? parsed : undefined;
}
