import { expectFormPost, form, jsonOf, useYunpian } from './setup';

const { sandbox, run, received, apiKey } = useYunpian();

const period = { startTime: '2026-11-26 00:00:00', endTime: '2026-11-26T23:59:59+08:00' };

async function sendSome(count: number) {
	const mobiles = Array.from({ length: count }, (_, i) => `1390000${String(i).padStart(4, '0')}`).join(',');
	await run({ resource: 'sms', operation: 'sendBatch', mobiles, text: '【ACME】Your parcel has arrived' });
	sandbox.server.clearRequests();
}

describe('Yunpian SMS → Pull Delivery Reports / Pull Replies', () => {
	test('pull_status sends page_size, returns one item per report with sid as a string, and each report once', async () => {
		await sendSome(3);
		const first = await run({ resource: 'sms', operation: 'pullStatus', pageSize: 2 });
		expect(expectFormPost(received()[0], 'sms/pull_status', apiKey)).toEqual({ page_size: '2', apikey: apiKey });
		expect(jsonOf(first)).toEqual([
			expect.objectContaining({ sid: '9007199254740993', mobile: '13900000000', report_status: 'FAIL', error_msg: 'DB:0103' }),
			expect.objectContaining({ sid: '9007199254740994', mobile: '13900000001', report_status: 'SUCCESS' }),
		]);
		const second = await run({ resource: 'sms', operation: 'pullStatus', pageSize: 20 });
		expect(jsonOf(second).map((r) => r.mobile)).toEqual(['13900000002']);
		const empty = await run({ resource: 'sms', operation: 'pullStatus', pageSize: 20 });
		expect(empty.items).toEqual([]);
	});

	test('pull_reply returns the replies', async () => {
		const result = await run({ resource: 'sms', operation: 'pullReplies', pageSize: 20 });
		expect(form(received()[0])).toEqual({ page_size: '20', apikey: apiKey });
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({ id: '2a70c6bb4f2845da816ea1bfe5732747', mobile: '13900139000', text: '收到了，谢谢！' }),
			expect.objectContaining({ mobile: '13700137000', text: 'TD' }),
		]);
	});
});

describe('Yunpian SMS → Get Records / Get Replies / Count', () => {
	test('get_record converts times to Beijing time and pages with Return All', async () => {
		await sendSome(150);
		const result = await run({ resource: 'sms', operation: 'getRecords', ...period, returnAll: true, filters: {} });
		expect(result.error).toBeUndefined();
		expect(received().map((r) => form(r))).toEqual([
			{ start_time: '2026-11-26 00:00:00', end_time: '2026-11-26 23:59:59', page_num: '1', page_size: '100', apikey: apiKey },
			{ start_time: '2026-11-26 00:00:00', end_time: '2026-11-26 23:59:59', page_num: '2', page_size: '100', apikey: apiKey },
		]);
		expect(result.items).toHaveLength(150);
		expect(jsonOf(result)[0]).toMatchObject({ sid: '9007199254740993', mobile: '13900000000', send_time: '2026-11-26 10:00:00', text: '【ACME】Your parcel has arrived', fee: 1 });
	});

	test('get_record with a Limit, a mobile filter and the scope', async () => {
		await sendSome(5);
		const result = await run({ resource: 'sms', operation: 'getRecords', ...period, returnAll: false, limit: 3, filters: { mobile: '+8613900000004', type: 'all' } });
		expect(form(received()[0])).toMatchObject({ mobile: '13900000004', type: 'all', page_num: '1', page_size: '3' });
		expect(jsonOf(result).map((r) => r.mobile)).toEqual(['13900000004']);
	});

	test('get_reply sends the required paging fields', async () => {
		const result = await run({ resource: 'sms', operation: 'getReplies', ...period, returnAll: false, limit: 1, filters: {} });
		expect(form(received()[0])).toEqual({ start_time: '2026-11-26 00:00:00', end_time: '2026-11-26 23:59:59', page_num: '1', page_size: '1', apikey: apiKey });
		expect(jsonOf(result)).toEqual([expect.objectContaining({ mobile: '13900139000' })]);
	});

	test('count returns the total of the period', async () => {
		await sendSome(4);
		const result = await run({ resource: 'sms', operation: 'count', ...period, filters: {} });
		expect(expectFormPost(received()[0], 'sms/count', apiKey)).toEqual({ start_time: '2026-11-26 00:00:00', end_time: '2026-11-26 23:59:59', apikey: apiKey });
		expect(jsonOf(result)).toEqual([{ total: 4, startTime: '2026-11-26 00:00:00', endTime: '2026-11-26 23:59:59' }]);
	});

	test.each([
		['getRecords', { startTime: 'yesterday-ish' }, /Start Time: "yesterday-ish" is not a date and time/],
		['getReplies', { startTime: '2026-11-27 00:00:00' }, /End Time: .* is before the start time/],
		['count', { filters: { mobile: '123' } }, /Mobile Number: "123"/],
		['count', { endTime: '={{ "" }}' }, /End Time: no time given/],
	])('%s refuses bad input before sending', async (operation, extra, message) => {
		const result = await run({ resource: 'sms', operation, ...period, returnAll: true, filters: {}, ...extra });
		expect(result.error?.message).toMatch(message);
		expect(received()).toHaveLength(0);
	});
});

describe('Yunpian SMS → Check Blocked Words / Report Registration', () => {
	test('get_black_word lists the blocked words', async () => {
		const result = await run({ resource: 'sms', operation: 'checkBlackWords', text: '【ACME】高利贷 and 发票' });
		expect(form(received()[0])).toEqual({ text: '【ACME】高利贷 and 发票', apikey: apiKey });
		expect(jsonOf(result)).toEqual([{ clean: false, blackWords: ['高利贷', '发票'], result: '高利贷,发票' }]);
		const clean = await run({ resource: 'sms', operation: 'checkBlackWords', text: '【ACME】hello' });
		expect(jsonOf(clean)).toEqual([{ clean: true, blackWords: [], result: '' }]);
	});

	test('reg_complete reports the mobile and the time', async () => {
		const result = await run({ resource: 'sms', operation: 'reportRegistration', mobile: '13800138000', time: '2026-11-26T01:30:00Z' });
		expect(expectFormPost(received()[0], 'sms/reg_complete', apiKey)).toEqual({ mobile: '13800138000', time: '2026-11-26 09:30:00', apikey: apiKey });
		expect(jsonOf(result)).toEqual([{ mobile: '13800138000', success: true, code: 0, msg: 'OK' }]);
		expect(sandbox.registrations).toEqual([{ mobile: '13800138000', time: '2026-11-26 09:30:00' }]);
	});

	test('an empty text is refused before sending', async () => {
		const result = await run({ resource: 'sms', operation: 'checkBlackWords', text: ' ' });
		expect(result.error?.message).toMatch(/Text: no text given \[item 0\]/);
		expect(received()).toHaveLength(0);
	});
});
