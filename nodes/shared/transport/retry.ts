import type { IDataObject } from 'n8n-workflow';

/** HTTP statuses worth another try for a read: rate limited, or a gateway/overload answer. */
export const RETRY_STATUSES = new Set([429, 502, 503, 504]);

/**
 * Network failures worth another try for a read: a dropped connection. A refused connection or an
 * unknown host is a wrong Base URL far more often than a passing fault, so it is reported at once.
 */
export const RETRY_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);

/** Tries after the first one, and their waits (doubling), for reads only. */
export const READ_RETRIES = 3;
const FIRST_WAIT_MS = 500;
/** A Retry-After longer than this is not waited for: the error says how long the provider asked for. */
export const MAX_RETRY_AFTER_MS = 30_000;

/** The wait before retry number `attempt` (1-based): Retry-After when the provider sent one, else backoff. */
export function retryWait(attempt: number, headers: IDataObject | undefined, now = Date.now()): number {
	const retryAfter = retryAfterMs(headers, now);
	if (retryAfter !== undefined) return retryAfter;
	return FIRST_WAIT_MS * 2 ** (attempt - 1);
}

/** Retry-After as seconds or an HTTP date (RFC 9110 §10.2.3), in milliseconds from now. */
export function retryAfterMs(headers: IDataObject | undefined, now = Date.now()): number | undefined {
	const raw = headers?.['retry-after'] ?? headers?.['Retry-After'];
	if (raw === undefined || raw === null || raw === '') return undefined;
	const text = String(raw as string).trim();
	if (/^\d+$/.test(text)) return Number(text) * 1000;
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
