import { NodeApiError, NodeOperationError, type IDataObject, type INodeExecutionData, type IPollFunctions } from 'n8n-workflow';

import { drainQueue, type DrainOptions } from './drain';
import { newEntries, type PolledEntry } from './newEntries';

/** A call does not start later than this before the end of n8n's poll budget: it needs time to be answered. */
const CALL_RESERVE_MS = 10_000;

/** One provider queue a pull trigger empties each poll: JPush `GET /v1/report`, Yunpian `sms/pull_reply`… */
export interface PullQueue {
	/** Where its memory lives in the node's static data. */
	storeKey: string;
	/** What it pulls, for errors and the log, e.g. `delivery reports (GET /v1/report)`. */
	label: string;
	drain: DrainOptions<IDataObject>;
	/** The record as a dedupe entry and an output item. */
	entry: (record: IDataObject) => PolledEntry;
	/** Words for the user about an error of this queue (e.g. what a rate refusal means here), or nothing. */
	hint?: (error: Error) => string | undefined;
}

/** The error of a pull, saying which queue failed (and the queue's hint), without losing the provider's words. */
function pullError(this: IPollFunctions, queue: PullQueue, caught: unknown): Error {
	const hint = caught instanceof Error ? queue.hint?.(caught) : undefined;
	if (caught instanceof NodeApiError || caught instanceof NodeOperationError) {
		caught.message = `Could not pull ${queue.label}: ${caught.message}`;
		if (hint) caught.description = [hint, caught.description].filter(Boolean).join(' ');
		return caught;
	}
	const message = caught instanceof Error ? caught.message : String(caught);
	return new NodeOperationError(this.getNode(), `Could not pull ${queue.label}: ${message}`, { description: hint });
}

/** n8n's time limit for one poll (IPollFunctions.getPollBudgetMs, n8n 2.41 and later), if it has one. */
function pollBudgetMs(context: IPollFunctions): number | undefined {
	const read = (context as Partial<Pick<IPollFunctions, 'getPollBudgetMs'>>).getPollBudgetMs;
	const budget = typeof read === 'function' ? Number(read.call(context)) : NaN;
	return Number.isFinite(budget) && budget > 0 ? budget : undefined;
}

/**
 * Empties each queue (several calls at the provider's rate, bounded by `maxCalls` and n8n's poll
 * budget) and returns the records not seen before, as items, queue after queue. Every record is
 * remembered (bounded, in the node's static data), so one handed out twice starts the workflow once;
 * the first poll of a queue only remembers, unless `emitExisting`, and goes on doing so until its
 * backlog is read.
 *
 * What a pull returns is gone from the provider: once anything was pulled in this poll, a failing
 * call is logged and the poll returns what it has (the next poll tries again) instead of throwing it
 * away. A failure before anything was pulled is thrown, naming the queue.
 */
export async function pollQueues(this: IPollFunctions, queues: PullQueue[], emitExisting: boolean): Promise<INodeExecutionData[]> {
	const staticData = this.getWorkflowStaticData('node');
	const budget = pollBudgetMs(this);
	const deadline = budget === undefined ? undefined : Date.now() + budget - CALL_RESERVE_MS;
	const fresh: INodeExecutionData[] = [];
	let pulled = 0;
	for (const queue of queues) {
		let drained;
		try {
			drained = await drainQueue({ ...queue.drain, deadline });
		} catch (caught) {
			const error = pullError.call(this, queue, caught);
			if (pulled === 0) throw error;
			this.logger.warn(`${this.getNode().name}: ${error.message} — the ${pulled} records pulled before are used; the next poll tries again`);
			continue;
		}
		pulled += drained.records.length;
		if (drained.failure) {
			const error = pullError.call(this, queue, drained.failure);
			this.logger.warn(`${this.getNode().name}: ${error.message} — the ${drained.records.length} records pulled before are used; the next poll goes on`);
		}
		const entries = drained.records.map(queue.entry);
		fresh.push(...newEntries(staticData, queue.storeKey, entries, { emitExisting, keep: () => true, complete: drained.complete }));
	}
	return fresh;
}
