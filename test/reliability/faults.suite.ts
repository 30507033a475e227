import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { runWorkflow, type RunResult } from '../harness/runWorkflow';
import type { RecordedRequest } from '../sandbox/kit/types';
import { count } from './counters';
import { caseTimeout, FAMILIES, faultAddsMs, FAULTS, PROVIDERS, TIMEOUT_MS, type FamilyCase, type FaultCase, type ProviderCase } from './faults.cases';

/**
 * The fault suite (issue 13, "Faults"): for one provider, every operation family × every fault of
 * faults.cases.ts, each run through n8n's engine against the provider's sandbox with the fault
 * queued for the family's request. Cases alternate between a stopping error and Continue On Fail.
 */

/**
 * What a case may take beyond a run of the same family without a fault plus what its fault adds (the deadline for
 * a hang or a trickle, a read's retry pause, 20 MB's transfer): the engine's own jitter on a loaded machine.
 */
const MARGIN_MS = 3000;
/** A case that has not ended by then has failed anyway (a hang the deadline did not end). */
const CASE_TIMEOUT_MS = 20_000;
/** Most characters an error's headline and description may hold together, and one output item. */
const MAX_ERROR_TEXT = 4096;
const MAX_ITEM_TEXT = 16 * 1024;

const MAY_HAVE_SENT = /The message may have been sent: check the delivery report before sending it again/;
const MAY_HAVE_CHANGED = /The change may have been made/;
/** What only a whole gateway page contains. */
const PAGE_MARKUP = /<(!doctype|html|head|body|center|hr)\b/i;

/** Faults whose answer never came or came from the provider's overloaded side: a send may have gone out. */
const MAY_HAVE_GONE_OUT = new Set(['hang (no answer at all)', 'trickle (one byte every 500 ms)', 'connection reset', 'close without answer']);

interface Outcome {
	result: RunResult;
	elapsed: number;
	/** Requests the family's target received (its path and method, every one of them). */
	hits: RecordedRequest[];
}

function errorText(error: { message?: string; description?: string | null } | undefined): string {
	return `${error?.message ?? ''}\n${error?.description ?? ''}`;
}

/** Repeats among requests that carry a message: the same body to the same path more than once. */
function repeats(requests: RecordedRequest[]): number {
	const seen = new Set<string>();
	let extra = 0;
	for (const request of requests) {
		const key = `${request.method} ${request.path} ${request.rawBody}`;
		if (seen.has(key)) extra++;
		seen.add(key);
	}
	return extra;
}

function expectedError(provider: ProviderCase, fault: FaultCase): RegExp {
	if (fault.name === "HTTP 200 with the provider's own error body") return new RegExp(`^${provider.displayName} error ${provider.errorBody.code}: `);
	return 'error' in fault.expect ? fault.expect.error : /timed out/;
}

/** Checks a failure: the words, the size, what it says about a message that may have gone out. */
function expectFailure(provider: ProviderCase, family: FamilyCase, fault: FaultCase, outcome: Outcome, continueOnFail: boolean): void {
	const { result } = outcome;
	const inputs = (family.input ?? [{}]).length;
	let failures: Array<{ message?: string; description?: string | null }>;
	if (continueOnFail) {
		expect(result.error).toBeUndefined();
		expect(result.items.length).toBeGreaterThan(0);
		// Every item keeps its pairedItem, and every input item is accounted for.
		for (const item of result.items) {
			expect(item.pairedItem).toEqual({ item: expect.any(Number) });
			expect(JSON.stringify(item).length).toBeLessThan(MAX_ITEM_TEXT);
		}
		const paired = new Set(result.items.map((item) => (item.pairedItem as { item: number }).item));
		expect([...paired].sort()).toEqual(Array.from({ length: inputs }, (_, index) => index));
		const errorItems = result.items.filter((item) => item.json.error !== undefined);
		expect(errorItems.length).toBeGreaterThan(0);
		// A list that failed on a page gives the error only, never the rows read before it.
		if (family.family === 'list') expect(result.items).toHaveLength(1);
		failures = errorItems.map((item) => ({ message: String(item.json.error), description: item.json.description as string | undefined }));
	} else {
		expect(result.error).toBeDefined();
		expect(result.items).toHaveLength(0);
		failures = [result.error as { message?: string; description?: string | null }];
	}
	for (const failure of failures) {
		const text = errorText(failure);
		expect(failure.message).toContain(provider.displayName);
		expect(failure.message).toMatch(expectedError(provider, fault));
		expect(text).not.toMatch(PAGE_MARKUP);
		expect(text.length).toBeLessThan(MAX_ERROR_TEXT);
		if (fault.mentions) expect(text).toContain(fault.mentions);
		if (fault.expect.outcome === 'timeout') expect(failure.message).toContain(`${provider.displayName} timed out: no complete answer came within ${TIMEOUT_MS / 1000} s`);
		const gone = MAY_HAVE_GONE_OUT.has(fault.name) || /HTTP_5\d\d/.test(failure.message ?? '');
		if (family.kind === 'send' && gone) expect(failure.description).toMatch(MAY_HAVE_SENT);
		if (family.kind === 'write' && MAY_HAVE_GONE_OUT.has(fault.name)) expect(failure.description).toMatch(MAY_HAVE_CHANGED);
		if (fault.retryAfter !== undefined && family.kind !== 'read') expect(failure.description).toContain(`asked to wait ${fault.retryAfter} s`);
	}
	// The error as a whole (what n8n stores and logs) is bounded too, whatever the body was.
	if (result.error) expect(JSON.stringify(result.error).length).toBeLessThan(MAX_ITEM_TEXT);
}

/** Runs every family × fault of one provider. */
export function describeFaults(key: string): void {
	const provider = PROVIDERS.find((entry) => entry.key === key);
	if (!provider) throw new Error(`No fault cases for provider "${key}"`);
	const sandbox = provider.create();
	let baseUrl = '';
	beforeAll(async () => {
		baseUrl = await sandbox.start();
	});
	afterAll(async () => await sandbox.stop());

	async function run(family: FamilyCase, continueOnFail: boolean, timeoutMs?: number): Promise<Outcome> {
		const started = Date.now();
		const parameters = timeoutMs === undefined ? family.parameters : { ...family.parameters, options: { ...((family.parameters.options as IDataObject | undefined) ?? {}), timeout: timeoutMs } };
		const result = await runWorkflow({
			node: { type: provider!.nodeType, credentialType: provider!.credentialType, parameters, continueOnFail },
			input: family.input as Array<IDataObject | INodeExecutionData> | undefined,
			credentials: { [provider!.credentialType]: provider!.credentials(baseUrl) },
		});
		const elapsed = Date.now() - started;
		const { method, path } = family.target;
		const hits = sandbox.server.received.filter((request) => request.method === method && (typeof path === 'string' ? request.path === path : path.test(request.path)));
		return { result, elapsed, hits };
	}

	async function prepare(family: FamilyCase): Promise<void> {
		sandbox.reset();
		sandbox.server.faults.clear();
		await family.seed?.(sandbox);
	}

	describe(`${provider.displayName} under network and gateway faults`, () => {
		for (const [familyIndex, family] of provider.families.entries()) {
			describe(`${family.family}: ${family.operation}`, () => {
				/** How long the family's run without a fault took (0 when that test was filtered out). */
				let baselineMs = 0;
				test('works without a fault (the baseline every case is measured against)', async () => {
					await prepare(family);
					const { result, hits, elapsed } = await run(family, false);
					baselineMs = elapsed;
					expect(result.error).toBeUndefined();
					expect(result.items).toHaveLength(family.items);
					expect(hits).toHaveLength((family.target.after ?? 0) + 1 + (family.family === 'batch send' && provider.key === 'liupai' ? 1 : 0));
				});

				test.each(FAULTS.map((fault, faultIndex) => ({ fault, continueOnFail: (faultIndex + familyIndex) % 2 === 1 })))(
					'$fault.name (continue on fail: $continueOnFail)',
					async ({ fault, continueOnFail }) => {
						await prepare(family);
						sandbox.server.faults.add(fault.fault(provider), family.target);
						const outcome = await run(family, continueOnFail, caseTimeout(fault));
						const { result, elapsed, hits } = outcome;
						const before = family.target.after ?? 0;
						const faulted = sandbox.server.faults.seen(family.target).findIndex((entry) => entry.fault !== undefined);
						// The fault was used, on the request it was meant for.
						expect(sandbox.server.faults.pending).toBe(0);
						expect(faulted).toBe(before);

						// A message is received once: never repeated by a retry.
						const sendRequests = family.kind === 'send' ? sandbox.server.received.filter((request) => request.method === family.target.method && request.path === family.target.path) : [];
						const repeated = repeats(sendRequests);
						count('retried_sends', repeated);
						expect(repeated).toBe(0);

						// Nothing runs longer than a run without the fault plus what the fault adds (the deadline of a hang,
						// a read's pause) and a margin: an answer that came at once is never waited on until a deadline.
						const retriedRead = fault.expect.outcome === 'retried' && family.kind === 'read';
						expect(elapsed).toBeLessThan(baselineMs + faultAddsMs(fault, family.kind) + MARGIN_MS);

						if (retriedRead && fault.expect.outcome === 'retried') {
							// A read recovers from a one-off fault: tried once more, after the pause asked for.
							expect(result.error).toBeUndefined();
							expect(result.items).toHaveLength(family.items);
							expect(result.items.every((item) => item.json.error === undefined)).toBe(true);
							expect(hits).toHaveLength(before + 2);
							const [first, again] = sandbox.server.faults.seen(family.target).slice(before, before + 2);
							const pause = again.at - first.at;
							expect(pause).toBeGreaterThanOrEqual(fault.expect.waitMs - 50);
							expect(pause).toBeLessThan(fault.expect.waitMs + MARGIN_MS);
							// Retry-After: 0 means now, not the backoff's 500 ms.
							if (fault.expect.waitMs === 0) expect(pause).toBeLessThan(400);
						} else {
							// Anything else fails, clearly, with the request made once.
							expect(hits).toHaveLength(before + 1 + (family.family === 'batch send' && provider.key === 'liupai' && continueOnFail ? 1 : 0));
							if (fault.expect.outcome === 'timeout') expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
							expectFailure(provider, family, fault, outcome, continueOnFail);
						}
						count('faults');
					},
					CASE_TIMEOUT_MS,
				);
			});
		}
		for (const family of FAMILIES.filter((name) => provider.absent?.[name])) {
			test(`has no ${family} operation: ${provider.absent![family]}`, () => {
				expect(provider.families.some((entry) => entry.family === family)).toBe(false);
			});
		}
	});
}
