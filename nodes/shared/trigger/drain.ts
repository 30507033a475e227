import { sleep } from 'n8n-workflow';

export interface DrainOptions<T> {
	/** One call to the provider's pull API: the records it handed out (and removed on its side). */
	pull: () => Promise<T[]>;
	/** Most records one call returns: a shorter answer means the queue is empty. */
	pageSize: number;
	/** Most calls in one poll, so that a huge backlog cannot hold the poll for long; the rest waits for the next poll. */
	maxCalls: number;
	/** Milliseconds the provider wants between two calls (0: none). */
	intervalMs?: number;
	/** When the last call to this queue was answered (epoch ms, e.g. in an earlier poll): the first call waits out the interval too. */
	lastCallAt?: number;
	/** No call starts after this time (epoch ms): n8n's poll budget. The rest waits for the next poll. */
	deadline?: number;
	/** Told the time each call was answered, to remember it for the next poll. */
	onCall?: (at: number) => void;
	/**
	 * Whether a failed call was refused before anything was handed out (a rate refusal), so that one
	 * more call after the interval cannot lose or repeat a record. Tried once per poll.
	 */
	refusedBeforePulling?: (error: Error) => boolean;
}

export interface Drained<T> {
	/** Every record pulled, in the order the calls returned them. */
	records: T[];
	/** Calls answered (a refused call that was tried again counts once). */
	calls: number;
	/** Whether the queue was emptied: the last answer was shorter than a page. */
	complete: boolean;
	/**
	 * The error of a call after the first one. What the earlier calls pulled is kept and must be used:
	 * the provider has already removed it.
	 */
	failure?: Error;
}

/**
 * Pulls from a queue that hands each record out once (JPush `GET /v1/report`, Yunpian `sms/pull_status`…):
 * calls again while answers are full pages, at the provider's rate, up to `maxCalls`. A failure of the
 * first call is thrown (nothing was pulled); a later failure ends the drain and is returned beside
 * what was pulled before it.
 */
export async function drainQueue<T>(options: DrainOptions<T>): Promise<Drained<T>> {
	const interval = options.intervalMs ?? 0;
	const records: T[] = [];
	let lastCallAt = options.lastCallAt;
	let triedAgain = false;
	let calls = 0;
	// Counted from the answer, not the request: the provider measures between arrivals, and a request
	// that takes longer to arrive than the next one must still leave the interval between them.
	const called = () => {
		lastCallAt = Date.now();
		options.onCall?.(lastCallAt);
	};
	while (calls < options.maxCalls) {
		const wait = interval > 0 && lastCallAt !== undefined ? Math.min(interval, lastCallAt + interval - Date.now()) : 0;
		if (options.deadline !== undefined && calls > 0 && Date.now() + Math.max(0, wait) > options.deadline) break;
		if (wait > 0) await sleep(wait);
		let page: T[];
		try {
			page = await options.pull();
		} catch (caught) {
			called();
			const error = caught as Error;
			if (!triedAgain && options.refusedBeforePulling?.(error)) {
				triedAgain = true;
				continue;
			}
			if (calls === 0) throw error;
			return { records, calls, complete: false, failure: error };
		}
		called();
		calls++;
		records.push(...page);
		if (page.length < options.pageSize) return { records, calls, complete: true };
	}
	return { records, calls, complete: false };
}
