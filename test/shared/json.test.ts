import { readJson } from '../../nodes/shared/json';

describe('the lossless JSON reader', () => {
	test('keeps integers beyond 2^53 exact, as their digits, and everything else as JSON.parse does', () => {
		expect(readJson('{"id": 2026112600000010000001, "n": 5, "list": [12345678901234567890, -1.5e3, 9007199254740991]}')).toEqual({
			ok: true,
			value: { id: '2026112600000010000001', n: 5, list: ['12345678901234567890', -1500, 9007199254740991] },
		});
		for (let i = 0; i < 300; i++) {
			const text = JSON.stringify({ a: [i, 'x\u00e9"\\\n', { b: null, c: true, d: -i / 3 }], e: 'y'.repeat(i % 7), '': [] });
			expect(readJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
		}
	});

	test('digits inside strings are never touched (one parser for transport and triggers)', () => {
		expect(readJson('{"msg": "ids: 1,1234567890123456789]", "sid": 1}')).toEqual({ ok: true, value: { msg: 'ids: 1,1234567890123456789]', sid: 1 } });
	});

	test.each([
		['', 'the answer is empty'],
		['   ', 'the answer is empty'],
		['{"a": [1, 2', 'the JSON ends early'],
		['{"a": "unterminated', 'the JSON ends early'],
		['{"a": 12', 'the JSON ends early'],
		['{"a": tr', 'the JSON ends early'],
		['<!DOCTYPE html><title>502</title>', 'unexpected character at character 1'],
		['[1,2]x', 'unexpected text after the JSON'],
		['{"a" 1}', 'expected ":"'],
		[`${'['.repeat(300)}${']'.repeat(300)}`, 'nested too deeply'],
	])('%j is not whole JSON: %s', (text, reason) => {
		const reading = readJson(text);
		expect(reading.ok).toBe(false);
		expect(reading.ok ? '' : reading.reason).toContain(reason);
	});

	test('a "__proto__" key is data, never the prototype', () => {
		const reading = readJson('{"__proto__": {"polluted": true}}');
		expect(reading.ok && Object.getPrototypeOf(reading.value)).toBe(Object.prototype);
		expect(reading.ok && (reading.value as Record<string, unknown>).polluted).toBeUndefined();
		expect(reading.ok && Object.keys(reading.value as object)).toEqual(['__proto__']);
	});
});
