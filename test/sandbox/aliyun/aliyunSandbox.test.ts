import { signRequest } from '../../../nodes/AliyunSms/transport/authenticate';
import { http } from '../../support/node';
import { AliyunSandbox, aliyunTestCredentials } from './aliyunSandbox';
import { canonicalize, v1Signature } from './gateway';

const sb = new AliyunSandbox();
let base = '';
beforeAll(async () => {
	base = await sb.start();
});
afterAll(async () => await sb.stop());
beforeEach(() => sb.reset());

interface Reply {
	status: number;
	body: Record<string, unknown>;
}

async function send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<Reply> {
	return await new Promise((resolve, reject) => {
		const request = http.request(url, { method, headers: { ...headers, ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}) } }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> }));
		});
		request.on('error', reject);
		request.end(body);
	});
}

/** A V3 call as the node signs it; `tamper` may change the signed options before they go out. */
async function call(action: string, qs: Record<string, string>, form?: Record<string, string>, options: { secret?: string; now?: Date; nonce?: string; version?: string } = {}): Promise<Reply> {
	const signed = signRequest(
		{ ...aliyunTestCredentials, accessKeySecret: options.secret ?? aliyunTestCredentials.accessKeySecret, baseUrl: base },
		{ method: 'POST', baseURL: base, url: '/', qs, body: form, headers: { 'x-acs-action': action, 'x-acs-version': options.version ?? '2017-05-25', ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) } },
		options.now,
		options.nonce,
	);
	return await send(signed.url, 'POST', signed.headers as Record<string, string>, signed.body as string | undefined);
}

describe('Aliyun sandbox gateway', () => {
	test('accepts a V3 request signed as documented, answers JSON with an upper-case RequestId', async () => {
		const reply = await call('QuerySmsSignList', { PageIndex: '1', PageSize: '2' });
		expect(reply.status).toBe(200);
		expect(reply.body).toMatchObject({ Code: 'OK', TotalCount: 5, SmsSignList: [expect.objectContaining({ SignName: '阿里云短信测试', AuditStatus: 'AUDIT_STATE_PASS' }), expect.anything()] });
		expect(reply.body.RequestId).toMatch(/^[0-9A-F-]{36}$/);
	});

	test('a wrong secret → 400 SignatureDoesNotMatch with the server string to sign; nothing is done', async () => {
		const reply = await call('SendSms', { PhoneNumbers: '13800138000', SignName: 'ACME', TemplateCode: 'SMS_100000001', TemplateParam: '{"name":"A","order":"1"}' }, undefined, { secret: 'not-it' });
		expect(reply).toMatchObject({ status: 400, body: { Code: 'SignatureDoesNotMatch', HostId: 'dysmsapi.aliyuncs.com', Message: expect.stringContaining('server string to sign is:ACS3-HMAC-SHA256\n') } });
		expect(sb.records).toHaveLength(0);
	});

	test('a body changed after signing → SignatureDoesNotMatch (payload hash)', async () => {
		const signed = signRequest({ ...aliyunTestCredentials, baseUrl: base }, { method: 'POST', baseURL: base, url: '/', body: { PhoneNumberJson: '["13800138000"]' }, headers: { 'x-acs-action': 'SendBatchSms', 'x-acs-version': '2017-05-25', 'content-type': 'application/x-www-form-urlencoded' } });
		const reply = await send(signed.url, 'POST', signed.headers as Record<string, string>, 'PhoneNumberJson=%5B%2213900139000%22%5D');
		expect(reply.body.Code).toBe('SignatureDoesNotMatch');
	});

	test('a date 16 minutes off → InvalidTimeStamp.Expired; within 15 minutes it passes', async () => {
		expect((await call('QuerySmsSignList', {}, undefined, { now: new Date(Date.now() - 16 * 60_000) })).body.Code).toBe('InvalidTimeStamp.Expired');
		expect((await call('QuerySmsSignList', {}, undefined, { now: new Date(Date.now() - 14 * 60_000) })).body.Code).toBe('OK');
	});

	test('a reused nonce → SignatureNonceUsed; a bad signature does not burn the nonce', async () => {
		expect((await call('QuerySmsSignList', {}, undefined, { nonce: 'n-1', secret: 'wrong' })).body.Code).toBe('SignatureDoesNotMatch');
		expect((await call('QuerySmsSignList', {}, undefined, { nonce: 'n-1' })).body.Code).toBe('OK');
		expect((await call('QuerySmsSignList', {}, undefined, { nonce: 'n-1' }))).toMatchObject({ status: 400, body: { Code: 'SignatureNonceUsed' } });
	});

	test('unknown action → 404 InvalidAction.NotFound; wrong version → InvalidVersion; no signature → MissingSignature', async () => {
		expect(await call('SendSmsPlease', {})).toMatchObject({ status: 404, body: { Code: 'InvalidAction.NotFound' } });
		expect(await call('SendSms', {}, undefined, { version: '2018-05-01' })).toMatchObject({ status: 400, body: { Code: 'InvalidVersion' } });
		expect(await send(`${base}/?Action=SendSms`, 'GET', {})).toMatchObject({ status: 400, body: { Code: 'MissingSignature' } });
	});

	test('V1 (HMAC-SHA1) by GET is verified too, with the secret + "&" key', async () => {
		const params: Record<string, string> = {
			AccessKeyId: aliyunTestCredentials.accessKeyId, Action: 'QuerySmsSignList', Format: 'JSON', SignatureMethod: 'HMAC-SHA1',
			SignatureNonce: 'v1-nonce', SignatureVersion: '1.0', Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), Version: '2017-05-25',
		};
		params.Signature = v1Signature('GET', params, aliyunTestCredentials.accessKeySecret);
		expect((await send(`${base}/?${canonicalize(params)}`, 'GET', {})).body.Code).toBe('OK');
		expect((await send(`${base}/?${canonicalize({ ...params, SignatureNonce: 'v1-other', Signature: 'AAAA' })}`, 'GET', {})).body.Code).toBe('SignatureDoesNotMatch');
	});

	test('a missing required parameter → 400 Missing<Name>', async () => {
		expect(await call('SendSms', { PhoneNumbers: '13800138000', SignName: 'ACME' })).toMatchObject({ status: 400, body: { Code: 'MissingTemplateCode' } });
	});
});

describe('Aliyun sandbox actions', () => {
	const sendSms = async (extra: Record<string, string> = {}) =>
		await call('SendSms', { PhoneNumbers: '13800138000', SignName: 'ACME', TemplateCode: 'SMS_100000001', TemplateParam: '{"name":"张三","order":"SO-1"}', ...extra });

	test('SendSms stores one record per number with 【sign】 content; business errors are HTTP 200', async () => {
		const reply = await sendSms({ PhoneNumbers: '13800138000,+8613900139000' });
		expect(reply).toMatchObject({ status: 200, body: { Code: 'OK', BizId: expect.stringMatching(/^\d+\^0$/) } });
		expect(sb.records.map((r) => [r.phone, r.content, r.sendStatus])).toEqual([
			['13800138000', '【ACME】尊敬的张三，您的订单SO-1已发货，请注意查收。', 1],
			['13900139000', '【ACME】尊敬的张三，您的订单SO-1已发货，请注意查收。', 1],
		]);
		for (const [extra, code] of [
			[{ TemplateCode: 'SMS_100000002' }, 'isv.SMS_TEMPLATE_ILLEGAL'],
			[{ SignName: '审核中签名' }, 'isv.SMS_SIGNATURE_ILLEGAL'],
			[{ SignName: 'ACME验证' }, 'isv.SMS_SIGNATURE_SCENE_ILLEGAL'],
			[{ TemplateParam: '{"name":"张三"}' }, 'isv.TEMPLATE_MISSING_PARAMETERS'],
			[{ TemplateParam: '{"name":"张三","order":1}' }, 'isv.INVALID_JSON_PARAM'],
			[{ TemplateParam: '{"name":"http://x.cn","order":"1"}' }, 'isv.PARAM_NOT_SUPPORT_URL'],
			[{ PhoneNumbers: '138-0013' }, 'isv.MOBILE_NUMBER_ILLEGAL'],
			[{ PhoneNumbers: Array.from({ length: 1001 }, (_, i) => String(13800000000 + i)).join(',') }, 'isv.MOBILE_COUNT_OVER_LIMIT'],
		] as const) {
			expect(await sendSms(extra)).toMatchObject({ status: 200, body: { Code: code } });
		}
		expect(sb.records).toHaveLength(2);
	});

	test('verification codes: a second send to one number in the same minute → isv.BUSINESS_LIMIT_CONTROL', async () => {
		const code = { SignName: '阿里云短信测试', TemplateCode: 'SMS_154950909', TemplateParam: '{"code":"1234"}' };
		expect((await sendSms(code)).body.Code).toBe('OK');
		expect((await sendSms(code)).body).toMatchObject({ Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发分钟级流控Permits:1' });
		expect((await sendSms({ ...code, TemplateParam: '{"code":"12ab"}', PhoneNumbers: '13700137000' })).body.Code).toBe('isv.TEMPLATE_PARAMS_ILLEGAL');
	});

	test('SendBatchSms: arrays in the form body, equal lengths, at most 100', async () => {
		const form = { PhoneNumberJson: '["13800138000","13900139000"]', SignNameJson: '["ACME","ACME"]', TemplateParamJson: '[{"name":"A","order":"1"},{"name":"B","order":"2"}]' };
		expect((await call('SendBatchSms', { TemplateCode: 'SMS_100000001' }, form)).body.Code).toBe('OK');
		expect(sb.records.map((r) => r.content)).toEqual(['【ACME】尊敬的A，您的订单1已发货，请注意查收。', '【ACME】尊敬的B，您的订单2已发货，请注意查收。']);
		expect((await call('SendBatchSms', { TemplateCode: 'SMS_100000001' }, { ...form, SignNameJson: '["ACME"]' })).body.Code).toBe('isv.INVALID_PARAMETERS');
	});

	test('QuerySendDetails: TotalCount a string, the double-wrapped list, statuses after delivery; dates within 30 days', async () => {
		await sendSms({ PhoneNumbers: '13800138004', OutId: 'order-9' });
		await sb.deliver();
		const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
		const reply = await call('QuerySendDetails', { PhoneNumber: '13800138004', SendDate: day, PageSize: '10', CurrentPage: '1' });
		expect(reply.body).toMatchObject({ Code: 'OK', TotalCount: '1', SmsSendDetailDTOs: { SmsSendDetailDTO: [expect.objectContaining({ PhoneNum: '13800138004', SendStatus: 2, ErrCode: 'MOBILE_NOT_ON_SERVICE', OutId: 'order-9' })] } });
		expect((await call('QuerySendDetails', { PhoneNumber: '13800138004', SendDate: '20200101', PageSize: '10', CurrentPage: '1' })).body.Code).toBe('isv.INVALID_PARAMETERS');
		expect((await call('QuerySendDetails', { PhoneNumber: '13800138004', SendDate: day, PageSize: '51', CurrentPage: '1' })).body.Code).toBe('isv.INVALID_PARAMETERS');
	});

	test('templates: GetSmsTemplate writes statuses as strings, the list as AUDIT_STATE_*; only rejected ones can be updated', async () => {
		expect((await call('GetSmsTemplate', { TemplateCode: 'SMS_100000001' })).body).toMatchObject({ TemplateStatus: '1', TemplateType: '1' });
		expect((await call('UpdateSmsTemplate', { TemplateCode: 'SMS_100000001', TemplateName: 'x', TemplateContent: '您好${name}', TemplateType: '1', RelatedSignName: 'ACME', TemplateRule: '{"name":"name"}' })).body.Code).toBe('isv.ERROR_TEMPLATE_NOT_MODIFY');
		expect((await call('DeleteSmsTemplate', { TemplateCode: 'SMS_100000002' })).body.Code).toBe('isv.ERROR_TEMPLATE_NOT_DELETE');
		expect((await call('AddSmsTemplate', {})).body.Code).toBe('isv.INTERFACE_OFFLINE');
	});

	test('the international API answers with ResponseCode and refuses mainland numbers', async () => {
		expect((await call('SendMessageToGlobe', { To: '85291234567', Message: 'Hello' }, undefined, { version: '2018-05-01' })).body).toMatchObject({ ResponseCode: 'OK', MessageId: expect.any(String), Segments: '1' });
		expect((await call('SendMessageToGlobe', { To: '8613800138000', Message: 'Hello' }, undefined, { version: '2018-05-01' })).body.ResponseCode).toBe('isv.COUNTRY_RESTRICTED');
	});
});
