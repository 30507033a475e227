import { locator, useLiupai, variables, wire } from './setup';

const { sandbox, run, received, appkey } = useLiupai();

const logs = (extra: Record<string, unknown> = {}) => ({ resource: 'sendLog', operation: 'getMany', ...extra });

/** Sends `count` messages through the node, at fixed sandbox times. */
async function sendMany(count: number, startAt: string) {
	sandbox.setClock(startAt);
	for (let i = 0; i < count; i++) {
		const mobile = `1380013${String(8000 + i).padStart(4, '0')}`;
		const result = await run({ resource: 'message', operation: 'send', mobiles: mobile, accountId: locator(12), templateId: locator(1001), variables: variables(String(1000 + i)), options: { delay: 0 } });
		expect(result.items[0].json.success).toBe(true);
		sandbox.advanceClock(3_600_000);
	}
	sandbox.server.clearRequests();
}

describe('Liupai Send Log → Get Many', () => {
	test('sends the filters as Beijing days and returns rows with msgid as an exact string', async () => {
		await sendMany(2, '2026-11-25T17:00:00Z');
		const result = await run(logs({ limit: 10, filters: { templateId: '1001', startDate: '2026-11-26T00:00:00+08:00', endDate: '2026-11-26' } }));
		expect(received().map(wire)).toEqual([
			{ method: 'POST', path: '/sms/sendlogs', query: { appkey }, body: { templateid: '1001', start_date: '2026-11-26', end_date: '2026-11-26', page: '1' } },
			{ method: 'POST', path: '/sms/sendlogs', query: { appkey }, body: { templateid: '1001', start_date: '2026-11-26', end_date: '2026-11-26', page: '2' } },
		]);
		expect(result.items.map((i) => i.json)).toEqual([
			{ sendtime: '2026-11-26 02:00:00', mobile: '13800138001', message: '【Demo】您的验证码是1001', msgid: '202611260000000002', is_ok: 1 },
			{ sendtime: '2026-11-26 01:00:00', mobile: '13800138000', message: '【Demo】您的验证码是1000', msgid: '202611260000000001', is_ok: 0 },
		]);
	});

	test('Return All reads pages until an empty one (sendlogs has no page size)', async () => {
		await sendMany(25, '2026-11-20T00:00:00Z');
		const result = await run(logs({ returnAll: true }));
		expect(received().map((r) => (r.body as { page: string }).page)).toEqual(['1', '2', '3']);
		expect(result.items).toHaveLength(25);
		expect(new Set(result.items.map((i) => i.json.msgid)).size).toBe(25);
	});

	test('Limit stops reading once enough rows are in', async () => {
		await sendMany(25, '2026-11-20T00:00:00Z');
		const result = await run(logs({ limit: 5 }));
		expect(received()).toHaveLength(1);
		expect(result.items).toHaveLength(5);
	});

	test('a server that ignores page is read twice, not forever', async () => {
		await sendMany(3, '2026-11-20T00:00:00Z');
		sandbox.ignorePage = true;
		const result = await run(logs({ returnAll: true }));
		expect(received().map((r) => (r.body as { page: string }).page)).toEqual(['1', '2']);
		expect(result.items).toHaveLength(3);
	});

	test.each([
		['a template ID with letters', { templateId: '10a' }, /Template ID: "10a" is not a template ID/],
		['a start date that is not a date', { startDate: 'yesterday' }, /Start Date: "yesterday" is not a date/],
		['a start after the end', { startDate: '2026-11-27', endDate: '2026-11-26' }, /Start Date: 2026-11-27 is after the End Date 2026-11-26/],
	])('refuses %s before sending', async (_name, filters, message) => {
		const result = await run(logs({ filters }));
		expect(result.error?.message).toMatch(message);
		expect(received()).toHaveLength(0);
	});

	test('a provider error in the middle of paging is a NodeApiError; with Continue On Fail an error item', async () => {
		sandbox.failNext({ kind: 'status', status: 202, msg: 'start_date格式错误', result: [] });
		const result = await run(logs(), { continueOnFail: true });
		expect(result.items).toEqual([{ json: expect.objectContaining({ code: '202', error: 'Liupai error 202: A parameter is not in the expected format' }), pairedItem: { item: 0 } }]);
	});
});
