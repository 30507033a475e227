import { expectNoLeak, locator, useLiupai, variables, wire } from './setup';

const { sandbox, run, received, appkey } = useLiupai();

const send = (extra: Record<string, unknown> = {}) => ({
	resource: 'message',
	operation: 'send',
	mobiles: '13800138001',
	contentMode: 'template',
	accountId: locator(12),
	templateId: locator(1001),
	variables: variables('123456'),
	options: { delay: 0 },
	...extra,
});

const sends = () => received().filter((request) => request.path === '/sms/send');

describe('Liupai Message → Send', () => {
	test('loads the template, then POSTs one form request with the appkey in the query', async () => {
		const result = await run(send());
		expect(result.error).toBeUndefined();
		expect(received().map(wire)).toEqual([
			{ method: 'POST', path: '/sms/templatelist', query: { appkey }, body: { accountid: '12', page: '1', pageSize: '20' } },
			{ method: 'POST', path: '/sms/send', query: { appkey }, body: { mobile: '13800138001', content: '【Demo】您的验证码是123456', templateid: '1001' } },
		]);
		expect(sends()[0].contentType).toContain('application/x-www-form-urlencoded');
		expect(result.items).toEqual([
			{
				json: {
					success: true,
					mobile: '13800138001',
					messageId: '202611260000000001',
					segments: 1,
					// The content as sent is what the phone shows: the template carries its 【signature】.
					preview: { text: '【Demo】您的验证码是123456', length: 18, segments: 1 },
					templateId: '1001',
					content: '【Demo】您的验证码是123456',
					accountId: 12,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(sandbox.root.usednum).toBe(1);
		expectNoLeak(result, appkey);
	});

	test('several recipients become one request each, in order, results paired to their item', async () => {
		const input = [{ to: '13800138001, +86 138 0013 8002, 13800138001' }, { to: '13900139003' }];
		const result = await run(send({ mobiles: '={{ $json.to }}', options: { delay: 1 } }), { input });
		expect(result.error).toBeUndefined();
		expect(received().filter((r) => r.path === '/sms/templatelist')).toHaveLength(1);
		expect(sends().map((r) => (r.body as { mobile: string }).mobile)).toEqual(['13800138001', '13800138002', '13900139003']);
		expect(result.items.map((i) => [i.json.mobile, i.json.success, i.json.messageId, i.pairedItem])).toEqual([
			['13800138001', true, '202611260000000001', { item: 0 }],
			['13800138002', true, '202611260000000002', { item: 0 }],
			['13900139003', true, '202611260000000003', { item: 1 }],
		]);
	});

	test('Exact Text mode sends the text as typed, without loading the template', async () => {
		const result = await run(send({ contentMode: 'text', content: ' 【Demo】您的验证码是9876 ', templateId: locator(1001) }));
		expect(result.error).toBeUndefined();
		expect(received().map(wire)).toEqual([
			{ method: 'POST', path: '/sms/send', query: { appkey }, body: { mobile: '13800138001', content: '【Demo】您的验证码是9876', templateid: '1001' } },
		]);
	});

	test('a marketing template without @ needs no variables', async () => {
		const result = await run(send({ templateId: locator(1004), variables: {} }));
		expect(result.items[0].json).toMatchObject({ success: true, content: '【Demo】新品上市,回TD退订' });
	});

	describe('bad input is refused before anything is sent', () => {
		test.each([
			['an invalid number', { mobiles: '13800138001, 12345' }, /Mobile Numbers: "12345" is not a mobile number.*\[item 0\]/],
			['an international number', { mobiles: '+14155550100' }, /Mobile Numbers: .*international/],
			['no number', { mobiles: ' ; ' }, /Mobile Numbers: no mobile number given/],
			['a template ID that is not a number', { templateId: locator('={{ "abc" }}') }, /Template: "abc" is not an ID/],
			['no sub-account in template mode', { accountId: locator('={{ "" }}') }, /Sub-Account: nothing selected/],
			['empty exact text', { contentMode: 'text', content: '  ' }, /Content: is empty/],
		])('%s', async (_name, extra, message) => {
			const result = await run(send(extra));
			expect(result.error?.message).toMatch(message);
			expect(result.error?.name).toBe('NodeOperationError');
			expect(received()).toHaveLength(0);
		});

		test.each([
			['too few values', { variables: {} }, /Template Variables: template 1001 has 1 @ placeholder\(s\) but 0 value\(s\)/],
			['an empty value', { variables: variables(' ') }, /Template Variables: value 1 is empty/],
			['a template under review', { templateId: locator(1002) }, /Template: template 1002 is pending review/],
			['a rejected template, with its reason', { templateId: locator(1003) }, /template 1003 is rejected and cannot send \(签名不符\)/],
			['a template of another sub-account', { templateId: locator(1005) }, /template 1005 is not a template of sub-account 12/],
		])('%s (checked against the template list, nothing sent)', async (_name, extra, message) => {
			const result = await run(send(extra));
			expect(result.error?.message).toMatch(message);
			expect(result.error?.description).toBeTruthy();
			expect(received().map((r) => r.path)).toEqual(['/sms/templatelist']);
		});

		test('a number repeated beyond Max Sends per Number per Run stops the run before any send', async () => {
			const input = Array.from({ length: 5 }, () => ({ to: '13800138001' }));
			const result = await run(send({ mobiles: '={{ $json.to }}' }), { input });
			expect(result.error?.message).toMatch(/Mobile Numbers: 13800138001 would get 5 messages in this run; the limit is 4 \[item 4\]/);
			expect(sends()).toHaveLength(0);
		});

		test('one bad item among several: nothing is sent', async () => {
			const result = await run(send({ mobiles: '={{ $json.to }}' }), { input: [{ to: '13800138001' }, { to: 'oops' }] });
			expect(result.error?.message).toMatch(/\[item 1\]/);
			expect(sends()).toHaveLength(0);
		});
	});

	test('Continue On Fail: a bad item becomes an error item, the good one is sent', async () => {
		const result = await run(send({ mobiles: '={{ $json.to }}' }), { input: [{ to: 'oops' }, { to: '13800138001' }], continueOnFail: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			{ json: expect.objectContaining({ error: expect.stringContaining('"oops"') }), pairedItem: { item: 0 } },
			{ json: expect.objectContaining({ mobile: '13800138001', success: true }), pairedItem: { item: 1 } },
		]);
		expect(sends()).toHaveLength(1);
	});

	describe('Liupai refusals become NodeApiErrors, never successes', () => {
		test('204 template not approved (Exact Text mode skips the node’s own check)', async () => {
			const result = await run(send({ contentMode: 'text', content: '【Demo】您的订单A1已发货', templateId: locator(1002) }));
			expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'Liupai error 204: The template has not been approved' });
			expect(result.error?.description).toContain('The failed request was for 13800138001 (item 0).');
		});

		test('205 content that does not match the template', async () => {
			const result = await run(send({ contentMode: 'text', content: '【Demo】hello' }));
			expect(result.error?.message).toBe('Liupai error 205: The content does not match the template');
			expect(result.error?.description).toContain('Template With Variables');
		});

		test('104 anti-abuse limit: the 5th code to one number within a minute', async () => {
			sandbox.setClock('2026-11-26T02:00:00Z');
			const four = await run(send({ mobiles: '13800138001' }), { input: [{}, {}, {}, {}] });
			expect(four.items.every((item) => item.json.success === true)).toBe(true);
			const fifth = await run(send());
			expect(fifth.error?.message).toBe('Liupai error 104: Too many requests: a rate or quota limit was hit');
			expect(fifth.error?.description).toContain('4 times a minute, 5 an hour and 8 a day');
			sandbox.advanceClock(61_000);
			expect((await run(send())).items[0].json.success).toBe(true);
			sandbox.advanceClock(61_000);
			expect((await run(send())).error?.message).toMatch(/^Liupai error 104/);
		});

		test('206 quota exhausted', async () => {
			sandbox.root.usednum = sandbox.root.totalnum;
			const result = await run(send());
			expect(result.error?.message).toBe('Liupai error 206: Not enough messages left on the account');
		});

		test('a send answered with count "0" is a failure', async () => {
			sandbox.failNext({ kind: 'zeroCount' });
			const result = await run(send({ contentMode: 'text', content: '【Demo】您的验证码是1' }));
			expect(result.error?.message).toBe('Liupai error NOT_SENT: Liupai accepted the request but reports 0 messages sent');
		});

		test('a success without result is a failure that may have sent the message, and is not retried', async () => {
			sandbox.failNext({ kind: 'noResult' });
			const result = await run(send({ contentMode: 'text', content: '【Demo】您的验证码是1' }));
			expect(result.error?.message).toBe('Liupai answered HTTP 200 with an answer this operation cannot use: the answer has no result');
			expect(result.error?.description).toContain('The message may have been sent');
			expect(sends()).toHaveLength(1);
		});

		test('a failure with several recipients stops at the failing one and says how many were sent', async () => {
			sandbox.failNext({ kind: 'status', status: 104, msg: '请求超过次数限制' });
			const result = await run(send({ contentMode: 'text', content: '【Demo】您的验证码是1', mobiles: '13800138001, 13800138002' }));
			expect(result.error?.message).toMatch(/^Liupai error 104/);
			expect(result.error?.description).toContain('The failed request was for 13800138001 (item 0). 1 number(s) after the failed request were not sent.');
			expect(sends()).toHaveLength(1);
		});

		test('Continue On Fail: each recipient gets its own result, the failed one with success false and the code', async () => {
			sandbox.failNext({ kind: 'status', status: 206, msg: '余额不足', result: [] });
			const input = [{ to: '13800138001, 13800138002' }, { to: '13900139003' }];
			const result = await run(send({ mobiles: '={{ $json.to }}', contentMode: 'text', content: '【Demo】您的验证码是1' }), { input, continueOnFail: true });
			expect(result.error).toBeUndefined();
			expect(result.items.map((i) => [i.json.mobile, i.json.success, i.json.errorCode, i.pairedItem])).toEqual([
				['13800138001', false, '206', { item: 0 }],
				['13800138002', true, undefined, { item: 0 }],
				['13900139003', true, undefined, { item: 1 }],
			]);
			expect(result.items[0].json).toMatchObject({ messageId: null, error: expect.stringContaining('Liupai error 206'), httpCode: '200', templateId: '1001' });
			expect(result.items[1].json).toMatchObject({ messageId: '202611260000000001', segments: 1 });
		});
	});
});
