import { DEFAULT_SIGNATURE_NOTE } from '../../nodes/JPushSms/helpers/message';
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

type Recipients = { recipients: Array<{ mobile: string; temp_para?: { number: string } }> };
const posted = () => received().filter((r) => r.method === 'POST');
const batchMobiles = () => posted().map((r) => (r.body as Recipients).recipients.map((x) => x.mobile));
/** The msg_id the sandbox gave each number it sent to. */
const sentIds = () => new Map(sandbox.messages.map((m) => [m.mobile, m.msg_id]));

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
		expect(result.items).toEqual([
			{
				json: {
					success: true,
					mobile: '13800138000',
					messageId: '288193860302',
					// The preview (version 1 nodes too): the template read by the check, filled; the app's default signature is not known.
					segments: 1,
					preview: { text: '您的订单SO-1001已发货，请注意查收', length: 20, segments: 1 },
					templateId: 1002,
					tempPara: { number: 'SO-1001' },
					previewNote: DEFAULT_SIGNATURE_NOTE,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(sandbox.messages[0].text).toBe('【极光推送】您的订单SO-1001已发货，请注意查收');
		expectNoSecrets(result);
	});

	test('variables as JSON; the signature option is sent as sign_id; msg_id as a bare number is read as text', async () => {
		sandbox.msgIdAsNumber = true;
		const result = await run(send({ variablesInput: 'json', variablesJson: '{"number": 42}', options: { signId: '502', checkTemplate: false } }));
		expect(result.error).toBeUndefined();
		expect(received()).toHaveLength(1);
		expect(received()[0].rawBody).toBe('{"mobile":"13800138000","temp_id":1002,"sign_id":502,"temp_para":{"number":"42"}}');
		expect(jsonOf(result)).toEqual([{ success: true, mobile: '13800138000', messageId: '288193860302', templateId: 1002, tempPara: { number: '42' } }]);
	});

	test('an international number is passed on in E.164 form; a template without variables sends no temp_para', async () => {
		const result = await run(send({ mobile: '0044 7911 123456', templateId: byId(1006), variables: {} }));
		expect(result.error).toBeUndefined();
		expect(received()[1].body).toEqual({ mobile: '+447911123456', temp_id: 1006 });
		expect(jsonOf(result)).toEqual([
			{ success: true, mobile: '+447911123456', messageId: '288193860302', segments: 1, preview: { text: '您的包裹已到达驿站', length: 9, segments: 1 }, templateId: 1006, previewNote: DEFAULT_SIGNATURE_NOTE },
		]);
	});

	test('an answer without msg_id is not a success: the number may have been sent, and the item says so', async () => {
		sandbox.omitMsgIds = true;
		const result = await run(send({ options: { checkTemplate: false } }));
		expect(result.error).toBeUndefined();
		expect(sandbox.messages).toHaveLength(1);
		expect(jsonOf(result)).toEqual([
			{
				success: false,
				mobile: '13800138000',
				messageId: null,
				error: expect.stringMatching(/^JPush SMS accepted the request but gave no message ID for this number: it may have been sent\. Check the delivery reports/),
				errorCode: 'NO_MESSAGE_ID',
				templateId: 1002,
				tempPara: { number: 'SO-1001' },
			},
		]);
	});

	describe('several items, one request each', () => {
		const input = [{ mobile: '13800000001' }, { mobile: '13900000024' }, { mobile: '13800000003' }];
		const parameters = send({ mobile: '={{ $json.mobile }}', options: { checkTemplate: false } });

		test('Continue On Fail: the refused number is an error item, the numbers before and after it are sent and keep their IDs', async () => {
			const result = await run(parameters, { input, continueOnFail: true });
			expect(result.error).toBeUndefined();
			expect(posted().map((r) => (r.body as { mobile: string }).mobile)).toEqual(['13800000001', '13900000024', '13800000003']);
			const ids = sentIds();
			expect(result.items).toEqual([
				{ json: expect.objectContaining({ success: true, mobile: '13800000001', messageId: ids.get('13800000001') }), pairedItem: { item: 0 } },
				{
					json: expect.objectContaining({
						success: false,
						mobile: '13900000024',
						messageId: null,
						errorCode: '50024',
						error: 'JPush SMS error 50024: The number has unsubscribed (unsubscribed mobile)',
						httpCode: '403',
					}),
					pairedItem: { item: 1 },
				},
				{ json: expect.objectContaining({ success: true, mobile: '13800000003', messageId: ids.get('13800000003') }), pairedItem: { item: 2 } },
			]);
			expect(ids.get('13800000001')).toMatch(/^\d{12}$/);
		});

		test('without it, the node stops at the refused number and says which were already sent (with their IDs) and which were not', async () => {
			const result = await run(parameters, { input });
			expect(result.error?.message).toBe('JPush SMS error 50024: The number has unsubscribed (unsubscribed mobile)');
			expect(posted()).toHaveLength(2);
			expect(sandbox.messages.map((m) => m.mobile)).toEqual(['13800000001']);
			const [id] = sandbox.messages.map((m) => m.msg_id);
			expect(result.error?.description).toContain(`1 number(s) were already accepted by earlier requests of this run (message IDs: ${id}): check the delivery reports`);
			expect(result.error?.description).toContain('1 number(s) after the failed request were not sent.');
		});
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
			['a verification template', { templateId: byId(1001), variables: vars({ code: '1' }) }, /is a verification code template/],
			['a text over 350 characters', { variables: vars({ number: 'x'.repeat(340) }) }, /the message would be \d+ characters/],
		])('%s (checked against the template, nothing sent)', async (_name, extra, message) => {
			const result = await run(send(extra));
			expect(result.error?.message).toMatch(message);
			expect(received().map((r) => r.method)).toEqual(['GET']);
			expect(sandbox.messages).toHaveLength(0);
		});

		test('a bad later item stops the node before the first item is sent', async () => {
			const result = await run(send({ mobile: '={{ $json.mobile }}' }), { input: [{ mobile: '13800000001' }, { mobile: 'oops' }] });
			expect(result.error?.message).toMatch(/Mobile Number: "oops".*\[item 1\]/);
			expect(posted()).toHaveLength(0);
		});
	});

	describe('provider errors become NodeApiErrors with the code, meaning and fix', () => {
		test('403 50024 for an unsubscribed number', async () => {
			const result = await run(send({ mobile: '13900000024' }));
			expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'JPush SMS error 50024: The number has unsubscribed (unsubscribed mobile)', httpCode: '403' });
			expect(result.error?.description).toContain('Remove this number');
			expect(result.error?.description).toContain('The failed request was for 13900000024 (item 0).');
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

		test('Continue On Fail puts the code, meaning and fix on the number’s error item', async () => {
			const result = await run(send({ templateId: byId(1005), options: { checkTemplate: false } }), { continueOnFail: true });
			expect(result.items).toEqual([
				{
					json: {
						success: false,
						mobile: '13800138000',
						messageId: null,
						error: 'JPush SMS error 50021: The template was rejected in review (template not pass)',
						errorCode: '50021',
						description: expect.stringContaining('Edit the template (Template → Update)'),
						httpCode: '403',
						templateId: 1005,
						tempPara: { number: 'SO-1001' },
					},
					pairedItem: { item: 0 },
				},
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
		expect(posted()).toHaveLength(1);
		expect(posted()[0].path).toBe('/v1/messages/batch');
		expect(posted()[0].headers.authorization).toBe(appAuth);
		expect(posted()[0].body).toEqual({
			temp_id: 1002,
			tag: 'promo-a',
			recipients: input.map(({ mobile, order }) => ({ mobile, temp_para: { number: order } })),
		});
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(jsonOf(result)[0]).toEqual({
			success: true,
			mobile: '13800000001',
			messageId: '288193860302',
			segments: 1,
			preview: { text: '您的订单A1已发货，请注意查收', length: 15, segments: 1 },
			templateId: 1002,
			tempPara: { number: 'A1' },
			previewNote: DEFAULT_SIGNATURE_NOTE,
		});
		// JPush's sample gives the refused entry a msg_id too; a number that was not sent has no message ID.
		expect(jsonOf(result)[2]).toEqual({
			success: false,
			mobile: '13900000024',
			messageId: null,
			segments: 1,
			error: 'The number has unsubscribed (unsubscribed mobile)',
			errorCode: '50024',
			preview: { text: '您的订单A3已发货，请注意查收', length: 15, segments: 1 },
			templateId: 1002,
			tempPara: { number: 'A3' },
			previewNote: DEFAULT_SIGNATURE_NOTE,
			errorMessage: 'unsubscribed mobile',
		});
		expect(sandbox.messages.map((m) => m.mobile)).toEqual(['13800000001', '13800000002', '13800000004']);
		expect(jsonOf(result).map((j) => j.messageId)).toEqual([...['13800000001', '13800000002'].map((m) => sentIds().get(m)), null, sentIds().get('13800000004')]);
	});

	test('reads the failures-only answer (failure_recipients): the others were accepted, without a message ID yet', async () => {
		sandbox.batchListName = 'failure_recipients';
		const result = await run(sendBatch(), { input });
		expect(jsonOf(result).map((j) => [j.mobile, j.success, j.messageId, j.errorCode ?? null])).toEqual([
			['13800000001', true, null, null],
			['13800000002', true, null, null],
			['13900000024', false, null, '50024'],
			['13800000004', true, null, null],
		]);
	});

	test('a listed number without msg_id is not confirmed as sent', async () => {
		sandbox.omitMsgIds = true;
		const result = await run(sendBatch({ options: { checkTemplate: false } }), { input: input.slice(1, 3) });
		expect(jsonOf(result).map((j) => [j.mobile, j.success, j.errorCode])).toEqual([
			['13800000002', false, 'NO_MESSAGE_ID'],
			['13900000024', false, '50024'],
		]);
		expect(jsonOf(result)[0].error).toMatch(/it may have been sent\. Check the delivery reports/);
	});

	test('splits at Batch Size and never puts the same number twice in one request', async () => {
		const many = [...input, { mobile: '13800000001', order: 'A5' }];
		const result = await run(sendBatch({ options: { batchSize: 2, checkTemplate: false } }), { input: many });
		expect(result.error).toBeUndefined();
		expect(batchMobiles()).toEqual([['13800000001', '13800000002'], ['13900000024', '13800000004'], ['13800000001']]);
		expect(result.items.map((i) => i.pairedItem)).toEqual(many.map((_x, item) => ({ item })));
		expect(jsonOf(result)[4]).toMatchObject({ mobile: '13800000001', success: true, tempPara: { number: 'A5' } });
		expect(jsonOf(result)[4].messageId).not.toBe(jsonOf(result)[0].messageId);
	});

	test('items with another signature or tag go in their own request', async () => {
		const signed = [{ mobile: '13800000001', order: 'A1', sign: '' }, { mobile: '13800000002', order: 'A2', sign: '502' }, { mobile: '13800000003', order: 'A3', sign: '' }];
		const result = await run(sendBatch({ options: { checkTemplate: false, signId: '={{ $json.sign }}' } }), { input: signed });
		expect(result.error).toBeUndefined();
		expect(posted().map((r) => [(r.body as { sign_id?: number }).sign_id, (r.body as Recipients).recipients.map((x) => x.mobile)])).toEqual([
			[undefined, ['13800000001', '13800000003']],
			[502, ['13800000002']],
		]);
		expect(jsonOf(result).map((j) => j.mobile)).toEqual(['13800000001', '13800000002', '13800000003']);
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
		expect(batchMobiles().map((list) => list.length)).toEqual([1000, 1]);
		expect(more.items).toHaveLength(1001);
	});

	test.each([
		['0', 0],
		['1001', 1001],
		['a fraction', 2.5],
	])('a Batch Size of %s stops the node before anything is sent, even with Continue On Fail', async (_name, batchSize) => {
		for (const continueOnFail of [false, true]) {
			const result = await run(sendBatch({ options: { batchSize, checkTemplate: false } }), { input, continueOnFail });
			expect(result.error?.message).toBe(`Batch Size: ${batchSize} is not a whole number from 1 to 1000 [item 0]`);
			expect(result.items.some((item) => 'success' in item.json)).toBe(false);
		}
		expect(received()).toHaveLength(0);
	});

	test('a bad item stops the node before any batch is sent; with Continue On Fail it becomes an error item', async () => {
		const bad = [{ mobile: '13800000001', order: 'A1' }, { mobile: 'oops', order: 'A2' }];
		const stopped = await run(sendBatch(), { input: bad });
		expect(stopped.error?.message).toMatch(/Mobile Numbers: "oops".*\[item 1\]/);
		expect(posted()).toHaveLength(0);
		const going = await run(sendBatch(), { input: bad, continueOnFail: true });
		expect(going.items).toEqual([
			{ json: expect.objectContaining({ mobile: '13800000001', success: true }), pairedItem: { item: 0 } },
			{ json: expect.objectContaining({ success: false, mobile: null, messageId: null, errorCode: 'INVALID_INPUT', error: expect.stringContaining('"oops"') }), pairedItem: { item: 1 } },
		]);
	});

	test('a whole-batch refusal with Continue On Fail gives each number of that batch its error item', async () => {
		sandbox.appBalance.app_industry = 1;
		const result = await run(sendBatch({ options: { checkTemplate: false } }), { input: input.slice(0, 2), continueOnFail: true });
		expect(result.items.map((i) => [i.json.mobile, i.json.success, i.json.errorCode, i.pairedItem])).toEqual([
			['13800000001', false, '50014', { item: 0 }],
			['13800000002', false, '50014', { item: 1 }],
		]);
	});

	describe('when a later request fails after earlier ones were accepted', () => {
		// Three numbers, Batch Size 2: the first request (two numbers of item 0) uses up the quota, the second is refused.
		const split = [{ mobile: '13800000001,13800000002', order: 'C1' }, { mobile: '13800000003', order: 'C2' }];
		const parameters = sendBatch({ options: { batchSize: 2, checkTemplate: false } });

		test('Continue On Fail keeps every delivered number with its message ID and gives the refused ones error items', async () => {
			sandbox.appBalance.app_industry = 2;
			const result = await run(parameters, { input: split, continueOnFail: true });
			expect(result.error).toBeUndefined();
			expect(batchMobiles()).toEqual([['13800000001', '13800000002'], ['13800000003']]);
			const ids = sentIds();
			expect([...ids.keys()]).toEqual(['13800000001', '13800000002']);
			expect(result.items).toEqual([
				{ json: { success: true, mobile: '13800000001', messageId: ids.get('13800000001'), templateId: 1002, tempPara: { number: 'C1' } }, pairedItem: { item: 0 } },
				{ json: { success: true, mobile: '13800000002', messageId: ids.get('13800000002'), templateId: 1002, tempPara: { number: 'C1' } }, pairedItem: { item: 0 } },
				{
					json: {
						success: false,
						mobile: '13800000003',
						messageId: null,
						error: 'JPush SMS error 50014: Not enough SMS quota left (no money)',
						errorCode: '50014',
						description: expect.stringContaining('Top up'),
						httpCode: '403',
						templateId: 1002,
						tempPara: { number: 'C2' },
					},
					pairedItem: { item: 1 },
				},
			]);
		});

		test('without it, the error names how many numbers were already accepted, with their message IDs', async () => {
			sandbox.appBalance.app_industry = 2;
			const result = await run(parameters, { input: split });
			expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'JPush SMS error 50014: Not enough SMS quota left (no money)' });
			const ids = sandbox.messages.map((m) => m.msg_id);
			expect(ids).toHaveLength(2);
			expect(result.error?.description).toContain('The failed request was for 13800000003 (item 1).');
			expect(result.error?.description).toContain(`2 number(s) were already accepted by earlier requests of this run (message IDs: ${ids.join(', ')}): check the delivery reports`);
		});
	});

	test('100 000 recipients (100 items of 1 000): grouped and chunked in input order, each number sent exactly once, every result paired', async () => {
		sandbox.appBalance.app_industry = 200_000;
		const mobiles = Array.from({ length: 100_000 }, (_x, i) => `13${String(i).padStart(9, '0')}`);
		const items = Array.from({ length: 100 }, (_x, item) => ({ mobile: mobiles.slice(item * 1000, item * 1000 + 1000).join(','), order: `O${item}` }));
		const result = await run(sendBatch({ options: { batchSize: 800, checkTemplate: false } }), { input: items });
		expect(result.error).toBeUndefined();

		// 100 000 / 800 = 125 requests, crossing item boundaries: all items share one template.
		const bodies = posted().map((r) => (r.body as Recipients).recipients);
		expect(bodies).toHaveLength(125);
		expect(bodies.every((list) => list.length === 800)).toBe(true);
		const sent = bodies.flat();
		expect(sent.map((r) => r.mobile)).toEqual(mobiles);
		expect(sent.every((r, i) => r.temp_para?.number === `O${Math.floor(i / 1000)}`)).toBe(true);
		expect(sandbox.messages).toHaveLength(100_000);
		expect(new Set(sandbox.messages.map((m) => m.mobile)).size).toBe(100_000);

		const ids = sentIds();
		expect(result.items).toHaveLength(100_000);
		const mismatch = result.items.findIndex((item, i) =>
			item.json.success !== true ||
			item.json.mobile !== mobiles[i] ||
			item.json.messageId !== ids.get(mobiles[i]) ||
			(item.pairedItem as { item: number }).item !== Math.floor(i / 1000));
		expect(mismatch).toBe(-1);
	}, 120_000);

	test('no secret in items, errors or logs', async () => {
		const result = await run(sendBatch(), { input });
		expectNoSecrets(result);
	});
});

function everythingHas(result: Parameters<typeof expectNoSecrets>[0], text: string): boolean {
	return everything(result).includes(text);
}
