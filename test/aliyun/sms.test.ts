import { locator, useAliyun } from './setup';

const { sandbox, run, received, actions, paramsOf } = useAliyun();

const fields = (value: Record<string, string>) => ({ mappingMode: 'defineBelow', value });
const send = (extra: Record<string, unknown> = {}) => ({
	resource: 'sms',
	operation: 'send',
	mobiles: '13800138000, +86 139 0013 9000',
	signName: locator('ACME'),
	templateCode: locator('SMS_100000001'),
	variablesInput: 'fields',
	templateVariables: fields({ name: '张三', order: 'SO-1' }),
	...extra,
});
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe('Aliyun SMS → Send', () => {
	test('reads the template once, then one signed SendSms with the numbers joined and TemplateParam as JSON', async () => {
		const result = await run(send());
		expect(result.error).toBeUndefined();
		expect(actions()).toEqual(['GetSmsTemplate', 'SendSms']);
		const post = received()[1];
		expect(post.method).toBe('POST');
		expect(post.headers.authorization).toMatch(/^ACS3-HMAC-SHA256 Credential=/);
		expect(post.rawBody).toBe('');
		expect(post.query).toEqual({ PhoneNumbers: '13800138000,13900139000', SignName: 'ACME', TemplateCode: 'SMS_100000001', TemplateParam: '{"name":"张三","order":"SO-1"}' });
		const bizId = sandbox.records[0].bizId;
		expect(result.items.map((i) => i.json)).toEqual(
			['13800138000', '13900139000'].map((mobile) => ({
				success: true,
				mobile,
				messageId: bizId,
				segments: 1,
				preview: { text: '【ACME】尊敬的张三，您的订单SO-1已发货，请注意查收。', length: 30, segments: 1 },
				signName: 'ACME',
				templateCode: 'SMS_100000001',
				bizId,
				requestId: expect.stringMatching(/^[0-9A-F-]{36}$/),
			})),
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(sandbox.records.map((r) => r.content)).toEqual(['【ACME】尊敬的张三，您的订单SO-1已发货，请注意查收。', '【ACME】尊敬的张三，您的订单SO-1已发货，请注意查收。']);
	});

	test('items with the same signature, template and variables merge up to Batch Size; a repeated number goes alone', async () => {
		const input = ['13800000001', '13800000002', '13800000003', '13800000001'].map((mobile) => ({ mobile }));
		const result = await run(send({ mobiles: '={{ $json.mobile }}', options: { batchSize: 2 } }), { input });
		expect(result.error).toBeUndefined();
		expect(received().filter((r) => r.headers['x-acs-action'] === 'SendSms').map((r) => r.query.PhoneNumbers)).toEqual(['13800000001,13800000002', '13800000003,13800000001']);
		expect(actions().filter((a) => a === 'GetSmsTemplate')).toHaveLength(1);
		expect(result.items.map((i) => [i.json.mobile, i.pairedItem])).toEqual(input.map((item, index) => [item.mobile, { item: index }]));
	});

	test('variables from a name/value list; Out ID and Extension Code are sent', async () => {
		const result = await run(send({ variablesInput: 'list', variableList: { values: [{ name: 'name', value: 'A' }, { name: '${order}', value: '7' }] }, options: { outId: 'o-1', smsUpExtendCode: '90999' } }));
		expect(result.error).toBeUndefined();
		expect(paramsOf(received()[1])).toMatchObject({ TemplateParam: '{"name":"A","order":"7"}', OutId: 'o-1', SmsUpExtendCode: '90999' });
	});

	test('Preview Only sends nothing and shows the text, the segments and the request without any key', async () => {
		const result = await run(send({ options: { previewOnly: true } }));
		expect(result.error).toBeUndefined();
		expect(actions()).toEqual(['GetSmsTemplate']);
		expect(result.items[0].json).toMatchObject({
			success: false,
			dryRun: true,
			preview: { text: '【ACME】尊敬的张三，您的订单SO-1已发货，请注意查收。', segments: 1 },
			request: { method: 'POST', headers: { 'x-acs-action': 'SendSms', 'x-acs-version': '2017-05-25' }, query: { PhoneNumbers: '13800138000,13900139000', TemplateCode: 'SMS_100000001' } },
		});
		expect(JSON.stringify(result.items)).not.toContain('Secret');
		expect(sandbox.records).toHaveLength(0);
	});

	test.each([
		[{ mobiles: '1380013' }, 'Mobile Numbers', /is not a mobile number/],
		[{ signName: locator('【A】') }, 'Signature', /is not a signature name/],
		[{ templateCode: locator('={{ "154950909" }}') }, 'Template', /is not a template code/],
		[{ templateVariables: fields({ name: '张三' }) }, 'Template Variables → order', /is empty/],
		[{ templateVariables: fields({ name: 'see https://x.cn', order: '1' }) }, 'Template Variables → name', /holds a link/],
		[{ templateVariables: fields({ name: 'x'.repeat(36), order: '1' }) }, 'Template Variables → name', /36 characters/],
		[{ templateCode: locator('SMS_100000002') }, 'Template', /is under review, so it cannot send/],
		[{ variablesInput: 'list', variableList: { values: [{ name: 'nope', value: '1' }] } }, 'Variables → nope', /has no variable "nope"/],
	])('bad input %j → an input error naming %s, nothing sent', async (extra, parameter, problem) => {
		const result = await run(send(extra));
		expect(result.error?.message?.startsWith(`${parameter}`)).toBe(true);
		expect(result.error?.message).toMatch(problem);
		expect(result.error?.message).toContain('[item 0]');
		expect(actions().filter((a) => a === 'SendSms')).toHaveLength(0);
	});

	test('an HTTP 200 business error is an error with Aliyun’s code, our meaning and fix, and Aliyun’s words', async () => {
		sandbox.balance = 0;
		const result = await run(send());
		expect(result.error?.message).toBe('Aliyun SMS error isv.OUT_OF_SERVICE: The service is suspended: the account balance is 0 or less');
		expect((result.error as { description?: string }).description).toMatch(/Top up the Aliyun account.*\(Aliyun SMS said: 业务停机\)/);
	});

	test('Continue On Fail: a refused request gives one failed item per number; a bad item its own error item', async () => {
		sandbox.failNext('isv.BUSINESS_LIMIT_CONTROL', '触发分钟级流控Permits:1', 200, 'SendSms');
		const input = [{ mobile: '13800000001' }, { mobile: 'abc' }];
		const result = await run(send({ mobiles: '={{ $json.mobile }}' }), { input, continueOnFail: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json.success, i.json.mobile, i.json.errorCode, i.pairedItem])).toEqual([
			[false, '13800000001', 'isv.BUSINESS_LIMIT_CONTROL', { item: 0 }],
			[false, null, 'INVALID_INPUT', { item: 1 }],
		]);
	});

	test('a wrong secret: the error names SignatureDoesNotMatch and carries no secret', async () => {
		const result = await run(send(), { credentials: { accessKeySecret: 'wrong-secret-value' } });
		expect(result.error?.message).toMatch(/^Aliyun SMS error SignatureDoesNotMatch/);
		expect(JSON.stringify(result)).not.toContain('wrong-secret-value');
	});
});

describe('Aliyun SMS → Send Batch', () => {
	test('one item per number, each with its signature and variables, as JSON arrays in the form body', async () => {
		const input = [
			{ mobile: '13800000001', sign: 'ACME', name: 'A' },
			{ mobile: '+85291234567', sign: '阿里云短信测试', name: 'B' },
		];
		sandbox.templates.get('SMS_100000001')!.relatedSignName = 'ACME';
		const result = await run(
			{ resource: 'sms', operation: 'sendBatch', mobile: '={{ $json.mobile }}', signName: { __rl: true, mode: 'name', value: '={{ $json.sign }}' }, templateCode: locator('SMS_100000001'), variablesInput: 'fields', templateVariables: fields({ name: '={{ $json.name }}', order: '9' }) },
			{ input, continueOnFail: false },
		);
		const batch = received().find((r) => r.headers['x-acs-action'] === 'SendBatchSms')!;
		expect(batch.query).toEqual({ TemplateCode: 'SMS_100000001' });
		expect(batch.contentType).toContain('application/x-www-form-urlencoded');
		expect(batch.body).toEqual({ PhoneNumberJson: '["13800000001","85291234567"]', SignNameJson: '["ACME","阿里云短信测试"]', TemplateParamJson: '[{"name":"A","order":"9"},{"name":"B","order":"9"}]' });
		// The sandbox refuses the test signature with a formal template, as Aliyun does: the whole request fails.
		expect(result.error?.message).toMatch(/^Aliyun SMS error isv\.SMS_TEST_SIGN_TEMPLATE_LIMIT/);
	});

	test('accepted: every item gets the batch BizId; more than 100 items go in requests of 100', async () => {
		const input = Array.from({ length: 150 }, (_, i) => ({ mobile: String(13800000000 + i) }));
		const result = await run({ resource: 'sms', operation: 'sendBatch', mobile: '={{ $json.mobile }}', signName: locator('ACME'), templateCode: locator('SMS_100000001'), variablesInput: 'fields', templateVariables: fields({ name: 'A', order: '={{ $json.mobile }}' }) }, { input });
		expect(result.error).toBeUndefined();
		const batches = received().filter((r) => r.headers['x-acs-action'] === 'SendBatchSms');
		expect(batches.map((r) => (JSON.parse((r.body as Record<string, string>).PhoneNumberJson) as string[]).length)).toEqual([100, 50]);
		expect(result.items).toHaveLength(150);
		expect(new Set(result.items.map((i) => i.json.messageId)).size).toBe(2);
		expect(sandbox.records).toHaveLength(150);
	});
});

describe('Aliyun SMS → Get Delivery Details and Get Statistics', () => {
	test('QuerySendDetails for one number and day, Return All over pages of 50, statuses in words', async () => {
		for (let i = 0; i < 3; i++) sandbox.records.push({ bizId: `b${i}`, phone: '13800138004', signName: 'ACME', templateCode: 'SMS_100000001', content: 'x', outId: '', sentAt: Date.now(), sendStatus: 1, errCode: '', segments: 1, extendCode: '' });
		for (let i = 0; i < 60; i++) sandbox.records.push({ bizId: `c${i}`, phone: '13800138000', signName: 'ACME', templateCode: 'SMS_100000001', content: 'y', outId: 'o', sentAt: Date.now(), sendStatus: 1, errCode: '', segments: 1, extendCode: '' });
		await sandbox.deliver();
		const all = await run({ resource: 'sms', operation: 'getDeliveryDetails', mobile: '13800138000', sendDate: today(), returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.items).toHaveLength(60);
		expect(received().map((r) => [r.query.CurrentPage, r.query.PageSize, r.query.SendDate])).toEqual([['1', '50', today().replace(/-/g, '')], ['2', '50', today().replace(/-/g, '')]]);
		expect(all.items[0].json).toMatchObject({ mobile: '13800138000', status: 'delivered', delivered: true, sendStatus: 3, errorCode: 'DELIVERED', outId: 'o' });
		const failed = await run({ resource: 'sms', operation: 'getDeliveryDetails', mobile: '13800138004', bizId: 'b1', returnAll: false, limit: 5 });
		expect(failed.items.map((i) => [i.json.status, i.json.errorCode])).toEqual([['failed', 'MOBILE_NOT_ON_SERVICE']]);
		expect(received().at(-1)!.query).toMatchObject({ BizId: 'b1', PageSize: '5' });
	});

	test('a day older than 30 days or two numbers are input errors; nothing is asked', async () => {
		const old = await run({ resource: 'sms', operation: 'getDeliveryDetails', mobile: '13800138000', sendDate: '2020-01-01', returnAll: true });
		expect(old.error?.message).toMatch(/^Send Date: 2020-01-01 is not within the last 30 days/);
		const two = await run({ resource: 'sms', operation: 'getDeliveryDetails', mobile: '13800138000,13900139000', returnAll: true });
		expect(two.error?.message).toMatch(/^Mobile Number: 2 numbers given/);
		expect(received()).toHaveLength(0);
	});

	test('QuerySendStatistics per day', async () => {
		await run(send());
		await sandbox.deliver();
		sandbox.server.clearRequests();
		const result = await run({ resource: 'sms', operation: 'getStatistics', isGlobe: 1, startDate: today(), endDate: '', returnAll: true, options: { signName: 'ACME', templateType: 1 } });
		expect(result.error).toBeUndefined();
		expect(received()[0].query).toEqual({ IsGlobe: '1', StartDate: today().replace(/-/g, ''), EndDate: today().replace(/-/g, ''), PageIndex: '1', PageSize: '50', SignName: 'ACME', TemplateType: '1' });
		expect(result.items.map((i) => i.json)).toEqual([{ SendDate: today().replace(/-/g, ''), TotalCount: 2, RespondedSuccessCount: 2, RespondedFailCount: 0, NoRespondedCount: 0 }]);
	});
});
