import { chunkDistinct } from '../../nodes/shared/chunking';
import { collectPages } from '../../nodes/shared/paging';
import { redactValue, secretVariants } from '../../nodes/shared/redaction';
import { parseJsonKeepingBigIntegers } from '../../nodes/shared/transport/request';
import { toBeijingParts } from '../../nodes/shared/validation/beijingTime';
import { countSegments, smsLength } from '../../nodes/shared/validation/smsLength';

describe('segments', () => {
	test('70 characters are one SMS, longer texts are billed in 67-character parts', () => {
		expect(countSegments('')).toBe(0);
		expect(countSegments('a'.repeat(70))).toBe(1);
		expect(countSegments('a'.repeat(71))).toBe(2);
		expect(countSegments('a'.repeat(134))).toBe(2);
		expect(countSegments('a'.repeat(135))).toBe(3);
		expect(countSegments('验'.repeat(70))).toBe(1);
		expect(smsLength('【ACME】你好😀')).toBe(9);
	});
});

describe('chunking', () => {
	test('splits to the size and never puts one key twice in a chunk', () => {
		const chunks = chunkDistinct(['a', 'b', 'a', 'c', 'a', 'd'], 3, (v) => v);
		expect(chunks).toEqual([['a', 'b', 'c'], ['a', 'd'], ['a']]);
		for (const c of chunks) expect(new Set(c).size).toBe(c.length);
	});
});

describe('paging', () => {
	const source = Array.from({ length: 250 }, (_, i) => i);
	const fetch = jest.fn(async (page: number, size: number) => ({ items: source.slice((page - 1) * size, page * size), total: source.length }));
	beforeEach(() => fetch.mockClear());

	test('Return All walks every page and stops at the total', async () => {
		expect(await collectPages(fetch, { returnAll: true, limit: 0, pageSize: 100 })).toEqual(source);
		expect(fetch).toHaveBeenCalledTimes(3);
	});

	test('a limit asks for no more than it needs', async () => {
		expect(await collectPages(fetch, { returnAll: false, limit: 30, pageSize: 100 })).toEqual(source.slice(0, 30));
		expect(fetch).toHaveBeenCalledWith(1, 30);
		expect(fetch).toHaveBeenCalledTimes(1);
	});

	test('a page cap stops a provider that never runs out', async () => {
		const endless = jest.fn(async () => ({ items: [1, 2] }));
		expect(await collectPages(endless, { returnAll: true, limit: 0, pageSize: 2, maxPages: 5 })).toHaveLength(10);
	});
});

describe('redaction', () => {
	test('masks secrets in values, keys, and their URL-encoded forms', () => {
		const secrets = secretVariants({ key: 'k3y/with+chars', short: 'abc' }, ['key', 'short']);
		const redacted = redactValue({ url: 'http://x/?appkey=k3y%2Fwith%2Bchars', nested: ['k3y/with+chars'], ['k3y/with+chars']: 1 }, secrets);
		expect(JSON.stringify(redacted)).not.toMatch(/k3y/);
		expect(redacted).toEqual({ url: 'http://x/?appkey=***', nested: ['***'], '***': 1 });
	});
});

describe('big integers in JSON', () => {
	test('ids beyond 2^53 stay exact strings; other numbers stay numbers', () => {
		expect(parseJsonKeepingBigIntegers('{"id": 2026112600000010000001, "n": 5, "list": [12345678901234567890]}')).toEqual({
			id: '2026112600000010000001',
			n: 5,
			list: ['12345678901234567890'],
		});
		expect(parseJsonKeepingBigIntegers('not json')).toBe('not json');
		expect(parseJsonKeepingBigIntegers('')).toBeUndefined();
	});
});

describe('Beijing time', () => {
	test('converts zoned times to UTC+8 and keeps plain ones as Beijing time', () => {
		expect(toBeijingParts('2026-11-26T16:30:00.000Z')).toEqual({ date: '2026-11-27', time: '00:30:00' });
		expect(toBeijingParts('2026-11-26T09:00:00+08:00')).toEqual({ date: '2026-11-26', time: '09:00:00' });
		expect(toBeijingParts('2026-11-26 09:05')).toEqual({ date: '2026-11-26', time: '09:05:00' });
		expect(toBeijingParts('tomorrow')).toBeUndefined();
	});
});
