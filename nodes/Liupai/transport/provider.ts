import type { IN8nHttpFullResponse } from 'n8n-workflow';

import type { ProviderFailure, SmsProvider } from '../../shared/provider';
import { liupaiErrors } from './errors';

/**
 * What the `result` of a successful answer must be (https://m.6api.net/api/sms/): `list` (the list endpoints:
 * a missing or empty `result` is an empty list), `send` (`sms/send`: an object whose `count` above 0
 * says the message was taken), or an object holding the named fields (the single-object endpoints).
 */
export type ResultRule = 'list' | 'send' | { fields: string[] };

export interface LiupaiEnvelope {
	status?: unknown;
	msg?: unknown;
	result?: unknown;
}

const JSONP = /^\s*[A-Za-z_$][\w$.]*\s*\(([\s\S]*)\)\s*;?\s*$/;

/** Liupai also speaks JSONP; the node never asks for it, but a `callback({...})` body is unwrapped defensively. */
export function unwrapJsonp(text: string): string {
	return JSONP.exec(text)?.[1] ?? text;
}

/** The answer as a `{ status, msg, result }` object, or undefined when it is not one. */
export function readEnvelope(body: unknown): LiupaiEnvelope | undefined {
	return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as LiupaiEnvelope) : undefined;
}

const snippet = (body: unknown) => (typeof body === 'string' ? body.replace(/\s+/g, ' ').trim().slice(0, 200) : undefined);

const isEmpty = (value: unknown) =>
	value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Failure detection for an undocumented envelope, in this order: an HTTP error, a `status` other
 * than 200 (number or string; Liupai answers its own errors with HTTP 200), a body that is not an
 * envelope, no `status` at all, and a send whose `count` is not above 0 (nothing was sent). Whether
 * `result` is what the endpoint answers is `resultProblem`'s, the transport's answer check.
 */
export function detectLiupaiFailure(response: IN8nHttpFullResponse, rule: ResultRule): ProviderFailure | undefined {
	const envelope = readEnvelope(response.body);
	const providerMessage = typeof envelope?.msg === 'string' && envelope.msg ? envelope.msg : snippet(response.body);
	const status = envelope?.status;
	const hasStatus = status !== undefined && status !== null && String(status).trim() !== '';
	if (response.statusCode >= 400) return { code: `HTTP_${response.statusCode}`, providerMessage };
	if (hasStatus && String(status).trim() !== '200') return { code: String(status).trim(), providerMessage };
	if (!envelope) {
		return isEmpty(response.body) ? { code: 'EMPTY_RESPONSE' } : { code: 'NON_JSON', providerMessage };
	}
	if (!hasStatus) return { code: 'NO_STATUS', providerMessage };
	if (rule === 'send' && isObject(envelope.result) && !(Number(envelope.result.count) > 0)) return { code: 'NOT_SENT', providerMessage };
	return undefined;
}

/**
 * What is wrong with the `result` of a success envelope for this rule, or undefined: a list is an
 * array or an object holding one (`list`, else its first array; https://m.6api.net/api/sms/, assumption), or
 * nothing; a send and a single object must be an object, with the rule's fields.
 */
export function resultProblem(body: unknown, rule: ResultRule): string | undefined {
	const result = readEnvelope(body)?.result;
	if (rule === 'list') {
		if (isEmpty(result) || Array.isArray(result)) return undefined;
		return isObject(result) && Object.values(result).some(Array.isArray) ? undefined : 'the result is not a list';
	}
	if (!isObject(result)) return isEmpty(result) ? 'the answer has no result' : 'the result is not an object';
	const missing = rule === 'send' ? [] : rule.fields.filter((field) => isEmpty(result[field]));
	return missing.length > 0 ? `the result has no ${missing.join(', ')}` : undefined;
}

/** The provider definition for one rule: the shared transport hands `detectFailure` only the answer. */
export function liupaiProvider(rule: ResultRule): SmsProvider {
	return {
		displayName: 'Liupai',
		credentialType: 'liupaiApi',
		secretFields: ['appSecret'],
		baseUrlField: 'baseUrl',
		errors: liupaiErrors,
		unwrapText: unwrapJsonp,
		detectFailure: (response) => detectLiupaiFailure(response, rule),
	};
}
