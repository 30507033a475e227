import type { IDataObject } from 'n8n-workflow';

/** Key in the node's static data: callbacks already accepted, `nonce|timestamp` → timestamp (ms). */
const KEY = 'acceptedCallbacks';
/** Most callbacks remembered; the oldest go first. */
const LIMIT = 1000;

/**
 * Remembers the accepted callbacks whose timestamp is still within the accepted window, so an exact
 * replay of one (same nonce and timestamp) is acknowledged without starting the workflow again.
 * Returns false when this callback was already accepted.
 */
export function acceptOnce(staticData: IDataObject, nonce: string, timestampMs: number, windowMs: number, nowMs: number): boolean {
	const seen = (staticData[KEY] && typeof staticData[KEY] === 'object' ? staticData[KEY] : {}) as Record<string, number>;
	for (const [key, at] of Object.entries(seen)) if (typeof at !== 'number' || Math.abs(nowMs - at) > windowMs) delete seen[key];
	const key = `${nonce}|${timestampMs}`;
	const fresh = seen[key] === undefined;
	if (fresh) {
		seen[key] = timestampMs;
		const keys = Object.keys(seen);
		for (const old of keys.slice(0, Math.max(0, keys.length - LIMIT))) delete seen[old];
	}
	staticData[KEY] = seen;
	return fresh;
}
