import { locator, useLiupai, wire } from './setup';

const { sandbox, run, listSearch, received, appkey } = useLiupai();

const create = (extra: Record<string, unknown> = {}) => ({
	resource: 'template',
	operation: 'create',
	accountId: locator(12),
	title: 'order_shipped',
	content: '【Demo】您的订单@已发货',
	isMarketing: false,
	...extra,
});

describe('Liupai Template', () => {
	test('Create POSTs sms/addtemplate and returns the template pending review', async () => {
		const result = await run(create());
		expect(received().map(wire)).toEqual([
			{ method: 'POST', path: '/sms/addtemplate', query: { appkey }, body: { accountid: '12', title: 'order_shipped', content: '【Demo】您的订单@已发货', ismarket: '0' } },
		]);
		expect(result.items).toEqual([
			{ json: { accountid: 12, name: 'order_shipped', content: '【Demo】您的订单@已发货', templateid: 2001, status: 0, ismarket: 0 }, pairedItem: { item: 0 } },
		]);
	});

	test('Create sends ismarket=1 for a marketing template that contains 回TD退订', async () => {
		const result = await run(create({ isMarketing: true, content: '【Demo】周末全场五折,回TD退订' }));
		expect(result.error).toBeUndefined();
		expect(received()[0].body).toMatchObject({ ismarket: '1' });
	});

	test.each([
		['an empty title', { title: ' ' }, /Title: is empty \[item 0\]/],
		['empty content', { content: '={{ "  " }}' }, /Content: is empty/],
		['content of only placeholders', { content: '@ @' }, /Content: has only @ placeholders \(2\)/],
		['marketing without 回TD退订', { isMarketing: true, content: '【Demo】周末全场五折' }, /Content: a marketing template must contain 回TD退订/],
		['a sub-account ID that is not a number', { accountId: locator('={{ "x" }}') }, /Sub-Account \(子账号\): "x" is not an ID/],
	])('Create refuses %s before sending', async (_name, extra, message) => {
		const result = await run(create(extra));
		expect(result.error?.message).toMatch(message);
		expect(received()).toHaveLength(0);
	});

	test('Create maps 203 for an unknown sub-account', async () => {
		const result = await run(create({ accountId: locator(99) }));
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'Liupai error 203: The sub-account or template does not exist' });
	});

	test('Get Many lists one sub-account’s templates with Limit', async () => {
		const result = await run({ resource: 'template', operation: 'getMany', accountId: locator(12), limit: 2 });
		expect(received().map(wire)).toEqual([{ method: 'POST', path: '/sms/templatelist', query: { appkey }, body: { accountid: '12', page: '1', pageSize: '2' } }]);
		expect(result.items.map((i) => i.json.templateid)).toEqual([1001, 1002]);
		expect(result.items[0].json).toEqual({ templateid: 1001, name: 'login_code', content: '【Demo】您的验证码是@', ismarket: 0, status: 1, failreason: '', addtime: 1795000000 });
	});

	test('Get Many with Return All and a status filter', async () => {
		for (let i = 0; i < 30; i++) sandbox.templates.set(3000 + i, { ...sandbox.templates.get(1001)!, templateid: 3000 + i, status: i % 2 });
		const result = await run({ resource: 'template', operation: 'getMany', accountId: locator(12), returnAll: true, filters: { status: '0' } });
		expect(received().map((r) => (r.body as { page: string }).page)).toEqual(['1', '2']);
		expect(result.items.every((i) => i.json.status === 0)).toBe(true);
		expect(result.items).toHaveLength(16);
	});

	test('"From List" shows the chosen sub-account’s templates, or every sub-account’s', async () => {
		const mine = await listSearch('searchTemplates', { accountId: locator(12) });
		expect(mine.results.map((r) => r.value)).toEqual(['1001', '1002', '1003', '1004']);
		expect(mine.results[0]).toEqual({ name: 'login_code [approved] 【Demo】您的验证码是@', value: '1001' });
		const all = await listSearch('searchTemplates', {}, '订单');
		expect(all.results.map((r) => r.value)).toEqual(['1002', '1005']);
	});
});
