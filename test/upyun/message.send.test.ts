import { capturedLogs, n8nLogsNodeErrors } from '../harness/logCapture';
import { refusedByField } from '../harness/runWorkflow';
import { everything, template, useUpyun, variables } from './setup';

const { sandbox, run, received, token } = useUpyun();

const send = (extra: Record<string, unknown> = {}) => ({
	resource: 'message',
	operation: 'send',
	mobiles: '13800138000, +86 13900139000',
	templateId: template(1),
	variables: variables('123456', '5'),
	...extra,
});

describe('UPYUN Message → Send', () => {
	test('checks the template, then sends one request with the token, JSON body and joined vars', async () => {
		const result = await run(send());
		// The text as the phones show it, signature first (the template's sign_location is top).
		const preview = { text: '【ACME】Your code is 123456, valid 5 minutes', length: 42, segments: 1 };
		expect(result.error).toBeUndefined();
		const [list, post] = received();
		expect(list).toMatchObject({ method: 'GET', path: '/api/templates' });
		expect(post).toMatchObject({ method: 'POST', path: '/api/messages' });
		expect(post.headers.authorization).toBe(token);
		expect(post.contentType).toContain('application/json');
		expect(post.body).toEqual({ template_id: 1, mobile: '13800138000,13900139000', vars: '123456|5' });
		expect(result.items.map((i) => i.json)).toEqual([
			{ mobile: '13800138000', success: true, messageId: expect.stringMatching(/^\d{22}$/), templateId: '1', segments: 1, preview, reportCode: '0' },
			{ mobile: '13900139000', success: true, messageId: expect.stringMatching(/^\d{22}$/), templateId: '1', segments: 1, preview, reportCode: '0' },
		]);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(sandbox.messages).toHaveLength(2);
	});

	test('merges items with the same template and variables into batched requests, results paired to their items', async () => {
		const input = ['13800000001', '13800000002', '13800000003', '13800000004', '13800000005'].map((mobile) => ({ mobile }));
		const result = await run(
			send({ mobiles: '={{ $json.mobile }}', templateId: template(7), variables: {}, options: { batchSize: 2 } }),
			{ input },
		);
		expect(result.error).toBeUndefined();
		const posts = received().filter((r) => r.method === 'POST');
		expect(posts.map((r) => (r.body as { mobile: string }).mobile)).toEqual([
			'13800000001,13800000002',
			'13800000003,13800000004',
			'13800000005',
		]);
		expect(posts.every((r) => !('vars' in (r.body as object)))).toBe(true);
		expect(result.items.map((i) => [i.json.mobile, i.pairedItem])).toEqual(input.map((item, index) => [item.mobile, { item: index }]));
	});

	test('a number repeated across items goes in separate requests so each answer maps to one item', async () => {
		const input = [{ mobile: '13800000001' }, { mobile: '13800000001' }];
		const result = await run(send({ mobiles: '={{ $json.mobile }}', templateId: template(7), variables: {} }), { input });
		expect(received().filter((r) => r.method === 'POST')).toHaveLength(2);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(new Set(result.items.map((i) => i.json.messageId)).size).toBe(2);
	});

	test('a per-number refusal inside an HTTP 200 answer becomes a failed item, the others succeed', async () => {
		sandbox.mobileLimit = 100;
		const result = await run(send({ options: { checkTemplate: false } }));
		expect(result.error).toBeUndefined();
		// Ten earlier industry sends to one number today: UPYUN refuses the eleventh for that number only.
		for (let i = 0; i < 10; i++) await run(send({ mobiles: '13700137000', options: { checkTemplate: false } }));
		const eleventh = await run(send({ mobiles: '13700137000, 13600136000', options: { checkTemplate: false } }));
		expect(eleventh.items.map((i) => i.json)).toEqual([
			expect.objectContaining({ mobile: '13700137000', success: false, errorCode: 'MOBILE_LIMIT', messageId: null, error: expect.stringContaining('Too many') }),
			expect.objectContaining({ mobile: '13600136000', success: true }),
		]);
	});

	test('reads the legacy answer shape (integer message_id)', async () => {
		sandbox.sendResponseShape = 'legacy';
		const result = await run(send({ mobiles: '13800138000' }));
		expect(result.items[0].json).toMatchObject({ mobile: '13800138000', success: true, messageId: expect.stringMatching(/^\d+$/) });
	});

	test('100 000 recipients over 1 000 items: 100 requests of 1 000, each number received once, every result paired', async () => {
		sandbox.mobileLimit = 1000;
		sandbox.balance.industry = 200_000;
		const input = Array.from({ length: 1000 }, (_, item) => ({
			mobiles: Array.from({ length: 100 }, (_, i) => String(13_000_000_000 + item * 100 + i)).join(','),
		}));
		const result = await run(send({ mobiles: '={{ $json.mobiles }}', templateId: template(7), variables: {}, options: { batchSize: 1000, checkTemplate: false } }), { input });
		expect(result.error).toBeUndefined();
		const posts = received().filter((r) => r.method === 'POST');
		expect(posts).toHaveLength(100);
		const sent = posts.flatMap((r) => (r.body as { mobile: string }).mobile.split(','));
		expect(sent).toHaveLength(100_000);
		expect(new Set(sent).size).toBe(100_000);
		expect(result.items).toHaveLength(100_000);
		const wrong = result.items.filter((item, i) => item.json.mobile !== String(13_000_000_000 + i) || (item.pairedItem as { item: number }).item !== Math.floor(i / 100) || item.json.success !== true);
		expect(wrong).toHaveLength(0);
	}, 120_000);

	describe('bad input is refused before anything is sent', () => {
		test.each([
			['an invalid number', { mobiles: '13800138000, 12345' }, /Mobile Numbers: "12345" is not a mobile number.*\[item 0\]/],
			['an international number', { mobiles: '+14155550100' }, /Mobile Numbers: .*international/],
			['no number', { mobiles: ' , ' }, /Mobile Numbers: no mobile number given/],
			['a template ID that is not a number', { templateId: template('abc') }, refusedByField(/A template ID is a number/)],
			['a template ID from an expression that is not a number', { templateId: template('={{ "abc" }}') }, /Template: "abc" is not a template ID/],
			['a variable containing |', { variables: variables('12|34', '5') }, /Template Variables: variable 1 contains "\|"/],
			['an extension code with letters', { options: { extendCode: '12a' } }, /Extension Code/],
		])('%s', async (_name, extra, message) => {
			const result = await run(send(extra));
			expect(result.error?.message).toMatch(message);
			expect(received()).toHaveLength(0);
		});

		test.each([
			['too few variables', { variables: variables('123456') }, /Template Variables: template 1 has 2 variable\(s\) but 1 value\(s\) were given/],
			['a template under review', { templateId: template(3), variables: variables('x') }, /Template: template 3 is under review/],
			['a rejected template', { templateId: template(4), variables: variables('x') }, /Template: template 4 is rejected/],
			['a template of another account', { templateId: template(5), variables: variables('x') }, /Template: template 5 is not in this UPYUN account/],
			['a text over 350 characters', { variables: variables('x'.repeat(340), '5') }, /would be \d+ characters/],
		])('%s (checked against the template list, no send)', async (_name, extra, message) => {
			const result = await run(send(extra));
			expect(result.error?.message).toMatch(message);
			expect(result.error?.description).toBeTruthy();
			expect(received().map((r) => r.method)).toEqual(['GET']);
		});

		test('with several items, one bad item stops the node before any item is sent', async () => {
			const result = await run(send({ mobiles: '={{ $json.mobile }}' }), { input: [{ mobile: '13800138000' }, { mobile: 'oops' }] });
			expect(result.error?.message).toMatch(/\[item 1\]/);
			expect(received().filter((r) => r.method === 'POST')).toHaveLength(0);
		});
	});

	test('Continue On Fail: the bad item becomes an error item, the good one is sent', async () => {
		const result = await run(send({ mobiles: '={{ $json.mobile }}' }), {
			input: [{ mobile: 'oops' }, { mobile: '13800138000' }],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			{ json: expect.objectContaining({ error: expect.stringContaining('"oops"') }), pairedItem: { item: 0 } },
			{ json: expect.objectContaining({ mobile: '13800138000', success: true }), pairedItem: { item: 1 } },
		]);
		expect(received().filter((r) => r.method === 'POST')).toHaveLength(1);
	});

	describe('when a later request fails after earlier ones were accepted', () => {
		const input = [{ mobile: '13800000001,13800000002' }, { mobile: '13800000003' }];
		const parameters = send({ mobiles: '={{ $json.mobile }}', options: { batchSize: 2 } });

		test('Continue On Fail keeps the accepted results and gives each refused number its own error item', async () => {
			sandbox.balance.industry = 2;
			const result = await run(parameters, { input, continueOnFail: true });
			expect(result.items).toEqual([
				{ json: expect.objectContaining({ mobile: '13800000001', success: true, messageId: expect.stringMatching(/^\d+$/) }), pairedItem: { item: 0 } },
				{ json: expect.objectContaining({ mobile: '13800000002', success: true, messageId: expect.stringMatching(/^\d+$/) }), pairedItem: { item: 0 } },
				{
					json: expect.objectContaining({ mobile: '13800000003', success: false, messageId: null, errorCode: 'INSUFFICIENT_FUNDS', error: expect.stringContaining('Not enough SMS quota'), templateId: '1' }),
					pairedItem: { item: 1 },
				},
			]);
		});

		test('without it, the error says how many numbers were already accepted', async () => {
			sandbox.balance.industry = 2;
			const result = await run(parameters, { input });
			expect(result.error?.message).toMatch(/INSUFFICIENT_FUNDS/);
			const ids = sandbox.messages.map((message) => message.id);
			expect(ids).toHaveLength(2);
			expect(result.error?.description).toContain(`2 number(s) were already accepted by earlier requests of this run (message IDs: ${ids.join(', ')})`);
			expect(result.error?.description).toContain('check the delivery report');
		});
	});

	describe('provider errors become NodeApiErrors with the code, meaning and fix', () => {
		test('409 TEMPLATE_AUDITING when the template check is off', async () => {
			const result = await run(send({ templateId: template(3), variables: variables('x'), options: { checkTemplate: false } }));
			expect(result.error).toMatchObject({
				name: 'NodeApiError',
				message: 'UPYUN SMS error TEMPLATE_AUDITING: The template is still under review and cannot be used yet',
				httpCode: '409',
			});
			expect(result.error?.description).toContain('Wait for approval');
		});

		test('MOBILE_LIMIT when the batch is larger than UPYUN accepts', async () => {
			sandbox.mobileLimit = 2;
			const result = await run(send({ mobiles: '13800000001,13800000002,13800000003', options: { batchSize: 3 } }));
			expect(result.error?.message).toBe('UPYUN SMS error MOBILE_LIMIT: Too many mobile numbers in one request');
			expect(result.error?.description).toContain('Batch Size');
		});

		test('a 500 is reported once and the send is not retried', async () => {
			sandbox.failNext(500, 'SYSTEM_ERROR');
			const result = await run(send({ options: { checkTemplate: false } }));
			expect(result.error?.message).toBe('UPYUN SMS error SYSTEM_ERROR: UPYUN had an internal error');
			expect(received().filter((r) => r.method === 'POST')).toHaveLength(1);
		});

		test('an unreachable server is one clear error, not a retry', async () => {
			const result = await run(send({ options: { checkTemplate: false } }), { baseUrl: 'http://127.0.0.1:9' });
			expect(result.error?.message).toBe('Could not reach UPYUN SMS: the connection was refused (nothing listens at that address)');
			expect(result.error?.description).toMatch(/^Nothing was sent\. Check the Base URL/);
		});

		test('Continue On Fail puts the code and the answer on an error item per number', async () => {
			const result = await run(send({ templateId: template(4), variables: variables('x'), options: { checkTemplate: false } }), { continueOnFail: true });
			const refused = (mobile: string) => ({
				json: expect.objectContaining({
					mobile,
					success: false,
					messageId: null,
					errorCode: 'TEMPLATE_FAILED',
					httpCode: '409',
					error: 'UPYUN SMS error TEMPLATE_FAILED: The template was rejected in review',
					description: expect.stringContaining('Edit the template'),
					templateId: '4',
				}),
				pairedItem: { item: 0 },
			});
			expect(result.items).toEqual([refused('13800138000'), refused('13900139000')]);
		});
	});

	test('a wrong token is refused and the token never appears in the error', async () => {
		const wrong = 'wrong-token-that-must-not-leak-0001';
		const result = await run(send(), { token: wrong });
		expect(result.error?.message).toBe('UPYUN SMS error INVALID_CREDENTIALS: The API token is not valid');
		if (n8nLogsNodeErrors) expect(capturedLogs()).toContain('INVALID_CREDENTIALS');
		expect(everything(result)).not.toContain(wrong);
		expect(everything(result)).not.toContain(token);
	});

	test('the token never appears in output items or errors of a successful run', async () => {
		const result = await run(send());
		expect(everything(result)).not.toContain(token);
	});
});
