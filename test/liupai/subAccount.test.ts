import { expectNoLeak, locator, useLiupai, wire } from './setup';

const { sandbox, run, listSearch, received, appkey } = useLiupai();

const create = (extra: Record<string, unknown> = {}) => ({
	resource: 'subAccount',
	operation: 'create',
	company: 'ACME Technology Co., Ltd.',
	signature: '【ACME】',
	totalnum: 50,
	...extra,
});

describe('Liupai Sub-Account', () => {
	test('Create POSTs sms/addaccount with the documented fields and masks the callback password', async () => {
		const result = await run(create({ additionalFields: { statusUrl: 'https://example.com/status', replyUsername: 'u', replyPassword: 'p4ss' } }));
		expect(result.error).toBeUndefined();
		expect(received().map(wire)).toEqual([
			{
				method: 'POST',
				path: '/sms/addaccount',
				query: { appkey },
				body: { company: 'ACME Technology Co., Ltd.', signature: '【ACME】', totalnum: '50', statusurl: 'https://example.com/status', replyusername: 'u', replypassword: 'p4ss' },
			},
		]);
		expect(result.items).toEqual([
			{
				json: { company: 'ACME Technology Co., Ltd.', signature: '【ACME】', statusurl: 'https://example.com/status', replyurl: '', replyusername: 'u', replypassword: '***', totalnum: 50, accountid: 20 },
				pairedItem: { item: 0 },
			},
		]);
		expect(sandbox.accounts.get(20)).toMatchObject({ status: 0, replypassword: 'p4ss' });
	});

	describe('Create refuses bad input before sending', () => {
		test.each([
			['a signature without 【】', { signature: 'ACME' }, /Signature: "ACME" is not in the format 【XXX】 \[item 0\]/],
			['a signature with ASCII brackets', { signature: '[ACME]' }, /is not in the format 【XXX】/],
			['a one-character signature', { signature: '【A】' }, /must have 2 to 12 characters between 【 and 】/],
			['an empty company', { company: ' ' }, /Company: is empty/],
			['a total of 0', { totalnum: 0 }, /Total Messages: 0 is not a whole number of at least 1/],
			['a status URL that is not a URL', { additionalFields: { statusUrl: 'example.com' } }, /Status Report URL: "example.com" is not an http\(s\) URL/],
		])('%s', async (_name, extra, message) => {
			const result = await run(create(extra));
			expect(result.error?.message).toMatch(message);
			expect(result.error?.description).toBeTruthy();
			expect(received()).toHaveLength(0);
		});
	});

	test('Create maps 206 when the allotment exceeds the balance', async () => {
		const result = await run(create({ totalnum: 5000 }));
		expect(result.error?.message).toBe('Liupai error 206: Not enough messages left on the account');
	});

	test('Get Many pages with page/pageSize until a short page, and masks passwords unless asked', async () => {
		for (let i = 0; i < 25; i++) sandbox.accounts.set(100 + i, { ...sandbox.accounts.get(13)!, accountid: 100 + i });
		const result = await run({ resource: 'subAccount', operation: 'getMany', returnAll: true, simplify: false });
		expect(received().map((r) => r.body)).toEqual([
			{ page: '1', pageSize: '20' },
			{ page: '2', pageSize: '20' },
		]);
		expect(result.items).toHaveLength(27);
		expect(result.items[0].json).toMatchObject({ accountid: 12, replypassword: '***', status: 1 });
		const withPassword = await run({ resource: 'subAccount', operation: 'getMany', limit: 1, options: { includePassword: true } });
		expect(withPassword.items.map((i) => i.json.replypassword)).toEqual(['cb-pass']);
		expect(received().slice(2).map((r) => r.body)).toEqual([{ page: '1', pageSize: '1' }]);
	});

	test('Get Many reads a bare-array result as well', async () => {
		sandbox.listShape = 'array';
		const result = await run({ resource: 'subAccount', operation: 'getMany', limit: 5 });
		expect(result.items.map((i) => i.json.accountid)).toEqual([12, 13]);
	});

	test('Update reads the sub-account and sends every field with the change (Keep Unchanged Fields)', async () => {
		sandbox.editMode = 'replace';
		const result = await run({ resource: 'subAccount', operation: 'update', accountId: locator(12), updateFields: { totalnum: 300 } });
		expect(result.error).toBeUndefined();
		expect(received().map(wire)).toEqual([
			{ method: 'POST', path: '/sms/accountlist', query: { appkey }, body: { page: '1', pageSize: '20' } },
			{
				method: 'POST',
				path: '/sms/editaccount',
				query: { appkey },
				body: { accountid: '12', company: 'Demo Co. Ltd', signature: '【Demo】', statusurl: 'https://example.com/status', replyusername: 'cb-user', replypassword: 'cb-pass', totalnum: '300' },
			},
		]);
		expect(sandbox.accounts.get(12)).toMatchObject({ totalnum: 300, company: 'Demo Co. Ltd', replyusername: 'cb-user', status: 1 });
		expect(result.items[0].json).toMatchObject({ accountid: 12, totalnum: 300, replypassword: '***' });
	});

	test('Update without Keep Unchanged Fields sends only the change', async () => {
		const result = await run({ resource: 'subAccount', operation: 'update', accountId: locator(12), keepUnchanged: false, updateFields: { signature: '【Demo2】' } });
		expect(received().map(wire)).toEqual([{ method: 'POST', path: '/sms/editaccount', query: { appkey }, body: { accountid: '12', signature: '【Demo2】' } }]);
		expect(result.items[0].json).toMatchObject({ signature: '【Demo2】', company: 'Demo Co. Ltd' });
		expect(sandbox.accounts.get(12)?.status).toBe(0);
	});

	test.each([
		['nothing to update', { updateFields: {} }, /Update Fields: nothing to update/, 0],
		['a bad signature', { updateFields: { signature: 'Demo' } }, /Signature: "Demo" is not in the format/, 0],
		['an unknown sub-account', { accountId: locator(99), updateFields: { totalnum: 1 } }, /Sub-Account: sub-account 99 is not in this Liupai account/, 1],
	])('Update refuses %s before editaccount', async (_name, extra, message, reads) => {
		const result = await run({ resource: 'subAccount', operation: 'update', accountId: locator(12), ...extra });
		expect(result.error?.message).toMatch(message);
		expect(received()).toHaveLength(reads);
	});

	test('Update maps 203 for an unknown sub-account when it does not read first', async () => {
		const result = await run({ resource: 'subAccount', operation: 'update', accountId: locator(99), keepUnchanged: false, updateFields: { totalnum: 1 } });
		expect(result.error?.message).toBe('Liupai error 203: The sub-account or template does not exist');
		expectNoLeak(result, appkey);
	});

	describe('"From List" of sub-accounts', () => {
		const names = (result: { results: Array<{ name: string }> }) => result.results.map((r) => r.name);
		const demo = '【Demo】 Demo Co. Ltd [approved] (12)';
		const other = '【Other】 Other Co. Ltd [pending review] (13)';

		test('Message → Send offers only approved sub-accounts (also with the node’s defaults, which are Message → Send)', async () => {
			sandbox.accounts.set(14, { ...sandbox.accounts.get(13)!, accountid: 14, signature: '【Third】', company: 'Third Co.', status: 2, failreason: '资质不符' });
			expect(await listSearch('searchSubAccounts', { resource: 'message', operation: 'send', contentMode: 'template' })).toEqual({ results: [{ name: demo, value: '12' }] });
			expect(names(await listSearch('searchSubAccounts'))).toEqual([demo]);
			expect(names(await listSearch('searchSubAccounts', { resource: 'message', operation: 'send' }, 'other'))).toEqual([]);
		});

		test('other operations list every sub-account with its review status, filtered by text', async () => {
			sandbox.accounts.set(14, { ...sandbox.accounts.get(13)!, accountid: 14, signature: '【Third】', company: 'Third Co.', status: 2, failreason: '资质不符' });
			const rejected = '【Third】 Third Co. [rejected] (14)';
			for (const [resource, operation] of [['template', 'create'], ['template', 'getMany'], ['subAccount', 'update']]) {
				expect(names(await listSearch('searchSubAccounts', { resource, operation }))).toEqual([demo, other, rejected]);
			}
			const found = await listSearch('searchSubAccounts', { resource: 'subAccount', operation: 'update' }, 'other');
			expect(found.results).toEqual([{ name: other, value: '13' }]);
		});
	});
});
