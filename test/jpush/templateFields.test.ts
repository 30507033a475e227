import { byId, expectNoSecrets, jsonOf, useJPush, vars } from './setup';

const { sandbox, run, resourceMapping, received } = useJPush();

/** Templates as JPush users write them: a repeated name, two side by side, and look-alikes of other providers' syntax. */
const TEMPLATES = [
	{ temp_id: 2001, template: '{{name}}您好，您的订单{{orderNo}}已发货，{{name}}请注意查收', type: 2, status: 1 },
	{ temp_id: 2002, template: '取件码{{shelf}}{{code}}，请尽快取件', type: 2, status: 1 },
	{ temp_id: 2003, template: '优惠码{code}、#code#、${code}、{$code}，订单{{order}}已确认', type: 2, status: 1 },
];

beforeEach(() => {
	for (const template of TEMPLATES) sandbox.templates.set(template.temp_id, { ...template });
});

const field = (id: string, displayName: string) => ({ id, displayName, required: true, defaultMatch: false, canBeUsedToMatch: false, display: true, type: 'string' });
const mapped = (value: Record<string, unknown>) => ({ mappingMode: 'defineBelow', value });
const v11 = { typeVersion: 1.1 };

/** Message → Send of a new (1.1) node, the template's variables as named fields. */
const send = (extra: Record<string, unknown> = {}) => ({
	resource: 'message',
	operation: 'send',
	mobile: '13800138000',
	templateId: byId(1002),
	templateVariables: mapped({ number: 'SO-1' }),
	...extra,
});
/** Requests that deliver or schedule a message (everything but the template and signature reads). */
const sendRequests = () => received().filter((r) => r.method !== 'GET');

describe('JPush template variables as named fields (resource mapper)', () => {
	test('the template is read by its ID: one field per distinct {{name}}, named with the text around it', async () => {
		expect(await resourceMapping(send())).toEqual({ fields: [field('number', 'number (您的订单 …)')] });
		expect(received().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/templates/1002']);
		// A repeated name is one field; adjacent names are two.
		expect(await resourceMapping(send({ templateId: byId(2001) }))).toEqual({ fields: [field('name', 'name (… 您好，您的订单)'), field('orderNo', 'orderNo (您好，您的订单 …)')] });
		expect(await resourceMapping(send({ templateId: byId(2002) }))).toEqual({ fields: [field('shelf', 'shelf (取件码 …)'), field('code', 'code (… ，请尽快取件)')] });
		// {code}, #code#, ${code} and {$code} are text in a JPush template.
		expect(await resourceMapping(send({ templateId: byId(2003) }))).toEqual({ fields: [field('order', 'order (…#、${code}、{$code}，订单 …)')] });
		// No variables, no fields.
		expect(await resourceMapping(send({ templateId: byId(1006) }))).toEqual({ fields: [] });
	});

	test('a Template ID given by an expression cannot be read: the error says to use Name/Value Pairs; an unknown ID is JPush’s 50013', async () => {
		await expect(resourceMapping(send({ templateId: byId('={{ $json.template }}') }))).rejects.toThrow('Enter a Template ID to load its variables');
		await expect(resourceMapping(send({ templateId: byId('') }))).rejects.toThrow('Enter a Template ID to load its variables');
		await expect(resourceMapping(send({ templateId: byId(9999) }))).rejects.toThrow(/^JPush SMS error 50013/);
	});

	test('a 1.1 node sends the fields as temp_para; the preview is the text the sandbox delivered, signature first', async () => {
		const result = await run(send({ templateId: byId(2001), templateVariables: mapped({ name: '={{ $json.name }}', orderNo: 'A-1' }), options: { signId: '502' } }), {
			...v11,
			input: [{ name: '张三' }],
		});
		expect(result.error).toBeUndefined();
		expect(received().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/templates/2001', 'GET /v1/sign/502', 'POST /v1/messages']);
		expect(received()[2].body).toEqual({ mobile: '13800138000', temp_id: 2001, sign_id: 502, temp_para: { name: '张三', orderNo: 'A-1' } });
		const text = '【ACME】张三您好，您的订单A-1已发货，张三请注意查收';
		expect(sandbox.messages[0].text).toBe(text);
		expect(jsonOf(result)).toEqual([
			{ success: true, mobile: '13800138000', messageId: '288193860302', segments: 1, preview: { text, length: 29, segments: 1 }, templateId: 2001, tempPara: { name: '张三', orderNo: 'A-1' } },
		]);
		expectNoSecrets(result);
	});

	test('without Signature ID the preview is the text alone, and the item says JPush adds the app’s default signature', async () => {
		const result = await run(send(), v11);
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)[0]).toMatchObject({
			preview: { text: '您的订单SO-1已发货，请注意查收', length: 17, segments: 1 },
			previewNote: expect.stringContaining('default signature'),
		});
	});

	describe('missing, empty, extra or bad values: an error naming the field, nothing sent', () => {
		test.each([
			['a missing value', { name: 'x' }, /^Template Variables → orderNo \(您好，您的订单 …\): is empty \[item 0\]$/],
			['an empty value', { name: ' ', orderNo: '1' }, /^Template Variables → name \(… 您好，您的订单\): is empty/],
			['an extra value', { name: 'x', orderNo: '1', number: '2' }, /^Template Variables → number: the template has no such variable/],
			['【】 in a value', { name: '【x】', orderNo: '1' }, /^Template Variables → name \(… 您好，您的订单\): the value of "name" contains 【 or 】/],
			['a value that is not text', { name: '={{ [1, 2] }}', orderNo: '1' }, /^Template Variables → name \(… 您好，您的订单\): the value is a list/],
		])('%s', async (_name, value, message) => {
			const result = await run(send({ templateId: byId(2001), templateVariables: mapped(value) }), v11);
			expect(result.error?.name).toBe('NodeOperationError');
			expect(result.error?.message).toMatch(message);
			expect(result.error?.description).toBeTruthy();
			expect(received().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/templates/2001']);
		});
	});

	test('with Check Template Before Sending off the template is still read for its fields (once per run)', async () => {
		const input = [{ n: 'A' }, { n: 'B' }];
		const result = await run(send({ templateVariables: mapped({ number: '={{ $json.n }}' }), options: { checkTemplate: false } }), { ...v11, input });
		expect(result.error).toBeUndefined();
		expect(received().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/templates/1002', 'POST /v1/messages', 'POST /v1/messages']);
	});

	test('Send Batch: the fields map per item, each recipient with its own temp_para and preview', async () => {
		const input = [
			{ mobile: '13800000001', order: 'A1' },
			{ mobile: '13800000002', order: 'A2' },
		];
		const result = await run(
			{ resource: 'message', operation: 'sendBatch', mobiles: '={{ $json.mobile }}', templateId: byId(1002), templateVariables: mapped({ number: '={{ $json.order }}' }) },
			{ ...v11, input },
		);
		expect(result.error).toBeUndefined();
		expect(sendRequests().map((r) => r.body)).toEqual([
			{
				temp_id: 1002,
				recipients: [
					{ mobile: '13800000001', temp_para: { number: 'A1' } },
					{ mobile: '13800000002', temp_para: { number: 'A2' } },
				],
			},
		]);
		expect(jsonOf(result).map((json) => (json.preview as { text: string }).text)).toEqual(['您的订单A1已发货，请注意查收', '您的订单A2已发货，请注意查收']);
	});
});

describe('JPush versions: what a saved workflow does is kept', () => {
	const saved = { resource: 'message', operation: 'send', mobile: '13800138000', templateId: byId(1002), variables: vars({ number: 'SO-1' }) };

	test('a version 1 node saved without Variables Input still sends its name/value pairs', async () => {
		const result = await run(saved);
		expect(result.error).toBeUndefined();
		expect(received().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/templates/1002', 'POST /v1/messages']);
		expect(sendRequests()[0].body).toEqual({ mobile: '13800138000', temp_id: 1002, temp_para: { number: 'SO-1' } });
	});

	test('a version 1.1 node defaults to the template’s fields: the pairs alone are not read', async () => {
		const result = await run(saved, v11);
		expect(result.error?.message).toMatch(/^Template Variables → number \(您的订单 …\): is empty/);
		expect(sendRequests()).toHaveLength(0);
	});

	test('a version 1.1 node can still choose Name/Value Pairs, e.g. for a template ID given by an expression', async () => {
		const result = await run({ ...saved, variablesInput: 'fields', templateId: byId('={{ $json.t }}') }, { ...v11, input: [{ t: 1002 }] });
		expect(result.error).toBeUndefined();
		expect(sendRequests()[0].body).toEqual({ mobile: '13800138000', temp_id: 1002, temp_para: { number: 'SO-1' } });
	});
});

describe('JPush Preview Only (Send Nothing): no send endpoint is reached', () => {
	const dry = { previewOnly: true };
	const url = (path: string) => `${sandbox.server.baseUrl}${path}`;

	test('Message → Send', async () => {
		const result = await run(send({ options: { ...dry, signId: '502' } }), v11);
		expect(result.error).toBeUndefined();
		expect(sendRequests()).toHaveLength(0);
		expect(sandbox.messages).toHaveLength(0);
		expect(jsonOf(result)).toEqual([
			{
				success: false,
				dryRun: true,
				mobile: '13800138000',
				messageId: null,
				segments: 1,
				preview: { text: '【ACME】您的订单SO-1已发货，请注意查收', length: 23, segments: 1 },
				request: { method: 'POST', url: url('/v1/messages'), body: { mobile: '13800138000', temp_id: 1002, sign_id: 502, temp_para: { number: 'SO-1' } } },
				templateId: 1002,
				tempPara: { number: 'SO-1' },
			},
		]);
		expectNoSecrets(result);
	});

	test('Message → Send Batch: one request for both recipients, each previewed; the totals in the hint', async () => {
		const input = [
			{ mobile: '13800000001', order: 'A1' },
			{ mobile: '13800000002', order: 'A2' },
		];
		const result = await run(
			{ resource: 'message', operation: 'sendBatch', mobiles: '={{ $json.mobile }}', templateId: byId(1002), templateVariables: mapped({ number: '={{ $json.order }}' }), options: dry },
			{ ...v11, input },
		);
		expect(result.error).toBeUndefined();
		expect(sendRequests()).toHaveLength(0);
		const items = jsonOf(result);
		expect(items.map((json) => [json.dryRun, json.mobile, (json.preview as { text: string }).text])).toEqual([
			[true, '13800000001', '您的订单A1已发货，请注意查收'],
			[true, '13800000002', '您的订单A2已发货，请注意查收'],
		]);
		expect(items[0].request).toEqual({
			method: 'POST',
			url: url('/v1/messages/batch'),
			body: { temp_id: 1002, recipients: [{ mobile: '13800000001', temp_para: { number: 'A1' } }, { mobile: '13800000002', temp_para: { number: 'A2' } }] },
		});
		expect(JSON.stringify(result.run?.data.resultData.runData)).toContain('Preview only, nothing was sent: 2 recipient(s), 2 message(s), 2 billed segment(s) would go out.');
	});

	test.each([
		['Scheduled Message → Create', { operation: 'create', mobile: '13800138000' }, 'POST', '/v1/schedule'],
		['Scheduled Message → Create Batch', { operation: 'createBatch', mobiles: '13800138000' }, 'POST', '/v1/schedule/batch'],
		['Scheduled Message → Update', { operation: 'update', scheduleId: '1a886e7c-a267-49e6-9970-0d396ca5bb1e', mobile: '13800138000' }, 'PUT', '/v1/schedule/1a886e7c-a267-49e6-9970-0d396ca5bb1e'],
		['Scheduled Message → Update Batch', { operation: 'updateBatch', scheduleId: '2b886e7c-a267-49e6-9970-0d396ca5bb1e', mobiles: '13800138000' }, 'PUT', '/v1/schedule/batch/2b886e7c-a267-49e6-9970-0d396ca5bb1e'],
	])('%s', async (_name, extra, method, path) => {
		const params = { resource: 'scheduledMessage', sendTime: '2099-01-01 10:00:00', templateId: byId(1002), templateVariables: mapped({ number: 'SO-1' }), options: dry, ...extra };
		const result = await run(params, v11);
		expect(result.error).toBeUndefined();
		expect(sendRequests()).toHaveLength(0);
		expect(sandbox.schedules.size).toBe(0);
		const [json] = jsonOf(result);
		expect(json).toMatchObject({ success: false, dryRun: true, mobile: '13800138000', messageId: null, preview: { text: '您的订单SO-1已发货，请注意查收', length: 17, segments: 1 }, sendTime: '2099-01-01 10:00:00' });
		expect(json.request).toMatchObject({ method, url: url(path), body: expect.objectContaining({ send_time: '2099-01-01 10:00:00', temp_id: 1002 }) });
	});

	test('Verification Code → Send Text Code: the template text with {{code}}, which JPush fills, and the note saying so', async () => {
		const result = await run({ resource: 'verificationCode', operation: 'sendCode', mobile: '13800138000', templateId: byId(1001), options: { ...dry, signId: '501' } }, v11);
		expect(result.error).toBeUndefined();
		expect(sendRequests()).toHaveLength(0);
		expect(sandbox.lastCode('13800138000')).toBeUndefined();
		const text = '【极光推送】您好，您的验证码是{{code}}，5分钟内有效！';
		expect(jsonOf(result)).toEqual([
			{
				success: false,
				dryRun: true,
				mobile: '13800138000',
				messageId: null,
				segments: 1,
				preview: { text, length: [...text].length, segments: 1 },
				request: { method: 'POST', url: url('/v1/codes'), body: { mobile: '13800138000', temp_id: 1001, sign_id: 501 } },
				templateId: 1001,
				previewNote: expect.stringContaining('JPush generates the code and puts it where the template has {{code}}'),
			},
		]);
	});

	test('a real Send Text Code previews the same text', async () => {
		const result = await run({ resource: 'verificationCode', operation: 'sendCode', mobile: '13800138000', templateId: byId(1001), options: { signId: '501' } });
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)[0]).toMatchObject({ success: true, preview: { text: '【极光推送】您好，您的验证码是{{code}}，5分钟内有效！' } });
	});

	test('Verification Code → Send Voice Code: the request only (a call has no text)', async () => {
		const result = await run({ resource: 'verificationCode', operation: 'sendVoiceCode', mobile: '13800138000', options: { ...dry, code: '8642' } }, v11);
		expect(result.error).toBeUndefined();
		expect(received()).toHaveLength(0);
		expect(jsonOf(result)).toEqual([
			{ success: false, dryRun: true, mobile: '13800138000', messageId: null, request: { method: 'POST', url: url('/v1/voice_codes'), body: { mobile: '13800138000', code: '8642' } } },
		]);
	});

	test('a version 1 node with Name/Value Pairs and the template check off still previews (the template is read for it)', async () => {
		const result = await run({ ...send({ templateVariables: undefined }), variablesInput: 'fields', variables: vars({ number: 'X' }), options: { ...dry, checkTemplate: false } });
		expect(result.error).toBeUndefined();
		expect(received().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/templates/1002']);
		expect(jsonOf(result)[0]).toMatchObject({ dryRun: true, preview: { text: '您的订单X已发货，请注意查收' } });
	});
});
