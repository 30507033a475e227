import { expectNoLeak, locator, useLiupai, variables, wire } from './setup';

const { sandbox, run, resourceMapping, listSearch, received, appkey } = useLiupai();

/** Templates as Liupai users write them: several @, two side by side, and a full-width ＠ that is only text. */
const TEMPLATES = {
	shipped: { templateid: 3001, content: '【Demo】尊敬的@,您的订单@已发货,运费@元' },
	adjacent: { templateid: 3002, content: '【Demo】验证码@@,请勿泄露' },
	lookAlike: { templateid: 3003, content: '【Demo】客服＠小六,验证码@' },
};

beforeEach(() => {
	for (const [name, template] of Object.entries(TEMPLATES)) {
		sandbox.templates.set(template.templateid, { ...template, accountid: 12, name, ismarket: 0, status: 1, failreason: '', addtime: 1795000000 });
	}
});

const field = (id: string, displayName: string) => ({ id, displayName, required: true, defaultMatch: false, canBeUsedToMatch: false, display: true, type: 'string' });

/** Message → Send of a new (1.1) node: the template's variables as named fields. */
const send = (extra: Record<string, unknown> = {}) => ({
	resource: 'message',
	operation: 'send',
	mobiles: '13800138001',
	contentMode: 'template',
	accountId: locator(12),
	templateId: locator(1001),
	templateVariables: { mappingMode: 'defineBelow', value: { value1: '123456' } },
	options: { delay: 0 },
	...extra,
});
const v11 = { typeVersion: 1.1 };
const mapped = (value: Record<string, unknown>) => ({ mappingMode: 'defineBelow', value });
const sends = () => received().filter((request) => request.path === '/sms/send');

describe('Liupai template variables as named fields (resource mapper)', () => {
	test('one field per @, in order, named by the text before it; repeated, adjacent and look-alike placeholders', async () => {
		expect(await resourceMapping(send())).toEqual({ fields: [field('value1', 'Value 1 (【Demo】您的验证码是 …)')] });
		expect(await resourceMapping(send({ templateId: locator(3001) }))).toEqual({
			fields: [field('value1', 'Value 1 (【Demo】尊敬的 …)'), field('value2', 'Value 2 (您的订单 …)'), field('value3', 'Value 3 (已发货,运费 …)')],
		});
		// Two @ side by side are two values; the second is named by the text after it.
		expect(await resourceMapping(send({ templateId: locator(3002) }))).toEqual({
			fields: [field('value1', 'Value 1 (【Demo】验证码 …)'), field('value2', 'Value 2 (… ,请勿泄露)')],
		});
		// A full-width ＠ is text, not a placeholder.
		expect(await resourceMapping(send({ templateId: locator(3003) }))).toEqual({ fields: [field('value1', 'Value 1 (【Demo】客服＠小六,验证码 …)')] });
		// A template without @ has no fields.
		expect(await resourceMapping(send({ templateId: locator(1004) }))).toEqual({ fields: [] });
	});

	test('the fields are read from the chosen sub-account’s template list, else from every sub-account’s', async () => {
		await resourceMapping(send());
		expect(received().map((r) => [r.path, (r.body as { accountid?: string }).accountid])).toEqual([['/sms/templatelist', '12']]);
		sandbox.server.clearRequests();
		const other = await resourceMapping(send({ accountId: { __rl: true, mode: 'list', value: '' }, templateId: locator(1005) }));
		expect(other.fields.map((one) => one.displayName)).toEqual(['Value 1 (【Other】 …)', 'Value 2 (您好,订单 …)']);
		expect(received().map((r) => r.path)).toEqual(['/sms/accountlist', '/sms/templatelist', '/sms/templatelist']);
	});

	test('a template chosen by an expression, or not found, says what to do instead', async () => {
		await expect(resourceMapping(send({ templateId: locator('={{ $json.template }}') }))).rejects.toThrow('Choose a template to load its variables');
		await expect(resourceMapping(send({ templateId: locator(9999) }))).rejects.toThrow('Template 9999 was not found in sub-account 12');
	});

	test('a 1.1 node fills each @ in order and sends the result as content; the output previews it', async () => {
		const result = await run(send({ templateId: locator(3001), templateVariables: mapped({ value1: '={{ $json.name }}', value2: 'A-1', value3: '12' }) }), {
			...v11,
			input: [{ name: '张三' }],
		});
		expect(result.error).toBeUndefined();
		expect(received().map(wire)).toEqual([
			{ method: 'POST', path: '/sms/templatelist', query: { appkey }, body: { accountid: '12', page: '1', pageSize: '20' } },
			{ method: 'POST', path: '/sms/send', query: { appkey }, body: { mobile: '13800138001', content: '【Demo】尊敬的张三,您的订单A-1已发货,运费12元', templateid: '3001' } },
		]);
		expect(result.items[0].json).toMatchObject({
			success: true,
			preview: { text: '【Demo】尊敬的张三,您的订单A-1已发货,运费12元', length: 28, segments: 1 },
			content: '【Demo】尊敬的张三,您的订单A-1已发货,运费12元',
		});
	});

	test('adjacent placeholders get their own values; a look-alike ＠ is kept as text', async () => {
		const adjacent = await run(send({ templateId: locator(3002), templateVariables: mapped({ value1: '12', value2: '34' }) }), v11);
		expect(adjacent.error).toBeUndefined();
		const lookAlike = await run(send({ templateId: locator(3003), templateVariables: mapped({ value1: '9876' }) }), v11);
		expect(lookAlike.error).toBeUndefined();
		expect(sends().map((r) => (r.body as { content: string }).content)).toEqual(['【Demo】验证码1234,请勿泄露', '【Demo】客服＠小六,验证码9876']);
	});

	describe('missing, empty or extra values: an error naming the field, nothing sent', () => {
		test.each([
			['a missing value', { value1: 'x' }, /^Template Variables → Value 2 \(您的订单 …\): is empty \[item 0\]$/],
			['an empty value', { value1: 'x', value2: ' ', value3: '1' }, /^Template Variables → Value 2 \(您的订单 …\): is empty/],
			['an extra value', { value1: 'x', value2: 'y', value3: '1', value4: 'z' }, /^Template Variables → value4: the template has no such variable/],
			['an @ in a value', { value1: 'a@b', value2: 'y', value3: '1' }, /^Template Variables → Value 1 \(【Demo】尊敬的 …\): the value contains "@"/],
			['a value that is not text', { value1: '={{ { a: 1 } }}', value2: 'y', value3: '1' }, /^Template Variables → Value 1 \(【Demo】尊敬的 …\): the value is an object/],
		])('%s', async (_name, value, message) => {
			const result = await run(send({ templateId: locator(3001), templateVariables: mapped(value) }), v11);
			expect(result.error?.name).toBe('NodeOperationError');
			expect(result.error?.message).toMatch(message);
			expect(result.error?.description).toBeTruthy();
			expect(received().map((r) => r.path)).toEqual(['/sms/templatelist']);
		});
	});

	test('the template is read once per sub-account per run, however many items', async () => {
		const input = [{ code: '1' }, { code: '2' }, { code: '3' }];
		const result = await run(send({ mobiles: '13800138001', templateVariables: mapped({ value1: '={{ $json.code }}' }), options: { delay: 0, maxPerNumber: 0 } }), { ...v11, input });
		expect(result.error).toBeUndefined();
		expect(received().map((r) => r.path)).toEqual(['/sms/templatelist', '/sms/send', '/sms/send', '/sms/send']);
		expect(result.items.map((item) => (item.json.preview as { text: string }).text)).toEqual(['【Demo】您的验证码是1', '【Demo】您的验证码是2', '【Demo】您的验证码是3']);
	});
});

describe('Liupai versions: what a saved workflow does is kept', () => {
	test('a version 1 node (saved without Variables Input) still sends its list of values', async () => {
		const result = await run(send({ templateVariables: undefined, variables: variables('123456') }));
		expect(result.error).toBeUndefined();
		expect(sends().map((r) => (r.body as { content: string }).content)).toEqual(['【Demo】您的验证码是123456']);
	});

	test('a version 1.1 node defaults to the fields: the same list alone is not read', async () => {
		const result = await run(send({ templateVariables: undefined, variables: variables('123456') }), v11);
		expect(result.error?.message).toMatch(/^Template Variables → Value 1 \(【Demo】您的验证码是 …\): is empty/);
		expect(sends()).toHaveLength(0);
	});

	test('a version 1.1 node can choose the list (a template given by an expression)', async () => {
		const result = await run(send({ variablesInput: 'list', templateId: locator('={{ $json.t }}'), variables: variables('654321') }), { ...v11, input: [{ t: 1001 }] });
		expect(result.error).toBeUndefined();
		expect(sends().map((r) => (r.body as { content: string }).content)).toEqual(['【Demo】您的验证码是654321']);
	});
});

describe('Liupai Preview Only (Send Nothing)', () => {
	test('reaches no send endpoint, and shows per recipient the content, its length, segments and the request', async () => {
		const before = sandbox.root.usednum;
		const result = await run(send({ mobiles: '13800138001, 13800138002', options: { delay: 0, previewOnly: true } }), v11);
		expect(result.error).toBeUndefined();
		expect(received().map((r) => r.path)).toEqual(['/sms/templatelist']);
		expect(sandbox.root.usednum).toBe(before);
		const request = (mobile: string) => ({
			method: 'POST',
			url: `${sandbox.server.baseUrl}/sms/send`,
			body: { mobile, content: '【Demo】您的验证码是123456', templateid: '1001' },
		});
		expect(result.items).toEqual(
			['13800138001', '13800138002'].map((mobile) => ({
				json: {
					success: false,
					dryRun: true,
					mobile,
					messageId: null,
					segments: 1,
					preview: { text: '【Demo】您的验证码是123456', length: 18, segments: 1 },
					request: request(mobile),
					templateId: '1001',
					content: '【Demo】您的验证码是123456',
				},
				pairedItem: { item: 0 },
			})),
		);
		expect(JSON.stringify(result.run?.data.resultData.runData)).toContain('Preview only, nothing was sent: 2 recipient(s), 2 message(s), 2 billed segment(s) would go out.');
		expectNoLeak(result, appkey);
	});

	test('Exact Text mode previews the text as typed, without any request at all', async () => {
		const result = await run(send({ contentMode: 'text', content: '【Demo】您的验证码是9876', options: { delay: 0, previewOnly: true } }));
		expect(result.error).toBeUndefined();
		expect(received()).toHaveLength(0);
		expect(result.items[0].json).toMatchObject({ dryRun: true, preview: { text: '【Demo】您的验证码是9876', length: 16, segments: 1 } });
	});

	test('bad input is still refused', async () => {
		const result = await run(send({ templateVariables: mapped({}), options: { delay: 0, previewOnly: true } }), v11);
		expect(result.error?.message).toMatch(/Template Variables → Value 1/);
		expect(sends()).toHaveLength(0);
	});
});

describe('Liupai template picker', () => {
	test('shows name, review status and text; unapproved templates stay visible, marked as unable to send', async () => {
		const result = await listSearch('searchTemplates', { resource: 'message', operation: 'send', accountId: locator(12) });
		const byValue = new Map(result.results.map((one) => [one.value, one.name]));
		expect(byValue.get('1001')).toBe('login_code [approved] 【Demo】您的验证码是@');
		expect(byValue.get('1002')).toBe('pending [pending review, cannot send] 【Demo】您的订单@已发货');
		expect(byValue.get('1003')).toBe('rejected [rejected, cannot send] (签名不符) 【Demo】欢迎@');
	});
});
