/**
 * The secrets scanner's pure part (no n8n-core, so the real-n8n trigger suite can use it too): the credential
 * values of test/fixtures/*.json, every form each takes on its way out (as is, URL-encoded three ways with
 * lower-case escapes, base64, base64 of `user:secret` for every pair), and every 6-character slice of them.
 * See secrets.kit.ts for how the in-process suites use it.
 */
import jpush from '../fixtures/jpush.credentials.json';
import liupai from '../fixtures/liupai.credentials.json';
import upyun from '../fixtures/credentials.json';
import yunpian from '../fixtures/yunpian.credentials.json';
import { fs, path, repoRoot } from '../support/node';

export const SLICE = 6;

/** The credential values of the fixtures, by provider: user-like values (keys) and secrets alike. */
export const FIXTURE_VALUES: Record<'upyun' | 'jpush' | 'yunpian' | 'liupai', string[]> = {
	upyun: [upyun.upyun.token],
	jpush: [jpush.appKey, jpush.masterSecret, jpush.devKey, jpush.devSecret],
	yunpian: [yunpian.apiKey, yunpian.wrongApiKey],
	liupai: [liupai.appkey, liupai.wrongAppkey],
};

export const rfc3986 = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
export const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

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

/** How long a run of hex digits must be to be a hash, signature or id (an MD5 is 32). */
const HASH_RUN = 32;

/** Where each maximal run of at least HASH_RUN hex digits starts and ends in `text`. */
function hashRuns(text: string): Array<[number, number]> {
	const runs: Array<[number, number]> = [];
	for (const match of text.matchAll(new RegExp(`[0-9a-fA-F]{${HASH_RUN},}`, 'g'))) runs.push([match.index, match.index + match[0].length]);
	return runs;
}

/**
 * The distinct needles found in `text`, each with a little context to show where. A 6-character slice of a
 * hex secret matches some window of random hex about once in 16^6 / 27 windows, so inside the hashes a run
 * produces (thousands of signed callbacks' MD5s and SHA-1s) a slice hit is chance, not a leak: windows inside
 * a run of 32+ hex digits are not counted. A whole secret there is still found (`secretHits` searches every
 * whole form), and slices everywhere else still count.
 */
export function findSlices(text: string, needles: Set<string>): Array<{ slice: string; context: string }> {
	const found = new Map<string, string>();
	const runs = hashRuns(text);
	let run = 0;
	for (let start = 0; start + SLICE <= text.length; start++) {
		while (run < runs.length && runs[run][1] <= start) run++;
		if (run < runs.length && runs[run][0] <= start && start + SLICE <= runs[run][1]) continue;
		const window = text.slice(start, start + SLICE);
		if (needles.has(window) && !found.has(window)) found.set(window, text.slice(Math.max(0, start - 40), start + SLICE + 40));
	}
	return [...found].map(([slice, context]) => ({ slice, context }));
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

/** Every hit in `produced`: the distinct slices found, and whole forms whose slices are all public words. */
export function secretHits(produced: string, needles: Set<string>, values: string[]): Array<{ slice: string; context: string }> {
	const hits = findSlices(produced, needles);
	// Whole values are searched as such too (a value shorter than a slice, or whose slices are all public words).
	for (const form of secretForms(values)) if (produced.includes(form) && !hits.some((hit) => form.includes(hit.slice))) hits.push({ slice: form, context: 'whole form' });
	return hits;
}
