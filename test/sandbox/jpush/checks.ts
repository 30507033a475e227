import type { SandboxResponse } from '../kit/types';
import { fail, type Failure } from './errors';
import { charCount, renderTemplate, templateVariables, type SandboxSign, type SandboxTemplate } from './state';

export type Fields = Record<string, unknown>;

/** The JSON body as fields (the body gate already refused anything but an object). */
export const fieldsOf = (body: unknown): Fields => (body ?? {}) as Fields;

/**
 * `temp_para` against a template: an object of text (or number) values (else 50007), every
 * `{{var}}` given (50022), none empty (50023), no 【】 (50054). Returns the values as text.
 */
export function checkTempPara(template: SandboxTemplate, raw: unknown): Record<string, string> | Failure {
	if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) return fail(50007);
	const values: Record<string, string> = {};
	for (const [name, value] of Object.entries((raw ?? {}) as Fields)) {
		if (typeof value !== 'string' && typeof value !== 'number') return fail(50007);
		values[name] = String(value);
	}
	for (const name of templateVariables(template.template)) {
		if (!(name in values)) return fail(50022);
		if (values[name].trim() === '') return fail(50023);
	}
	if (Object.values(values).some((value) => /[【】]/.test(value))) return fail(50054);
	return values;
}

/** The delivered text, 【sign】 first; over `limit` characters → 50038. */
export function renderMessage(template: SandboxTemplate, sign: SandboxSign, values: Record<string, string>, limit: number): string | Failure {
	const text = `【${sign.sign}】${renderTemplate(template.template, values)}`;
	return charCount(text) > limit ? fail(50038) : text;
}

/** A finished answer (what the body checkers return on refusal), told from checked data by a numeric status. */
export const isResponse = (value: object): value is SandboxResponse => 'status' in value && typeof (value as SandboxResponse).status === 'number';
