import type { IDataObject } from 'n8n-workflow';

/** Most callbacks remembered by default; the oldest go first. Keeps workflow static data small. */
const DEFAULT_LIMIT = 1000;

/**
 * Remembers accepted pushes (by a key that is unique per genuine push: JPush's `nonce|timestamp`, a Yunpian
 * reply's id) while their time is within the accepted window, so an exact replay of one is acknowledged
 * without starting the workflow again. Returns false when this push was already accepted. Bounded: past
 * `limit` entries the oldest are forgotten, and entries outside the window are dropped (a replay of those
 * is refused as stale by the caller's time check).
 */
export function acceptOnce(
	staticData: IDataObject,
	store: { key: string; limit?: number },
	id: string,
	timeMs: number,
	windowMs: number,
	nowMs: number,
): boolean {
	const limit = store.limit ?? DEFAULT_LIMIT;
	const seen = (staticData[store.key] && typeof staticData[store.key] === 'object' ? staticData[store.key] : {}) as Record<string, number>;
	for (const [key, at] of Object.entries(seen)) if (typeof at !== 'number' || Math.abs(nowMs - at) > windowMs) delete seen[key];
	const fresh = seen[id] === undefined;
	if (fresh) {
		seen[id] = timeMs;
		const keys = Object.keys(seen);
		for (const old of keys.slice(0, Math.max(0, keys.length - limit))) delete seen[old];
	}
	staticData[store.key] = seen;
	return fresh;
}
