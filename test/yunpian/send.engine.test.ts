import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { byId, form, jsonOf, useYunpian, vars } from './setup';

const { sandbox, run, received } = useYunpian();

const FIRST_SID = 9007199254740993n;
/** The n-th sid the sandbox hands out after a reset (0-based). */
const sid = (n: number) => String(FIRST_SID + BigInt(n));

const mobile = (n: number) => `139${String(n).padStart(8, '0')}`;
const pairedItems = (items: INodeExecutionData[]) => items.map((item) => (item.pairedItem as { item: number }).item);

/** The message ID the sandbox recorded for each number it accepted (SMS only). */
const sandboxSids = () => new Map(sandbox.messages.map((message) => [message.mobile, message.sid]));

/**
 * Every sending operation of the node, with parameters that send to `mobiles` (one item per number
 * for the single and per-recipient sends), its endpoint, and its provider extras after the common fields.
 */
interface SendCase {
	name: string;
	path: string;
	parameters: IDataObject;
	/** Input items sending to these numbers. */
	input: (mobiles: string[]) => IDataObject[];
	extraKeys: string[];
	/** Whether the output carries the text the phone shows (SMS texts and templates; not calls or video SMS). */
	textPreview: boolean;
	/** Whether the node counts the segments before sending (SMS texts and templates), so a failed number has them too. */
	segmentsBefore: boolean;
}

const perItem = (mobiles: string[]) => mobiles.map((m) => ({ m }));
const asList = (mobiles: string[]) => [{ m: mobiles.join(',') }];

const single: SendCase[] = [
	{ name: 'SMS → Send', path: 'sms/single_send', parameters: { resource: 'sms', operation: 'send', mobile: '={{ $json.m }}', text: '【ACME】Your code is 1234' }, input: perItem, extraKeys: ['fee', 'unit'], segmentsBefore: true, textPreview: true },
	{
		name: 'SMS → Send by Template',
		path: 'sms/tpl_single_send',
		parameters: { resource: 'sms', operation: 'sendTemplate', mobile: '={{ $json.m }}', templateId: byId(1), variables: vars({ code: '1234' }) },
		input: perItem,
		extraKeys: ['templateId', 'fee', 'unit'],
		segmentsBefore: true,
		textPreview: true,
	},
	{ name: 'Voice → Send Code', path: 'voice/send', parameters: { resource: 'voice', operation: 'sendCode', mobile: '={{ $json.m }}', code: '1234' }, input: perItem, extraKeys: ['fee', 'unit'], segmentsBefore: false, textPreview: false },
	{
		name: 'Voice → Send Notification',
		path: 'voice/tpl_notify',
		parameters: { resource: 'voice', operation: 'sendNotification', mobile: '={{ $json.m }}', templateId: byId(101), variables: vars({ order: 'A1', time: '17点' }) },
		input: perItem,
		extraKeys: ['templateId', 'fee', 'unit'],
		segmentsBefore: false,
		textPreview: false,
	},
];

const batched: SendCase[] = [
	{ name: 'SMS → Send Batch', path: 'sms/batch_send', parameters: { resource: 'sms', operation: 'sendBatch', mobiles: '={{ $json.m }}', text: '【ACME】Your parcel has arrived' }, input: asList, extraKeys: ['fee', 'unit'], segmentsBefore: true, textPreview: true },
	{
		name: 'SMS → Send Personalized',
		path: 'sms/multi_send',
		parameters: { resource: 'sms', operation: 'sendMulti', mobile: '={{ $json.m }}', text: '={{ "【ACME】Your code is " + $itemIndex }}' },
		input: perItem,
		extraKeys: ['fee', 'unit'],
		segmentsBefore: true,
		textPreview: true,
	},
	{
		name: 'SMS → Send Template Batch',
		path: 'sms/tpl_batch_send',
		parameters: { resource: 'sms', operation: 'sendTemplateBatch', mobiles: '={{ $json.m }}', templateId: byId(1), variables: vars({ code: '8888' }) },
		input: asList,
		extraKeys: ['templateId', 'fee', 'unit'],
		segmentsBefore: true,
		textPreview: true,
	},
	{ name: 'Video SMS → Send', path: 'vsms/tpl_batch_send', parameters: { resource: 'videoSms', operation: 'send', mobiles: '={{ $json.m }}', videoTemplateId: '126' }, input: asList, extraKeys: ['templateId', 'fee', 'unit'], segmentsBefore: false, textPreview: false },
];

const withOptions = (send: SendCase, options: IDataObject) => ({ ...send.parameters, options });

describe('every Yunpian send has the one output schema', () => {
	test.each([...single, ...batched])('$name: success, mobile, messageId, segments, then Yunpian’s extras', async (send) => {
		const result = await run(send.parameters, { input: send.input([mobile(1), mobile(2)]) });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		for (const [index, item] of result.items.entries()) {
			expect(Object.keys(item.json)).toEqual(['success', 'mobile', 'messageId', 'segments', ...(send.textPreview ? ['preview'] : []), ...send.extraKeys]);
			expect(item.json).toMatchObject({ success: true, mobile: mobile(index + 1), messageId: expect.any(String), segments: 1, unit: 'RMB' });
		}
		expect(new Set(jsonOf(result).map((json) => json.messageId)).size).toBe(2);
		// No Yunpian names for the same things (sid, count, code, msg).
		expect(JSON.stringify(jsonOf(result))).not.toMatch(/"(sid|count|code|msg)":/);
	});

	test.each([...single, ...batched])('$name: a failed request gives each of its numbers success false, errorCode and error (Continue On Fail)', async (send) => {
		sandbox.failNext(-51, 'busy', 400, { path: send.path });
		const result = await run(send.parameters, { input: send.input([mobile(1)]), continueOnFail: true });
		const [json] = jsonOf(result);
		expect(json).toMatchObject({ success: false, mobile: mobile(1), messageId: null, errorCode: '-51', error: 'Yunpian error -51: Yunpian is busy' });
		const keys = ['success', 'mobile', 'messageId', ...(send.segmentsBefore ? ['segments'] : []), 'error', 'errorCode', 'description', 'httpCode'];
		expect(Object.keys(json).slice(0, keys.length)).toEqual(keys);
	});

	test('a code-0 answer without a sid is not a success: it may have been sent', async () => {
		sandbox.answerNext({ status: 200, body: { code: 0, msg: '发送成功', count: 1, fee: 0.05, unit: 'RMB', mobile: mobile(1) } });
		const result = await run(single[0].parameters, { input: perItem([mobile(1)]) });
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)).toEqual([
			{
				success: false,
				mobile: mobile(1),
				messageId: null,
				segments: 1,
				error: 'Yunpian accepted the request but gave no message ID for this number: it may have been sent. Check the send records (SMS → Get Records) before sending it again.',
				errorCode: 'NO_MESSAGE_ID',
				preview: { text: '【ACME】Your code is 1234', length: 23, segments: 1 },
				fee: 0.05,
				unit: 'RMB',
			},
		]);
	});

	test('a batch answer without a result for a number is not a success either', async () => {
		sandbox.answerNext({ status: 200, body: { total_count: 1, total_fee: '0.0500', unit: 'RMB', data: [{ code: 0, msg: '发送成功', count: 1, fee: 0.05, unit: 'RMB', mobile: mobile(2), sid: 77 }] } });
		const result = await run(batched[0].parameters, { input: asList([mobile(1), mobile(2)]) });
		expect(jsonOf(result).map((json) => [json.mobile, json.success, json.messageId, json.errorCode])).toEqual([
			[mobile(1), false, null, 'NO_RESULT'],
			[mobile(2), true, '77', undefined],
		]);
		expect(jsonOf(result)[0].error).toMatch(/no result for this number: it may have been sent/);
	});
});

describe('a request that fails never hides what other requests delivered', () => {
	// Five numbers, Batch Size 2: requests [1, 2] [3, 4] [5]; the second one fails.
	test.each(batched)('$name with Continue On Fail: delivered numbers keep their message IDs, the failed ones get error items', async (send) => {
		const numbers = [1, 2, 3, 4, 5].map(mobile);
		const input = send.input(numbers);
		sandbox.failNext(-53, 'submit failed', 400, { path: send.path, skip: 1 });
		const result = await run(withOptions(send, { batchSize: 2 }), { input, continueOnFail: true });
		expect(result.error).toBeUndefined();
		const posts = sandbox.requests(send.path);
		expect(posts.map((request) => form(request).mobile)).toEqual([`${numbers[0]},${numbers[1]}`, `${numbers[2]},${numbers[3]}`, numbers[4]]);
		expect(result.items.map((item) => [item.json.mobile, item.json.success, item.json.messageId, item.json.errorCode ?? null])).toEqual([
			[numbers[0], true, sid(0), null],
			[numbers[1], true, sid(1), null],
			[numbers[2], false, null, '-53'],
			[numbers[3], false, null, '-53'],
			[numbers[4], true, sid(2), null],
		]);
		expect(pairedItems(result.items)).toEqual(input.length === 1 ? [0, 0, 0, 0, 0] : [0, 1, 2, 3, 4]);
		expect(result.items[2].json.error).toBe('Yunpian error -53: The SMS could not be submitted');
		if (send.path.startsWith('sms/')) expect(sandbox.messages.map((message) => message.mobile)).toEqual([numbers[0], numbers[1], numbers[4]]);
	});

	test('the issue’s case: one item, three numbers, Batch Size 2, the second request fails: two delivered items and one error item', async () => {
		sandbox.failNext(-51, 'busy', 400, { path: 'sms/batch_send', skip: 1 });
		const parcel = { text: '【ACME】Your parcel has arrived', length: 29, segments: 1 };
		const result = await run({ ...batched[0].parameters, mobiles: '13800000001,13800000002,13800000003', options: { batchSize: 2 } }, { continueOnFail: true });
		expect(result.items).toEqual([
			{ json: { success: true, mobile: '13800000001', messageId: sid(0), segments: 1, preview: parcel, fee: 0.05, unit: 'RMB' }, pairedItem: { item: 0 } },
			{ json: { success: true, mobile: '13800000002', messageId: sid(1), segments: 1, preview: parcel, fee: 0.05, unit: 'RMB' }, pairedItem: { item: 0 } },
			{ json: expect.objectContaining({ success: false, mobile: '13800000003', messageId: null, errorCode: '-51' }), pairedItem: { item: 0 } },
		]);
	});

	test('without Continue On Fail the node stops at the failed request and says how many numbers were already accepted, with their IDs', async () => {
		const numbers = [1, 2, 3, 4, 5].map(mobile);
		sandbox.failNext(-53, 'submit failed', 400, { path: 'sms/batch_send', skip: 1 });
		const result = await run(withOptions(batched[0], { batchSize: 2 }), { input: asList(numbers) });
		expect(result.error?.message).toBe('Yunpian error -53: The SMS could not be submitted');
		expect(result.error?.description).toContain(
			`2 number(s) were already accepted by earlier requests of this run (message IDs: ${sid(0)}, ${sid(1)}): check the send records (SMS → Get Records) before running again, so nobody gets the message twice.`,
		);
		expect(result.error?.description).toContain('1 number(s) after the failed request were not sent.');
		expect(sandbox.requests('sms/batch_send')).toHaveLength(2);
		expect(sandbox.messages.map((message) => message.mobile)).toEqual([numbers[0], numbers[1]]);
	});

	test('one number per request (SMS → Send): the stopping error names the calls already accepted too', async () => {
		sandbox.failNext(-51, 'busy', 400, { path: 'sms/single_send', skip: 1 });
		const result = await run(single[0].parameters, { input: perItem([mobile(1), mobile(2), mobile(3)]) });
		expect(result.error?.message).toBe('Yunpian error -51: Yunpian is busy');
		expect(result.error?.description).toContain(`1 number(s) were already accepted by earlier requests of this run (message IDs: ${sid(0)})`);
		expect(result.error?.description).toContain(`The failed request was for ${mobile(2)} (item 1).`);
		expect(sandbox.requests('sms/single_send')).toHaveLength(2);
	});

	test('Voice: the accepted calls are named with a pointer to the call reports', async () => {
		sandbox.failNext(-51, 'busy', 400, { path: 'voice/send', skip: 1 });
		const result = await run(single[2].parameters, { input: perItem([mobile(1), mobile(2)]) });
		expect(result.error?.description).toMatch(/1 number\(s\) were already accepted .*\(message IDs: [0-9a-f]{32}\): check the call reports \(Voice → Pull Call Reports\)/);
	});
});

describe('no send is retried; reads are', () => {
	test('an HTTP 503 on a batch send is reported once, saying the message may have been sent', async () => {
		sandbox.failNext(-51, 'busy', 503, { path: 'sms/batch_send' });
		const result = await run(batched[0].parameters, { input: asList([mobile(1), mobile(2)]), continueOnFail: true });
		expect(sandbox.requests('sms/batch_send')).toHaveLength(1);
		expect(jsonOf(result).map((json) => [json.mobile, json.success, json.errorCode, json.httpCode])).toEqual([
			[mobile(1), false, '-51', '503'],
			[mobile(2), false, '-51', '503'],
		]);
		expect(jsonOf(result)[0].description).toContain('The message may have been sent');
		expect(sandbox.messages).toHaveLength(0);
	});

	test('an HTTP 503 on the template check before a send is retried, then the send goes out once', async () => {
		sandbox.failNext(-51, 'busy', 503, { path: 'tpl/get' });
		const result = await run(single[1].parameters, { input: perItem([mobile(1)]) });
		expect(result.error).toBeUndefined();
		expect(received().map((request) => request.path)).toEqual(['/v2/tpl/get.json', '/v2/tpl/get.json', '/v2/sms/tpl_single_send.json']);
		expect(jsonOf(result)[0]).toMatchObject({ success: true, messageId: sid(0) });
	});
});

describe('Batch Size and Parallel Requests', () => {
	test.each([
		['Batch Size', { batchSize: 1001 }, /Batch Size: 1001 is not a whole number from 1 to 1000 \[item 0\]/],
		['Batch Size', { batchSize: 0 }, /Batch Size: 0 is not a whole number/],
		['Parallel Requests', { parallelRequests: 11 }, /Parallel Requests: 11 is not a whole number from 1 to 10 \[item 0\]/],
		['Parallel Requests', { parallelRequests: 2.5 }, /Parallel Requests: 2.5 is not a whole number/],
	])('a bad %s stops the node before anything is sent, even with Continue On Fail', async (_name, options, message) => {
		const result = await run(withOptions(batched[0], options), { input: asList([mobile(1), mobile(2)]), continueOnFail: true });
		expect(result.error?.message).toMatch(message);
		expect(received()).toHaveLength(0);
	});

	test('one request at a time by default', async () => {
		sandbox.answerDelayMs = 5;
		const numbers = Array.from({ length: 8 }, (_, i) => mobile(i));
		const result = await run(withOptions(batched[0], { batchSize: 2 }), { input: asList(numbers) });
		expect(result.error).toBeUndefined();
		expect(sandbox.requests('sms/batch_send')).toHaveLength(4);
		expect(sandbox.maxInFlight).toBe(1);
	});

	test('at most Parallel Requests in flight; the output is still in input order, each number with its own message ID', async () => {
		sandbox.account.balance = 1000;
		// Earlier requests answer later, so answers arrive out of order.
		sandbox.answerDelayMs = (fields) => (fields.mobile?.startsWith(mobile(0)) ? 80 : 10 + (Number(fields.mobile?.slice(3, 11)) % 7) * 5);
		const numbers = Array.from({ length: 40 }, (_, i) => mobile(i));
		const input = numbers.map((m) => ({ m }));
		const result = await run({ ...batched[0].parameters, options: { batchSize: 4, parallelRequests: 3 } }, { input });
		expect(result.error).toBeUndefined();
		expect(sandbox.requests('sms/batch_send')).toHaveLength(10);
		expect(sandbox.maxInFlight).toBe(3);
		const sids = sandboxSids();
		expect(result.items.map((item) => item.json.mobile)).toEqual(numbers);
		expect(pairedItems(result.items)).toEqual(numbers.map((_, i) => i));
		expect(result.items.every((item) => item.json.success === true && item.json.messageId === sids.get(item.json.mobile as string))).toBe(true);
		// The first request answered last: its numbers did not get the first sids.
		expect(result.items[0].json.messageId).not.toBe(sid(0));
	});
});

describe('100 000 recipients', () => {
	test('grouped by text and chunked to 1000: 100 requests, each number sent once, each result paired with its number and item', async () => {
		sandbox.account.balance = 1e6;
		const texts = ['【ACME】Your parcel has arrived', '【ACME】Your code is 9'];
		// 1000 items of 100 numbers; even items send one text, odd items the other.
		const input = Array.from({ length: 1000 }, (_, item) => ({ m: Array.from({ length: 100 }, (_, i) => mobile(item * 100 + i)).join(','), t: texts[item % 2] }));
		const result = await run({ resource: 'sms', operation: 'sendBatch', mobiles: '={{ $json.m }}', text: '={{ $json.t }}' }, { input });
		expect(result.error).toBeUndefined();

		const posts = sandbox.requests('sms/batch_send');
		expect(posts).toHaveLength(100);
		const sentTo = posts.map((request) => form(request).mobile.split(','));
		expect(sentTo.every((list) => list.length === 1000)).toBe(true);
		// Each request carries one text, and the numbers of the items with that text.
		for (const request of posts) {
			const text = form(request).text;
			const first = Number(form(request).mobile.slice(3, 11));
			expect(text).toBe(texts[Math.floor(first / 100) % 2]);
		}
		const all = sentTo.flat();
		expect(all).toHaveLength(100_000);
		expect(new Set(all).size).toBe(100_000);
		expect(sandbox.messages).toHaveLength(100_000);
		expect(new Set(sandbox.messages.map((message) => message.mobile)).size).toBe(100_000);

		expect(result.items).toHaveLength(100_000);
		const sids = sandboxSids();
		const wrong = result.items.filter((item, i) => {
			const json = item.json;
			return json.mobile !== mobile(i) || (item.pairedItem as { item: number }).item !== Math.floor(i / 100) || json.success !== true || json.messageId !== sids.get(mobile(i));
		});
		expect(wrong).toEqual([]);
	}, 120_000);
});
