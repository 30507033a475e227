import { sleep, type IDataObject, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { chunkDistinct } from '../chunking';
import { inputError } from '../errors/inputError';
import { asNodeError } from '../itemLoop';
import { dryRunJson, failureJson, recipientJson } from './output';
import { totalsHint } from './preview';
import type { Recipient, SendAdapter, SendSettings } from './types';

/** How many accepted message ids a node error lists before it says "and N more". */
const LISTED_IDS = 20;

interface Outcome {
	accepted: number;
	/** Message ids (or task / schedule ids) of accepted numbers, at most LISTED_IDS, each once. */
	acceptedIds: Set<string>;
	/** Whether some listed ids are task or schedule ids rather than message ids. */
	references: boolean;
	/** Accepted numbers whose id is listed (a task id covers all the numbers of its task). */
	covered: number;
	/** The first request that failed, when the node must stop (no Continue On Fail). */
	fatal?: { error: Error; chunk: Array<Recipient<unknown>>; unsent: number };
}

/**
 * The one send path of the package. Every item is read and checked first (a bad item stops the node
 * before any request, or becomes its own error item with Continue On Fail while the others go out);
 * recipients that may share a request are grouped, chunked to Batch Size (a number at most once per
 * request) and sent, one request after another by default; each answer is matched to its recipients.
 * The output has one item per recipient, in input order, paired to its item. A request that fails
 * never hides what other requests delivered, and no send is ever retried.
 * Linear in the number of recipients throughout.
 */
export async function runSend<D, R>(
	context: IExecuteFunctions,
	providerName: string,
	adapter: SendAdapter<D, R>,
	settings: SendSettings,
): Promise<INodeExecutionData[]> {
	const node = context.getNode();
	const continueOnFail = context.continueOnFail();
	const itemCount = context.getInputData().length;
	const itemErrors: Array<Error | undefined> = new Array<Error | undefined>(itemCount);
	const byItem: Array<Array<Recipient<D>>> = Array.from({ length: itemCount }, () => []);
	const recipients: Array<Recipient<D>> = [];

	for (let itemIndex = 0; itemIndex < itemCount; itemIndex++) {
		try {
			for (const input of await adapter.readItem(itemIndex)) {
				const recipient: Recipient<D> = { ...input, itemIndex, ordinal: recipients.length, groupKey: input.groupKey ?? '' };
				recipients.push(recipient);
				byItem[itemIndex].push(recipient);
			}
		} catch (error) {
			if (!continueOnFail) throw asNodeError(node, error, itemIndex);
			itemErrors[itemIndex] = error as Error;
			byItem[itemIndex] = [];
		}
	}
	const live = recipients.filter((recipient) => itemErrors[recipient.itemIndex] === undefined);

	const groups = new Map<string, Array<Recipient<D>>>();
	for (const recipient of live) {
		const group = groups.get(recipient.groupKey);
		if (group) group.push(recipient);
		else groups.set(recipient.groupKey, [recipient]);
	}

	const chunks: Array<Array<Recipient<D>>> = [];
	for (const group of groups.values()) {
		if (settings.unsplittable && group.length > settings.batchSize) {
			const { parameter, fix } = settings.unsplittable;
			const first = group[0].itemIndex;
			const error = inputError(node, first, parameter, `${group.length} recipients must go in one request; ${providerName} takes at most ${settings.batchSize}`, fix);
			if (!continueOnFail) throw error;
			for (const recipient of group) {
				itemErrors[recipient.itemIndex] = error;
				byItem[recipient.itemIndex] = [];
			}
			continue;
		}
		const parts = chunkDistinct(group, settings.batchSize, (recipient) => recipient.mobile);
		if (settings.unsplittable && parts.length > 1) {
			const { parameter } = settings.unsplittable;
			const first = group[0].itemIndex;
			const error = inputError(node, first, parameter, 'a number appears more than once in a list that must go in one request', 'List each number once.');
			if (!continueOnFail) throw error;
			for (const recipient of group) {
				itemErrors[recipient.itemIndex] = error;
				byItem[recipient.itemIndex] = [];
			}
			continue;
		}
		chunks.push(...parts);
	}

	const results: IDataObject[] = new Array<IDataObject>(recipients.length);
	if (settings.dryRun) {
		for (const chunk of chunks) {
			const request = describe(adapter, adapter.buildRequest(chunk));
			for (const recipient of chunk) results[recipient.ordinal] = dryRunJson(recipient, request);
		}
		context.addExecutionHints({ message: totalsHint(chunks.flat(), true), location: 'outputPane' });
		return collect(itemCount, itemErrors, byItem, results);
	}
	const outcome = await sendChunks(chunks, adapter, settings, providerName, continueOnFail, results);

	if (outcome.fatal) {
		const { error, chunk, unsent } = outcome.fatal;
		const nodeError = asNodeError(node, error, chunk[0].itemIndex);
		nodeError.description = [nodeError.description, failedNote(chunk), acceptedNote(outcome, unsent, settings.checkWhere)].filter(Boolean).join(' ');
		throw nodeError;
	}

	const sent = chunks.flat();
	if (sent.length > 1) context.addExecutionHints({ message: totalsHint(sent, false), location: 'outputPane' });
	return collect(itemCount, itemErrors, byItem, results);
}

/** One output item per recipient (or per unreadable item), in input order, paired to its item. */
function collect<D>(
	itemCount: number,
	itemErrors: Array<Error | undefined>,
	byItem: Array<Array<Recipient<D>>>,
	results: IDataObject[],
): INodeExecutionData[] {
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < itemCount; itemIndex++) {
		const error = itemErrors[itemIndex];
		if (error) output.push({ json: failureJson(undefined, error), pairedItem: { item: itemIndex } });
		for (const recipient of byItem[itemIndex]) output.push({ json: results[recipient.ordinal], pairedItem: { item: itemIndex } });
	}
	return output;
}

/** The request a preview shows: the adapter's description, or the built request as it is. */
function describe<D, R>(adapter: SendAdapter<D, R>, request: R): IDataObject {
	if (adapter.describeRequest) return adapter.describeRequest(request);
	return { body: request as unknown as IDataObject };
}

/** Which recipients the failed request carried. */
function failedNote(chunk: Array<Recipient<unknown>>): string {
	if (chunk.length === 1) return `The failed request was for ${chunk[0].mobile} (item ${chunk[0].itemIndex}).`;
	const first = chunk[0].itemIndex;
	const last = chunk[chunk.length - 1].itemIndex;
	return `The failed request carried ${chunk.length} numbers, of ${last === first ? `item ${first}` : `items ${first}–${last}`}.`;
}

/** What a stopping error adds: what earlier requests delivered (ids capped) and what was never sent. */
function acceptedNote(outcome: Outcome, unsent: number, checkWhere: string): string {
	const parts: string[] = [];
	if (outcome.accepted > 0) {
		const listed = [...outcome.acceptedIds];
		const more = outcome.accepted - outcome.covered;
		const label = outcome.references ? 'IDs' : 'message IDs';
		const ids = listed.length > 0 ? ` (${label}: ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''})` : '';
		parts.push(`${outcome.accepted} number(s) were already accepted by earlier requests of this run${ids}: check ${checkWhere} before running again, so nobody gets the message twice.`);
	}
	if (unsent > 0) parts.push(`${unsent} number(s) after the failed request were not sent.`);
	return parts.join(' ');
}

/**
 * Sends the chunks, `concurrency` at a time (in order when 1), pausing `delayMs` before each request
 * but the first. Without Continue On Fail the first failure stops further requests; requests already
 * in flight finish and count.
 */
async function sendChunks<D, R>(
	chunks: Array<Array<Recipient<D>>>,
	adapter: SendAdapter<D, R>,
	settings: SendSettings,
	providerName: string,
	continueOnFail: boolean,
	results: IDataObject[],
): Promise<Outcome> {
	const outcome: Outcome = { accepted: 0, acceptedIds: new Set(), references: false, covered: 0 };
	let next = 0;
	let started = 0;
	const worker = async (): Promise<void> => {
		while (next < chunks.length && !outcome.fatal) {
			const chunk = chunks[next++];
			if (started++ > 0 && (settings.delayMs ?? 0) > 0) await sleep(settings.delayMs ?? 0);
			const itemIndex = chunk[0].itemIndex;
			try {
				const request = adapter.buildRequest(chunk);
				const answers = adapter.readAnswer(await adapter.sendRequest(request, itemIndex), chunk);
				chunk.forEach((recipient, index) => {
					const answer = answers[index] ?? {};
					const json = recipientJson(recipient, answer, providerName, settings.checkWhere, settings.messageIds);
					if (json.success === true) {
						outcome.accepted++;
						const id = typeof json.messageId === 'string' ? json.messageId : answer.referenceId;
						if (id !== undefined && (outcome.acceptedIds.has(id) || outcome.acceptedIds.size < LISTED_IDS)) {
							outcome.acceptedIds.add(id);
							outcome.covered++;
							if (id !== json.messageId) outcome.references = true;
						}
					}
					results[recipient.ordinal] = json;
				});
			} catch (error) {
				if (!continueOnFail) {
					if (!outcome.fatal) outcome.fatal = { error: error as Error, chunk, unsent: 0 };
				} else {
					for (const recipient of chunk) results[recipient.ordinal] = failureJson(recipient, error as Error);
				}
			}
		}
	};
	const workers = Math.max(1, Math.min(settings.concurrency ?? 1, chunks.length));
	await Promise.all(Array.from({ length: workers }, async () => await worker()));
	if (outcome.fatal) {
		// Requests in flight when the failure came have all finished: what was never started is unsent.
		outcome.fatal.unsent = chunks.slice(next).reduce((sum, chunk) => sum + chunk.length, 0);
	}
	return outcome;
}
