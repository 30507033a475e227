import { NodeApiError, type IExecuteFunctions, type INode } from 'n8n-workflow';

import { chunkDistinct } from '../../nodes/shared/chunking';
import { inputError } from '../../nodes/shared/errors/inputError';
import { runSend } from '../../nodes/shared/send/engine';
import type { Recipient, SendAdapter, SendSettings } from '../../nodes/shared/send/types';
import { delay } from '../support/node';

const node: INode = { id: '1', name: 'Send', type: 'test.send', typeVersion: 1, position: [0, 0], parameters: {} };

/** The execution hints the engine gave in the last run of a `context()`. */
const hints: string[] = [];

/** The four context calls the engine makes; everything provider-specific is in the adapter. */
function context(items: number, continueOnFail = false): IExecuteFunctions {
	const input = Array.from({ length: items }, () => ({ json: {} }));
	hints.length = 0;
	return {
		getNode: () => node,
		continueOnFail: () => continueOnFail,
		getInputData: () => input,
		addExecutionHints: (...given: Array<{ message: string }>) => hints.push(...given.map((hint) => hint.message)),
	} as unknown as IExecuteFunctions;
}

interface Data {
	key: string;
}

/** A fake provider: items give `mobiles[i]`; a request answers one id per number unless told to fail. */
function fakeProvider(mobiles: string[][], fail: (chunk: Array<Recipient<Data>>, index: number) => boolean = () => false) {
	const requests: string[][] = [];
	const adapter: SendAdapter<Data, string[]> = {
		readItem: async (itemIndex) => {
			if (mobiles[itemIndex].includes('bad')) throw inputError(node, itemIndex, 'Mobile Numbers', '"bad" is not a mobile number', 'Fix it.');
			return mobiles[itemIndex].map((mobile) => ({ mobile, data: { key: 'k' }, groupKey: 'k', segments: 1 }));
		},
		buildRequest: (chunk) => chunk.map((recipient) => recipient.mobile),
		sendRequest: async (request) => {
			requests.push(request);
			if (fail([], requests.length - 1)) throw new NodeApiError(node, { code: 'E42', message: 'refused' }, { message: 'Provider error E42: refused', httpCode: '500' });
			return request.map((mobile) => `id-${mobile}-${requests.length}`);
		},
		readAnswer: (answer) => (answer as string[]).map((messageId) => ({ messageId })),
	};
	return { adapter, requests };
}

const settings: SendSettings = { batchSize: 2, messageIds: true, checkWhere: 'the delivery report' };

describe('the send engine', () => {
	test('one item per recipient, in input order, paired to its item, numbers grouped across items', async () => {
		const { adapter, requests } = fakeProvider([['1', '2', '3'], ['4'], ['5', '6']]);
		const items = await runSend(context(3), 'Fake', adapter, settings);
		expect(requests).toEqual([['1', '2'], ['3', '4'], ['5', '6']]);
		expect(items.map((item) => [item.json.mobile, item.json.success, item.json.messageId, item.pairedItem])).toEqual([
			['1', true, 'id-1-1', { item: 0 }],
			['2', true, 'id-2-1', { item: 0 }],
			['3', true, 'id-3-2', { item: 0 }],
			['4', true, 'id-4-2', { item: 1 }],
			['5', true, 'id-5-3', { item: 2 }],
			['6', true, 'id-6-3', { item: 2 }],
		]);
		expect(items[0].json).toEqual({ success: true, mobile: '1', messageId: 'id-1-1', segments: 1 });
	});

	test('with Continue On Fail, a failed later request keeps every delivered number and gives the failed ones error items', async () => {
		const { adapter } = fakeProvider([['1', '2'], ['3', '4'], ['5']], (_, index) => index === 1);
		const items = await runSend(context(3, true), 'Fake', adapter, settings);
		expect(items.map((item) => [item.json.mobile, item.json.success, item.json.messageId, item.json.errorCode, item.pairedItem])).toEqual([
			['1', true, 'id-1-1', undefined, { item: 0 }],
			['2', true, 'id-2-1', undefined, { item: 0 }],
			['3', false, null, 'E42', { item: 1 }],
			['4', false, null, 'E42', { item: 1 }],
			['5', true, 'id-5-3', undefined, { item: 2 }],
		]);
		expect(items[2].json.error).toBe('Provider error E42: refused');
	});

	test('without it, the error names what was accepted (with ids) and what was not sent, and stops', async () => {
		const { adapter, requests } = fakeProvider([['1', '2'], ['3', '4'], ['5']], (_, index) => index === 1);
		const error = await runSend(context(3), 'Fake', adapter, settings).catch((e: unknown) => e as NodeApiError);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(requests).toHaveLength(2);
		expect((error as NodeApiError).description).toBe(
			'refused The failed request carried 2 numbers, of item 1. 2 number(s) were already accepted by earlier requests of this run (message IDs: id-1-1, id-2-1): check the delivery report before running again, so nobody gets the message twice. 1 number(s) after the failed request were not sent.',
		);
	});

	test('a bad item stops the node before any request; with Continue On Fail it is its own item and the rest go out', async () => {
		const stopped = fakeProvider([['1'], ['bad'], ['3']]);
		await expect(runSend(context(3), 'Fake', stopped.adapter, settings)).rejects.toThrow('Mobile Numbers: "bad" is not a mobile number [item 1]');
		expect(stopped.requests).toHaveLength(0);

		const going = fakeProvider([['1'], ['bad'], ['3']]);
		const items = await runSend(context(3, true), 'Fake', going.adapter, settings);
		expect(going.requests).toEqual([['1', '3']]);
		expect(items.map((item) => [item.json.mobile, item.json.success, item.json.errorCode, item.pairedItem])).toEqual([
			['1', true, undefined, { item: 0 }],
			[null, false, 'INVALID_INPUT', { item: 1 }],
			['3', true, undefined, { item: 2 }],
		]);
	});

	test('an accepted number without a message id is not reported as a success', async () => {
		const { adapter } = fakeProvider([['1']]);
		adapter.readAnswer = () => [{}];
		const [item] = await runSend(context(1), 'Fake', adapter, settings);
		expect(item.json).toMatchObject({ success: false, errorCode: 'NO_MESSAGE_ID', error: expect.stringContaining('it may have been sent') });
	});

	test('an unsplittable group larger than the batch is an input error before anything is sent', async () => {
		const { adapter, requests } = fakeProvider([['1', '2', '3']]);
		await expect(
			runSend(context(1), 'Fake', adapter, { ...settings, unsplittable: { parameter: 'Mobile Numbers', fix: 'Split the list.' } }),
		).rejects.toThrow('Mobile Numbers: 3 recipients must go in one request; Fake takes at most 2 [item 0]');
		expect(requests).toHaveLength(0);
	});

	test('parallel requests stay bounded and the output order is still the input order', async () => {
		let inFlight = 0;
		let most = 0;
		const { adapter } = fakeProvider([Array.from({ length: 40 }, (_, i) => String(i))]);
		const send = adapter.sendRequest;
		adapter.sendRequest = async (request, itemIndex) => {
			inFlight++;
			most = Math.max(most, inFlight);
			await delay(1);
			inFlight--;
			return await send(request, itemIndex);
		};
		const items = await runSend(context(1), 'Fake', adapter, { ...settings, concurrency: 3 });
		expect(most).toBe(3);
		expect(items.map((item) => item.json.mobile)).toEqual(Array.from({ length: 40 }, (_, i) => String(i)));
	});

	test('100 000 recipients in one run: 100 requests of 1 000, each number once, every result paired', async () => {
		const mobiles = Array.from({ length: 100_000 }, (_, i) => String(13_000_000_000 + i));
		const perItem = Array.from({ length: 1000 }, (_, i) => mobiles.slice(i * 100, i * 100 + 100));
		const { adapter, requests } = fakeProvider(perItem);
		const items = await runSend(context(1000), 'Fake', adapter, { ...settings, batchSize: 1000 });
		expect(requests).toHaveLength(100);
		expect(new Set(requests.flat()).size).toBe(100_000);
		expect(items).toHaveLength(100_000);
		expect(items.every((item, i) => item.json.mobile === mobiles[i] && item.pairedItem && (item.pairedItem as { item: number }).item === Math.floor(i / 100))).toBe(true);
	});
});

describe('chunkDistinct at scale', () => {
	test('100 000 copies of one number become 100 000 requests of one, in order (linear, not quadratic)', () => {
		const chunks = chunkDistinct(Array.from({ length: 100_000 }, (_, i) => ({ i, mobile: '13800138000' })), 1000, (entry) => entry.mobile);
		expect(chunks).toHaveLength(100_000);
		expect(chunks.every((c, i) => c.length === 1 && c[0].i === i)).toBe(true);
	});

	test('mixed repeats fill the earliest chunk that has room and lacks the number', () => {
		const entries = Array.from({ length: 60_000 }, (_, i) => String(i % 3 === 0 ? 'dup' : i));
		const chunks = chunkDistinct(entries, 500, (v) => v);
		expect(chunks.reduce((n, c) => n + c.length, 0)).toBe(60_000);
		expect(chunks.every((c) => c.length <= 500 && new Set(c).size === c.length)).toBe(true);
		expect(chunks.filter((c) => c.includes('dup'))).toHaveLength(20_000);
	});
});

describe('send engine: lists that must go in one request', () => {
	test('a number repeated in an unsplittable group is an input error, nothing sent', async () => {
		const { adapter, requests } = fakeProvider([['1', '2', '1']]);
		await expect(
			runSend(context(1), 'Fake', adapter, { ...settings, batchSize: 10, unsplittable: { parameter: 'Mobile Numbers', fix: 'Split the list.' } }),
		).rejects.toThrow('Mobile Numbers: a number appears more than once in a list that must go in one request [item 0]');
		expect(requests).toHaveLength(0);
	});

	test('a stopping error lists task ids where a queued send has no message id per number', async () => {
		const { adapter } = fakeProvider([['1', '2'], ['3']], (_, index) => index === 1);
		adapter.readAnswer = (answer) => (answer as string[]).map(() => ({ messageId: null, referenceId: 'task-9' }));
		const error = await runSend(context(2), 'Fake', adapter, { ...settings, messageIds: false }).catch((e: unknown) => e as NodeApiError);
		expect((error as NodeApiError).description).toContain('2 number(s) were already accepted by earlier requests of this run (IDs: task-9):');
	});
});

describe('send engine: preview and Preview Only', () => {
	/** Padding per number: 【ACME】Code N (12 characters) + padding = 70, 71 and 135 characters. */
	const padding: Record<string, number> = { '1': 58, '2': 59, '3': 123 };
	/** A provider whose recipients carry their final text: "【ACME】Code N" and padding. */
	function textProvider(mobiles: string[][]) {
		const provider = fakeProvider(mobiles);
		const readItem = provider.adapter.readItem;
		provider.adapter.readItem = async (itemIndex) =>
			(await readItem(itemIndex)).map((input) => ({ ...input, segments: undefined, text: `【ACME】Code ${input.mobile}${'x'.repeat(padding[input.mobile])}` }));
		return provider;
	}

	test('each item has the preview of its text: the text, its length and the segments by the 70/67 rule', async () => {
		const { adapter } = textProvider([['1', '2', '3']]);
		const items = await runSend(context(1), 'Fake', adapter, settings);
		expect(items.map((item) => [item.json.segments, (item.json.preview as { length: number }).length, (item.json.preview as { segments: number }).segments])).toEqual([
			[1, 70, 1],
			[2, 71, 2],
			[3, 135, 3],
		]);
		expect((items[0].json.preview as { text: string }).text).toBe(`【ACME】Code 1${'x'.repeat(58)}`);
		expect(hints).toEqual(['3 recipient(s), 3 message(s), 6 billed segment(s) in this run; each item says whether the provider accepted it.']);
	});

	test('a dry run builds every request, sends none, and says so per recipient and in the hint', async () => {
		const { adapter, requests } = textProvider([['1', '2'], ['3', '1']]);
		adapter.describeRequest = (request) => ({ method: 'POST', url: 'https://sms.example/send', body: { mobile: request.join(',') } });
		const items = await runSend(context(2), 'Fake', adapter, { ...settings, dryRun: true });
		expect(requests).toEqual([]);
		expect(items.map((item) => [item.json.mobile, item.json.success, item.json.dryRun, item.json.messageId, item.pairedItem])).toEqual([
			['1', false, true, null, { item: 0 }],
			['2', false, true, null, { item: 0 }],
			['3', false, true, null, { item: 1 }],
			['1', false, true, null, { item: 1 }],
		]);
		// The request that would carry each number: numbers chunked to Batch Size 2, each number once per request.
		expect(items.map((item) => (item.json.request as { body: { mobile: string } }).body.mobile)).toEqual(['1,2', '1,2', '3,1', '3,1']);
		expect(items[0].json).not.toHaveProperty('error');
		expect(hints).toEqual(['Preview only, nothing was sent: 3 recipient(s), 4 message(s), 7 billed segment(s) would go out.']);
	});

	test('a dry run still stops on a bad item before anything, like a send', async () => {
		const { adapter, requests } = textProvider([['1'], ['bad']]);
		await expect(runSend(context(2), 'Fake', adapter, { ...settings, dryRun: true })).rejects.toThrow('Mobile Numbers: "bad" is not a mobile number [item 1]');
		expect(requests).toEqual([]);
	});
});
