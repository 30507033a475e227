import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { SeenStore } from './seenStore';

/** One entry a poll read, as a polling trigger sees it. */
export interface PolledEntry {
	/** Stable and unique within the store, e.g. `<day>|<id>` so that memory can be dropped by day. */
	key: string;
	/** What may change about the entry (e.g. its delivery status): a new state makes the entry news again. */
	state: string;
	/** Whether the user's filters want it. Unwanted entries are remembered too, never emitted. */
	wanted: boolean;
	item: INodeExecutionData;
}

export interface NewEntriesOptions {
	/** Emit what already exists on the first poll too (else the first poll only remembers). */
	emitExisting: boolean;
	/** Which remembered keys to keep (e.g. those of days the poll still reads); the rest are forgotten. */
	keep: (key: string) => boolean;
	/** Most keys remembered (SeenStore's bound by default). */
	limit?: number;
	/**
	 * Whether `entries` is everything there was (default true). A first poll that read only part of a
	 * backlog (a pull API that hands out a bounded number per poll) stays unprimed, so the next poll
	 * goes on remembering without emitting until the backlog is read.
	 */
	complete?: boolean;
}

/**
 * The wanted entries not yet seen in their state, in the order given; remembers every entry, in the
 * workflow's static data under `storeKey`, so none is emitted twice across polls and restarts. The
 * first poll primes the memory without emitting unless `emitExisting`.
 */
export function newEntries(
	staticData: IDataObject,
	storeKey: string,
	entries: PolledEntry[],
	options: NewEntriesOptions,
): INodeExecutionData[] {
	const seen = new SeenStore(staticData, storeKey, options.limit);
	const emitNow = seen.primed || options.emitExisting;
	const fresh: INodeExecutionData[] = [];
	for (const entry of entries) {
		if (seen.has(entry.key, entry.state)) continue;
		seen.remember(entry.key, entry.state);
		if (emitNow && entry.wanted) fresh.push(entry.item);
	}
	if (options.complete !== false) seen.markPrimed();
	seen.prune((key) => options.keep(key));
	return fresh;
}

/** What `poll()` returns: the items as one output, or null when there is nothing (n8n starts no run). */
export const pollOutput = (items: INodeExecutionData[]): INodeExecutionData[][] | null => (items.length ? [items] : null);
