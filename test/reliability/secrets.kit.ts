/**
 * The secrets suite's scanner. Every credential value of test/fixtures/*.json (the ones the sandboxes accept and the
 * wrong ones the tests send) is searched for in everything a run produces — output items (Continue On Fail items
 * included), the error's message, description, stack and errorResponse, n8n's run data and n8n's captured log — in
 * every form it can take on its way out: as is, URL-encoded (encodeURIComponent, form encoding, RFC 3986, with
 * lower-case escapes), base64, and the base64 of `user:secret` for every pair of credential values (JPush's Basic
 * header is base64(appKey:masterSecret), the developer pair base64(devKey:devSecret)), and any 6-character slice of
 * any of these, so a secret cut before it was masked is found too. Each distinct slice found is one `secret_hits`.
 */
import type { IDataObject } from 'n8n-workflow';

import { capturedLogs, clearLogs } from '../harness/logCapture';
import type { RunResult } from '../harness/runWorkflow';
import { count } from './counters';
import { base64, needlesOf, publicSlices, rfc3986, secretHits, slicesOf } from './secrets.scan';
import './regexEngine';

export { FIXTURE_VALUES, findSlices, formsOf, needlesOf, publicSlices, secretForms, SLICE, slicesOf } from './secrets.scan';

/** Everything a run produced, as one text: items, the error (every field, stack, errorResponse), run data, n8n's log. */
export function producedText(result: RunResult | { items?: unknown; error?: unknown; extra?: unknown }): string {
	const error = result.error as (IDataObject & { stack?: string; message?: string; description?: string }) | undefined;
	const parts: unknown[] = [
		result.items,
		error && { message: error.message, description: error.description, stack: error.stack, errorResponse: error.errorResponse, cause: error.cause, json: error },
		'run' in result ? (result as RunResult).run?.data : undefined,
		'extra' in result ? result.extra : undefined,
	];
	const json = JSON.stringify(parts, (_key, value: unknown) => (value instanceof Error ? { ...value, message: value.message, stack: value.stack } : value));
	// The raw strings too, in case JSON escaping hid a form (quotes, backslashes).
	const raw = [error?.message, error?.description, error?.stack].filter((part) => typeof part === 'string').join('\n');
	return `${json}\n${raw}\n${capturedLogs()}`;
}

/**
 * Scans what a scenario produced for the provider's secrets, counts the hits, then asserts there are none
 * (the hits are listed with their context, so a failure says where the secret went).
 */
export function expectNoSecrets(produced: string, needles: Set<string>, values: string[]): void {
	const hits = secretHits(produced, needles, values);
	count('secret_hits', hits.length);
	expect(hits).toEqual([]);
}

/** Clears n8n's captured log before a scenario, so each scan reads its own scenario's log. */
export const freshLog = clearLogs;

/** A page a provider or gateway might answer with, quoting the request it got: the secret in every form. */
export function echoPage(values: string[], path: string): string {
	const quoted = values.flatMap((value) => [value, encodeURIComponent(value), rfc3986(value), base64(value)]);
	const pairs = values.flatMap((user) => values.filter((secret) => secret !== user).map((secret) => `Basic ${base64(`${user}:${secret}`)}`));
	return [
		'<!DOCTYPE html><html><head><title>400 Bad Request</title></head><body>',
		`<h1>Bad Request</h1><p>Request: POST ${path}?appkey=${encodeURIComponent(values[0])}&token=${rfc3986(values[values.length - 1])}</p>`,
		`<pre>Authorization: ${pairs[0] ?? values[0]}\n${pairs.map((pair) => `X-Echo: ${pair}`).join('\n')}\nbody: apikey=${quoted.join('&apikey=')}</pre>`,
		'</body></html>',
	].join('\n');
}

/** One thing a node is made to do; `run` returns what it produced (a run result, or a list search / credential test answer). */
export interface Scenario {
	name: string;
	run: (baseUrl: string) => Promise<RunResult | { items?: unknown; error?: unknown; extra?: unknown }>;
	/** Faults the sandbox plays for this scenario's requests (see test/sandbox/kit/faults.ts). */
	before?: () => void;
}

/** Runs each scenario against a fresh sandbox and scans it; a scenario that throws is scanned as its error. */
export function scanScenarios(
	sandbox: { start(): Promise<string>; stop(): Promise<void>; reset(): void },
	values: string[],
	/** The node's and its sandbox's folders, whose words are not secrets (see publicSlices). */
	folders: string[],
	scenarios: Scenario[],
	afterReset?: () => void,
): void {
	let baseUrl = '';
	const common = publicSlices(folders, values);
	const needles = needlesOf(values, common);
	beforeAll(async () => {
		baseUrl = await sandbox.start();
	});
	afterAll(async () => await sandbox.stop());

	test('most slices of every secret are searched for (few are ordinary words of the node)', () => {
		for (const value of values) {
			const slices = [...slicesOf([value])];
			const searched = slices.filter((slice) => needles.has(slice));
			expect({ value, searched: searched.length >= slices.length / 2 }).toEqual({ value, searched: true });
		}
	});

	test.each(scenarios.map((scenario) => [scenario.name, scenario] as const))('%s: no credential value in any form', async (_name, scenario) => {
		sandbox.reset();
		afterReset?.();
		scenario.before?.();
		freshLog();
		let produced: RunResult | { items?: unknown; error?: unknown; extra?: unknown };
		try {
			produced = await scenario.run(baseUrl);
		} catch (error) {
			produced = { error };
		}
		expectNoSecrets(producedText(produced), needles, values);
	});
}

/** A port nothing listens on (the sandbox's own, after it stopped, is not safe: another test may reuse it). */
export const CLOSED_URL = 'http://127.0.0.1:9';
