/** The outcome of reading a text as JSON: the value, or why it is not JSON (truncated, not JSON at all…). */
export type JsonReading = { ok: true; value: unknown } | { ok: false; reason: string };

/** A JSON number at a position (sticky: matched where the parser stands, without copying the text). */
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/** Deeper nesting than this is refused rather than risk the stack on a hostile answer. */
const MAX_DEPTH = 256;

class JsonError extends Error {}

/**
 * A JSON parser that keeps integers beyond 2^53 exact, as strings of their digits: providers' message
 * ids are 64-bit integers (Yunpian's `sid`, UPYUN's `msg_id`) that JSON.parse would round. One pass,
 * linear in the text; it says whether a text ended early (a cut-off answer) or is not JSON.
 */
export function readJson(text: string): JsonReading {
	let at = 0;
	const fail = (what: string): never => {
		throw new JsonError(at >= text.length ? `the JSON ends early (after ${text.length} characters)` : `${what} at character ${at + 1}`);
	};
	const space = () => {
		while (at < text.length && (text[at] === ' ' || text[at] === '\n' || text[at] === '\r' || text[at] === '\t')) at++;
	};
	const expect = (char: string) => {
		if (text[at] !== char) fail(`expected "${char}"`);
		at++;
	};
	const string = (): string => {
		expect('"');
		let out = '';
		let start = at;
		for (;;) {
			if (at >= text.length) fail('unterminated string');
			const char = text[at];
			if (char === '"') break;
			if (char < ' ') fail('control character in a string');
			if (char !== '\\') {
				at++;
				continue;
			}
			out += text.slice(start, at);
			const escape = text[at + 1];
			if (escape === undefined) fail('unterminated string');
			if (escape === 'u') {
				const hex = text.slice(at + 2, at + 6);
				if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape');
				out += String.fromCharCode(parseInt(hex, 16));
				at += 6;
			} else {
				const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
				if (!(escape in simple)) fail('bad escape');
				out += simple[escape];
				at += 2;
			}
			start = at;
		}
		out += text.slice(start, at);
		at++;
		return out;
	};
	const number = (): number | string => {
		NUMBER.lastIndex = at;
		const match = NUMBER.exec(text);
		if (!match) fail('unexpected character');
		const token = match![0];
		at += token.length;
		if (at >= text.length && depth > 0) fail('cut-off number');
		// An integer JSON.parse would round stays exact, as its digits.
		if (!match![1] && !match![2] && token.length > 15 && !Number.isSafeInteger(Number(token))) return token;
		return Number(token);
	};
	let depth = 0;
	const value = (): unknown => {
		space();
		const char = text[at];
		if (char === '{') {
			if (++depth > MAX_DEPTH) fail('nested too deeply');
			at++;
			const object: Record<string, unknown> = {};
			space();
			if (text[at] === '}') {
				at++;
				depth--;
				return object;
			}
			for (;;) {
				space();
				const key = string();
				space();
				expect(':');
				// Like JSON.parse, a "__proto__" key is an own property, never the object's prototype.
				Object.defineProperty(object, key, { value: value(), enumerable: true, writable: true, configurable: true });
				space();
				if (text[at] === ',') {
					at++;
					continue;
				}
				expect('}');
				depth--;
				return object;
			}
		}
		if (char === '[') {
			if (++depth > MAX_DEPTH) fail('nested too deeply');
			at++;
			const array: unknown[] = [];
			space();
			if (text[at] === ']') {
				at++;
				depth--;
				return array;
			}
			for (;;) {
				array.push(value());
				space();
				if (text[at] === ',') {
					at++;
					continue;
				}
				expect(']');
				depth--;
				return array;
			}
		}
		if (char === '"') return string();
		for (const [word, literal] of [['true', true], ['false', false], ['null', null]] as const) {
			if (text.startsWith(word, at)) {
				at += word.length;
				return literal;
			}
			if (at + word.length > text.length && word.startsWith(text.slice(at))) {
				at = text.length;
				fail('cut-off literal');
			}
		}
		return number();
	};
	try {
		if (text.trim() === '') return { ok: false, reason: 'the answer is empty' };
		const result = value();
		space();
		if (at < text.length) fail('unexpected text after the JSON');
		return { ok: true, value: result };
	} catch (error) {
		// Only JsonError is thrown above; nesting is bounded, so the stack cannot run out.
		return { ok: false, reason: (error as Error).message };
	}
}

/** `readJson`'s value, or undefined for a text that is not (whole) JSON. */
export function parseJsonLossless(text: string): unknown {
	const reading = readJson(text);
	return reading.ok ? reading.value : undefined;
}
