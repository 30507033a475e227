import { byId, everything, expectNoSecrets, jsonOf, appAuth, useJPush, vars } from './setup';

const { sandbox, run, received } = useJPush();

const send = (extra: Record<string, unknown> = {}) => ({
	resource: 'message',
	operation: 'send',
	mobile: '+86 138 0013 8000',
	templateId: byId(1002),
	variablesInput: 'fields',
	variables: vars({ number: 'SO-1001' }),
	...extra,
});

const sendBatch = (extra: Record<string, unknown> = {}) => ({
	resource: 'message',
	operation: 'sendBatch',
	mobiles: '={{ $json.mobile }}',
	templateId: byId(1002),
	variablesInput: 'fields',
	variables: vars({ number: '={{ $json.order }}' }),
	...extra,
});

describe('JPush Message → Send', () => {
	test('checks the template, then posts one JSON message with the Basic header', async () => {
		const result = await run(send());
		expect(result.error).toBeUndefined();
		const [check, post] = received();
		expect(check).toMatchObject({ method: 'GET', path: '/v1/templates/1002' });
		expect(check.headers.authorization).toBe(appAuth);
		expect(post).toMatchObject({ method: 'POST', path: '/v1/messages' });
		expect(post.headers.authorization).toBe(appAuth);
		expect(post.contentType).toContain('application/json');
		expect(post.body).toEqual({ mobile: '13800138000', temp_id: 1002, temp_para: { number: 'SO-1001' } });
		expect(result.items).toEqual([{ json: { msgId: '288193860302', mobile: '13800138000', templateId: 1002 }, pairedItem: { item: 0 } }]);
		expect(sandbox.messages[0].text).toBe('【极光推送】您的订单SO-1001已发货，请注意查收');
		expectNoSecrets(result);
	});
});

describe('JPush Message → Send (more)', () => {
	test('variables as JSON; the signature option is sent as sign_id; msg_id as a bare number is read as text', async () => {
		sandbox.msgIdAsNumber = true;
		const result = await run(send({ variablesInput: 'json', variablesJson: '{"number": 42}', options: { signId: '502', checkTemplate: false } }));
		expect(result.error).toBeUndefined();
		expect(received()).toHaveLength(1);
		expect(received()[0].rawBody).toBe('{"mobile":"13800138000","temp_id":1002,"sign_id":502,"temp_para":{"number":"42"}}');
		expect(jsonOf(result)).toEqual([{ msgId: '288193860302', mobile: '13800138000', templateId: 1002 }]);
	});

	test('an international number is passed on in E.164 form', async () => {
		const result = await run(send({ mobile: '0044 7911 123456', templateId: byId(1006), variables: {} }));
		expect(result.error).toBeUndefined();
		expect(received()[1].body).toEqual({ mobile: '+447911123456', temp_id: 1006 });
	});

	describe('bad input is refused before anything is sent', () => {
		test.each([
			['an invalid number', { mobile: '12345' }, /Mobile Number: "12345" is not a mobile number.*\[item 0\]/],
			['two numbers', { mobile: '13800138000, 13900139000' }, /Mobile Number: 2 numbers given/],
			['a template ID that is not a number', { templateId: byId('={{ "abc" }}') }, /Template: "abc" is not an ID/],
			['a variable without a name', { variables: vars({ '': 'x' }) }, /Template Variables: "" is not a variable name/],
			['an empty variable value', { variables: vars({ number: ' ' }) }, /Template Variables: "number" has no value/],
			['a value with 【】', { variables: vars({ number: '【x】' }) }, /contains 【 or 】/],
			['variables JSON that is not an object', { variablesInput: 'json', variablesJson: '[1]' }, /Template Variables \(JSON\): is not a JSON object/],
			['a signature ID that is not a number', { options: { signId: 'abc' } }, /Signature ID: "abc" is not an ID/],
		])('%s', async (_name, extra, message) => {
			const result = await run(send(extra));
			expect(result.error?.name).toBe('NodeOperationError');
			expect(result.error?.message).toMatch(message);
			expect(result.error?.description).toBeTruthy();
			expect(received()).toHaveLength(0);
		});

		test.each([
			['a missing variable', { variables: {} }, /Template Variables: no value for \{\{number\}\} of template 1002/],
			['an unknown variable', { variables: vars({ number: '1', extra: '2' }) }, /template 1002 has no variable "extra"/],
			['a template under review', { templateId: byId(1004) }, /Template: template 1004 is under review/],
			['a rejected template', { templateId: byId(1005) }, /Template: template 1005 is rejected/],
			['a verification template', { templateId: byId(1001), variables: vars({ code: '1' }) }, /is a verification code \(验证码\) template/],
			['a text over 350 characters', { variables: vars({ number: 'x'.repeat(340) }) }, /the message would be \d+ characters/],
		])('%s (checked against the template, nothing sent)', async (_name, extra, message) => {
			const result = await run(send(extra));
			expect(result.error?.message).toMatch(message);
			expect(received().map((r) => r.method)).toEqual(['GET']);
			expect(sandbox.messages).toHaveLength(0);
		});
	});

	describe('provider errors become NodeApiErrors with the code, meaning and fix', () => {
		test('403 50024 for an unsubscribed number', async () => {
			const result = await run(send({ mobile: '13900000024' }));
			expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'JPush SMS error 50024: The number has unsubscribed (unsubscribed mobile, 已退订)', httpCode: '403' });
			expect(result.error?.description).toContain('Remove this number');
		});

		test('an HTTP 200 answer carrying an error is an error', async () => {
			sandbox.failNext(50014, { asHttp200: true });
			const result = await run(send({ options: { checkTemplate: false } }));
			expect(result.error).toMatchObject({ name: 'NodeApiError', message: expect.stringMatching(/^JPush SMS error 50014: Not enough SMS quota/), httpCode: '200' });
		});

		test('500 50019 is reported once, not retried', async () => {
			sandbox.failNext(50019);
			const result = await run(send({ options: { checkTemplate: false } }));
			expect(result.error?.message).toBe('JPush SMS error 50019: JPush had a server error (server error)');
			expect(received()).toHaveLength(1);
		});

		test('a wrong Master Secret is 401 50002 and no secret leaks', async () => {
			const wrong = 'wrong-master-secret-that-must-not-leak';
			const result = await run(send(), { credentials: { masterSecret: wrong } });
			expect(result.error).toMatchObject({ message: 'JPush SMS error 50002: Authentication failed (auth failed)', httpCode: '401' });
			expect(everythingHas(result, wrong)).toBe(false);
			expect(everythingHas(result, Buffer.from(`7d431e42dfa6a6d693ac2d04:${wrong}`).toString('base64'))).toBe(false);
		});

		test('Continue On Fail puts the code and JPush’s answer on the error item', async () => {
			const result = await run(send({ templateId: byId(1005), options: { checkTemplate: false } }), { continueOnFail: true });
			expect(result.items).toEqual([
				{ json: expect.objectContaining({ code: '50021', httpCode: '403', response: { error: { code: 50021, message: 'template not pass' } } }), pairedItem: { item: 0 } },
			]);
		});
	});
});

describe('JPush Message → Send Batch', () => {
	const input = [
		{ mobile: '13800000001', order: 'A1' },
		{ mobile: '13800000002', order: 'A2' },
		{ mobile: '13900000024', order: 'A3' },
		{ mobile: '13800000004', order: 'A4' },
	];

	test('merges items into one batch request with per-recipient variables; one output item per recipient', async () => {
		const result = await run(sendBatch({ options: { tag: 'promo-a' } }), { input });
		expect(result.error).toBeUndefined();
		const posts = received().filter((r) => r.method === 'POST');
		expect(posts).toHaveLength(1);
		expect(posts[0].path).toBe('/v1/messages/batch');
		expect(posts[0].headers.authorization).toBe(appAuth);
		expect(posts[0].body).toEqual({
			temp_id: 1002,
			tag: 'promo-a',
			recipients: input.map(({ mobile, order }) => ({ mobile, temp_para: { number: order } })),
		});
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(jsonOf(result)[0]).toEqual({ mobile: '13800000001', success: true, msgId: '288193860302', templateId: 1002, tempPara: { number: 'A1' } });
		expect(jsonOf(result)[2]).toEqual({
			mobile: '13900000024',
			success: false,
			msgId: '288193860304',
			templateId: 1002,
			tempPara: { number: 'A3' },
			errorCode: '50024',
			error: 'The number has unsubscribed (unsubscribed mobile, 已退订)',
			errorMessage: 'unsubscribed mobile',
		});
		expect(sandbox.messages.map((m) => m.mobile)).toEqual(['13800000001', '13800000002', '13800000004']);
	});

	test('reads the failures-only answer (failure_recipients): the others succeeded', async () => {
		sandbox.batchListName = 'failure_recipients';
		const result = await run(sendBatch(), { input });
		expect(jsonOf(result).map((j) => [j.mobile, j.success, j.errorCode ?? null])).toEqual([
			['13800000001', true, null],
			['13800000002', true, null],
			['13900000024', false, '50024'],
			['13800000004', true, null],
		]);
	});

	test('splits at Batch Size and never puts the same number twice in one request', async () => {
		const many = [...input, { mobile: '13800000001', order: 'A5' }];
		const result = await run(sendBatch({ options: { batchSize: 2, checkTemplate: false } }), { input: many });
		expect(result.error).toBeUndefined();
		const bodies = received().map((r) => (r.body as { recipients: Array<{ mobile: string }> }).recipients.map((x) => x.mobile));
		expect(bodies).toEqual([['13800000001', '13800000002'], ['13900000024', '13800000004'], ['13800000001']]);
		expect(result.items.map((i) => i.pairedItem)).toEqual(many.map((_x, item) => ({ item })));
	});

	test('1000 recipients go in one request; 1001 in two', async () => {
		sandbox.appBalance.app_industry = 5000;
		const numbers = (n: number) => Array.from({ length: n }, (_x, i) => ({ mobile: `1380${String(i).padStart(7, '0')}`, order: String(i) }));
		const thousand = await run(sendBatch({ options: { checkTemplate: false } }), { input: numbers(1000) });
		expect(thousand.error).toBeUndefined();
		expect(received()).toHaveLength(1);
		expect(thousand.items).toHaveLength(1000);
		sandbox.reset();
		sandbox.appBalance.app_industry = 5000;
		const more = await run(sendBatch({ options: { checkTemplate: false } }), { input: numbers(1001) });
		expect(received().map((r) => (r.body as { recipients: unknown[] }).recipients.length)).toEqual([1000, 1]);
		expect(more.items).toHaveLength(1001);
	});

	test('a bad item stops the node before any batch is sent; with Continue On Fail it becomes an error item', async () => {
		const bad = [{ mobile: '13800000001', order: 'A1' }, { mobile: 'oops', order: 'A2' }];
		const stopped = await run(sendBatch(), { input: bad });
		expect(stopped.error?.message).toMatch(/Mobile Numbers: "oops".*\[item 1\]/);
		expect(received().filter((r) => r.method === 'POST')).toHaveLength(0);
		const going = await run(sendBatch(), { input: bad, continueOnFail: true });
		expect(going.items).toEqual([
			{ json: expect.objectContaining({ mobile: '13800000001', success: true }), pairedItem: { item: 0 } },
			{ json: expect.objectContaining({ error: expect.stringContaining('"oops"') }), pairedItem: { item: 1 } },
		]);
	});

	test('a whole-batch refusal with Continue On Fail fails each item of that batch', async () => {
		sandbox.appBalance.app_industry = 1;
		const result = await run(sendBatch({ options: { checkTemplate: false } }), { input: input.slice(0, 2), continueOnFail: true });
		expect(result.items.map((i) => [i.json.code, i.pairedItem])).toEqual([['50014', { item: 0 }], ['50014', { item: 1 }]]);
	});

	test('no secret in items, errors or logs', async () => {
		const result = await run(sendBatch(), { input });
		expectNoSecrets(result);
	});
});

function everythingHas(result: Parameters<typeof expectNoSecrets>[0], text: string): boolean {
	return everything(result).includes(text);
}
