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

import jpush from '../fixtures/jpush.credentials.json';
import liupai from '../fixtures/liupai.credentials.json';
import upyun from '../fixtures/credentials.json';
import yunpian from '../fixtures/yunpian.credentials.json';
import { capturedLogs, clearLogs } from '../harness/logCapture';
import type { RunResult } from '../harness/runWorkflow';
import { fs, path, repoRoot } from '../support/node';
import { count } from './counters';
import './regexEngine';

export const SLICE = 6;

/** The credential values of the fixtures, by provider: user-like values (keys) and secrets alike. */
export const FIXTURE_VALUES: Record<'upyun' | 'jpush' | 'yunpian' | 'liupai', string[]> = {
	upyun: [upyun.upyun.token],
	jpush: [jpush.appKey, jpush.masterSecret, jpush.devKey, jpush.devSecret],
	yunpian: [yunpian.apiKey, yunpian.wrongApiKey],
	liupai: [liupai.appkey, liupai.wrongAppkey],
};

const rfc3986 = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Every whole form a value takes on the wire or in a log. */
export function formsOf(value: string): string[] {
	const encoded = [encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2), rfc3986(value)];
	const lower = encoded.map((form) => form.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()));
	return [...new Set([value, ...encoded, ...lower, base64(value), base64(value).replace(/=+$/, ''), Buffer.from(value).toString('base64url')])];
}

/** Whole forms of a provider's values: each value's forms, and base64 `a:b` for every ordered pair of values. */
export function secretForms(values: string[]): string[] {
	const forms = new Set<string>();
	for (const value of values) for (const form of formsOf(value)) forms.add(form);
	for (const user of values) {
		for (const secret of values) {
			if (user === secret) continue;
			const pair = `${user}:${secret}`;
			forms.add(base64(pair));
			forms.add(base64(pair).replace(/=+$/, ''));
		}
	}
	return [...forms];
}

/** Every SLICE-character slice of the forms (a form shorter than SLICE is its own needle). */
export function slicesOf(forms: string[]): Set<string> {
	const needles = new Set<string>();
	for (const form of forms) {
		if (form.length <= SLICE) needles.add(form);
		for (let start = 0; start + SLICE <= form.length; start++) needles.add(form.slice(start, start + SLICE));
	}
	return needles;
}

/** The distinct needles found in `text`, each with a little context to show where. */
export function findSlices(text: string, needles: Set<string>): Array<{ slice: string; context: string }> {
	const found = new Map<string, string>();
	for (let start = 0; start + SLICE <= text.length; start++) {
		const window = text.slice(start, start + SLICE);
		if (needles.has(window) && !found.has(window)) found.set(window, text.slice(Math.max(0, start - 40), start + SLICE + 40));
	}
	return [...found].map(([slice, context]) => ({ slice, context }));
}

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

/** Every text file under the folders (sources, sandbox seeds), one string. */
function readTree(folders: string[]): string {
	const texts: string[] = [];
	const walk = (folder: string) => {
		for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
			const full = path.join(folder, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (/\.(ts|json)$/.test(entry.name)) texts.push(fs.readFileSync(full, 'utf8'));
		}
	};
	for (const folder of folders) walk(path.join(repoRoot, folder));
	return texts.join('\n');
}

/**
 * Slices of the secrets that are ordinary words of the node's own texts (its messages, field names, the sandbox's
 * seed data): the fixture secrets were written with words in them ("lp-sandbox:appkey", "yunpian0sandbox0apikey"),
 * so "appkey" or "andbox" appear in every Liupai error without any secret in it. Such a slice cannot tell a leak
 * from a message; every other slice, and every whole form, still counts. Read from the sources with the secrets
 * themselves removed, so a secret written into a source file does not make itself public.
 */
export function publicSlices(folders: string[], values: string[]): Set<string> {
	let corpus = readTree(folders);
	for (const form of secretForms(values).sort((a, b) => b.length - a.length)) corpus = corpus.split(form).join(' ');
	const common = new Set<string>();
	for (const slice of slicesOf(secretForms(values))) if (corpus.includes(slice)) common.add(slice);
	return common;
}

/** The slices searched for: all but the public words (whole forms are searched as well, by expectNoSecrets). */
export function needlesOf(values: string[], common: Set<string>): Set<string> {
	return new Set([...slicesOf(secretForms(values))].filter((slice) => !common.has(slice)));
}

/**
 * Scans what a scenario produced for the provider's secrets, counts the hits, then asserts there are none
 * (the hits are listed with their context, so a failure says where the secret went).
 */
export function expectNoSecrets(produced: string, needles: Set<string>, values: string[]): void {
	const hits = findSlices(produced, needles);
	// Whole values are searched as such too (a value shorter than a slice, or whose slices are all public words).
	for (const form of secretForms(values)) if (produced.includes(form) && !hits.some((hit) => form.includes(hit.slice))) hits.push({ slice: form, context: 'whole form' });
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
