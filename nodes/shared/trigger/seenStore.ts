import type { IDataObject } from 'n8n-workflow';

/** Most entries kept per polling trigger; the oldest go first. Keeps workflow static data small. */
export const MAX_SEEN = 20_000;

interface SeenData {
	/** id → last state seen, oldest first (insertion order). */
	entries: Record<string, string>;
	/** Whether the first poll has run (it records without emitting unless asked to). */
	primed?: boolean;
}

/**
 * What a polling trigger has already emitted, kept in the workflow's static data so a report is never
 * emitted twice across polls and restarts. Bounded: past `limit` entries the oldest are forgotten.
 */
export class SeenStore {
	private readonly data: SeenData;

	constructor(
		staticData: IDataObject,
		key: string,
		private readonly limit = MAX_SEEN,
	) {
		const existing = staticData[key] as SeenData | undefined;
		this.data = existing && typeof existing.entries === 'object' ? existing : { entries: {} };
		staticData[key] = this.data as unknown as IDataObject;
	}

	get primed(): boolean {
		return this.data.primed === true;
	}

	markPrimed(): void {
		this.data.primed = true;
	}

	/** Whether this id was already seen in this state. */
	has(id: string, state: string): boolean {
		return this.data.entries[id] === state;
	}

	remember(id: string, state: string): void {
		// Re-inserting moves the id to the newest end.
		delete this.data.entries[id];
		this.data.entries[id] = state;
	}

	/** Forgets entries the predicate rejects (e.g. reports of days no longer polled), then trims to the limit. */
	prune(keep: (id: string, state: string) => boolean = () => true): void {
		const ids = Object.keys(this.data.entries);
		for (const id of ids) if (!keep(id, this.data.entries[id])) delete this.data.entries[id];
		const remaining = Object.keys(this.data.entries);
		for (const id of remaining.slice(0, Math.max(0, remaining.length - this.limit))) delete this.data.entries[id];
	}

	get size(): number {
		return Object.keys(this.data.entries).length;
	}
}
