import type { INodeListSearchResult } from 'n8n-workflow';

import { runListSearch } from '../harness/runWorkflow';
import { locator, useLiupai, wire } from './setup';

const { sandbox, run, listSearch, received, appkey, credentials } = useLiupai();

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
		['marketing without 回TD退订', { isMarketing: true, content: '【Demo】周末全场五折' }, /Content: a marketing template must contain "回TD退订"/],
		['a sub-account ID that is not a number', { accountId: locator('={{ "x" }}') }, /Sub-Account: "x" is not an ID/],
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

	describe('"From List" of templates (Message → Send, and the trigger)', () => {
		const send = (accountId?: unknown, extra: Record<string, unknown> = {}) => ({
			resource: 'message',
			operation: 'send',
			contentMode: 'template',
			...(accountId === undefined ? {} : { accountId }),
			...extra,
		});
		const values = (result: INodeListSearchResult) => result.results.map((r) => r.value);

		test('only the chosen sub-account’s templates, however the editor sends the choice', async () => {
			// As the editor sends a pick from the list (mode "list", with the name it showed).
			const picked = { __rl: true, mode: 'list', value: '13', cachedResultName: '【Other】 Other Co. Ltd [pending review] (13)' };
			expect(values(await listSearch('searchTemplates', send(picked)))).toEqual(['1005']);
			// By ID, and a plain value (a workflow saved before the field was a resource locator).
			const mine = await listSearch('searchTemplates', send(locator(12)));
			expect(values(mine)).toEqual(['1001', '1002', '1003', '1004']);
			expect(mine.results[0]).toEqual({ name: 'login_code [approved] 【Demo】您的验证码是@', value: '1001' });
			expect(values(await listSearch('searchTemplates', send('12')))).toEqual(['1001', '1002', '1003', '1004']);
			// An expression the editor resolved (it sends the value) is used like a typed ID.
			expect(values(await listSearch('searchTemplates', send({ __rl: true, mode: 'id', value: '13' })))).toEqual(['1005']);
			// One templatelist request, for that sub-account only.
			sandbox.server.clearRequests();
			await listSearch('searchTemplates', send(locator(13)), '签收');
			expect(received().map((r) => [r.path, (r.body as { accountid?: string }).accountid])).toEqual([['/sms/templatelist', '13']]);
		});

		test('search text filters by name, ID or text within the chosen sub-account', async () => {
			expect(values(await listSearch('searchTemplates', send(locator(12)), '订单'))).toEqual(['1002']);
			expect(values(await listSearch('searchTemplates', send(locator(12)), '1004'))).toEqual(['1004']);
			expect(values(await listSearch('searchTemplates', send(locator(13)), '订单'))).toEqual(['1005']);
		});

		test('with no sub-account, or one the editor cannot resolve yet, the approved sub-accounts’ templates, each naming its sub-account', async () => {
			const all = await listSearch('searchTemplates', send(), '订单');
			// 1005 belongs to sub-account 13, which is still under review: it cannot send, so it is not offered.
			expect(all.results).toEqual([{ name: 'pending [pending review, cannot send] (sub-account 12 【Demo】 Demo Co. Ltd) 【Demo】您的订单@已发货', value: '1002' }]);
			const unresolved = { __rl: true, mode: 'id', value: '={{ $json.accountId }}' };
			expect(values(await listSearch('searchTemplates', send(unresolved)))).toEqual(['1001', '1002', '1003', '1004']);
			expect(values(await listSearch('searchTemplates', send(null)))).toEqual(['1001', '1002', '1003', '1004']);
			// Exact Text mode has no sub-account field: the same list.
			expect(values(await listSearch('searchTemplates', send(undefined, { contentMode: 'text' })))).toEqual(['1001', '1002', '1003', '1004']);
			// Once sub-account 13 is approved, its templates are offered too.
			sandbox.accounts.get(13)!.status = 1;
			expect(values(await listSearch('searchTemplates', send(), '订单'))).toEqual(['1002', '1005']);
		});

		test('the trigger (no sub-account field, not a send) lists every sub-account’s templates with their sub-account', async () => {
			const result = await runListSearch({ type: 'n8n-nodes-china-sms.liupaiTrigger', credentialType: 'liupaiApi', parameters: { reportStatus: 'any' } }, 'searchTemplates', credentials(), '订单');
			expect(result.results).toEqual([
				{ name: 'pending [pending review, cannot send] (sub-account 12 【Demo】 Demo Co. Ltd) 【Demo】您的订单@已发货', value: '1002' },
				{ name: 'other_notice [approved] (sub-account 13 【Other】 Other Co. Ltd) 【Other】@您好,订单@已签收', value: '1005' },
			]);
		});
	});
});
