import type { IN8nHttpFullResponse } from 'n8n-workflow';

import type { ProviderFailure, SmsProvider } from '../../shared/provider';
import { liupaiErrors } from './errors';

/** What an answer must carry to count as a success (liupai.md §3.3). */
export type ResultRule =
	/** Single-object endpoints (balance, addaccount, editaccount, addtemplate): `result` must be an object. */
	| 'object'
	/** List endpoints: a missing or empty `result` is an empty list. */
	| 'list'
	/** `sms/send`: an object with a `count` above 0 (a `count` of "0" is a failed send). */
	| 'send';

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

/**
 * Failure detection for an undocumented envelope, in this order: an HTTP error, a `status` other
 * than 200 (number or string; Liupai answers its own errors with HTTP 200), a body that is not JSON, no `status` at all, and a success without the
 * `result` the endpoint must return. A send is a success only with a result whose `count` is above 0.
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
	if (rule === 'list') return undefined;
	const result = envelope.result;
	if (isEmpty(result) || typeof result !== 'object' || Array.isArray(result)) return { code: 'NO_RESULT', providerMessage };
	if (rule === 'send') {
		const count = Number((result as { count?: unknown }).count);
		if (!(count > 0)) return { code: 'NOT_SENT', providerMessage };
	}
	return undefined;
}

function provider(rule: ResultRule): SmsProvider {
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

/** One provider definition per result rule: the shared transport hands `detectFailure` only the answer. */
export const liupaiProviders: Readonly<Record<ResultRule, SmsProvider>> = {
	object: provider('object'),
	list: provider('list'),
	send: provider('send'),
};
