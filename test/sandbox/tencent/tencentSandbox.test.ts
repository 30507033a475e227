import { callTencent } from './client';
import { BLACKLISTED_NUMBER, TencentSandbox, tencentOtherAccount, tencentTestCredentials, tencentWrongSecretKey } from './index';

const sb = new TencentSandbox();
let baseUrl = '';
beforeAll(async () => {
	baseUrl = await sb.start();
});
afterAll(async () => await sb.stop());
beforeEach(() => sb.reset());

const appId = tencentTestCredentials.smsSdkAppId;
const call = async (action: string, body: unknown, extra: Parameters<typeof callTencent>[1] extends infer C ? Partial<C> : never = {}) =>
	(await callTencent(baseUrl, { action, body, ...extra })).json.Response;
const code = (response: Record<string, unknown>) => (response.Error as { Code?: string } | undefined)?.Code;
const send = (numbers: string[], extra: Record<string, unknown> = {}) =>
	call('SendSms', { PhoneNumberSet: numbers, SmsSdkAppId: appId, TemplateId: '1110', SignName: '腾讯云', TemplateParamSet: ['4370'], ...extra });

describe('Tencent sandbox: TC3 verification as Tencent does it (§8.2)', () => {
	test('vector C verifies at its own time (clock pinned to 1700000000), with the official body and headers', async () => {
		sb.now = () => 1700000000 * 1000;
		sb.keys.set('AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', { secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE', account: 'main' });
		const body = '{"PhoneNumberSet":["+8613800000000"],"SmsSdkAppId":"1400006666","SignName":"腾讯云","TemplateId":"1110","TemplateParamSet":["4370"]}';
		const response = await call('SendSms', undefined, {
			rawBody: body,
			secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
			secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
			timestamp: 1700000000,
			signHost: 'sms.tencentcloudapi.com',
			headers: { host: 'sms.tencentcloudapi.com' },
		});
		expect(sb.server.received[0].headers.authorization).toBe(
			'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2023-11-14/sms/tc3_request, SignedHeaders=content-type;host, Signature=763ea04712bafcc73482f073b7a131f7b76be636c2d8d6ccb24ddda414778f76',
		);
		expect(response.Error).toBeUndefined();
		expect(response.SendStatusSet).toEqual([expect.objectContaining({ PhoneNumber: '+8613800000000', Code: 'Ok', Fee: 1, IsoCode: 'CN' })]);
		expect(response.RequestId).toMatch(/^[0-9a-f-]{36}$/);
	});

	test('a wrong key, a changed body, a stale timestamp, an unknown or non-AKID SecretId, a missing header: Tencent’s AuthFailure codes, HTTP 200', async () => {
		const body = { PhoneNumberSet: ['+8613800000000'] };
		expect(code(await call('DescribePhoneNumberInfo', body, { secretKey: tencentWrongSecretKey }))).toBe('AuthFailure.SignatureFailure');
		expect(code(await call('DescribePhoneNumberInfo', body, { timestamp: Math.floor(Date.now() / 1000) - 301 }))).toBe('AuthFailure.SignatureExpire');
		expect(code(await call('DescribePhoneNumberInfo', body, { timestamp: Math.floor(Date.now() / 1000) - 290 }))).toBeUndefined();
		expect(code(await call('DescribePhoneNumberInfo', body, { secretId: 'AKIDnotKnownAtAll' }))).toBe('AuthFailure.SecretIdNotFound');
		expect(code(await call('DescribePhoneNumberInfo', body, { secretId: 'XYZ123' }))).toBe('AuthFailure.InvalidSecretId');
		expect(code(await call('DescribePhoneNumberInfo', body, { headers: { authorization: null } }))).toBe('AuthFailure.InvalidAuthorization');
		// Signed as application/json but sent with a charset: the signature covers the received value.
		expect(code(await call('DescribePhoneNumberInfo', body, { contentType: 'application/json', headers: { 'content-type': 'application/json; charset=utf-8' } }))).toBe('AuthFailure.SignatureFailure');
		const { status, json } = await callTencent(baseUrl, { action: 'DescribePhoneNumberInfo', rawBody: '{"PhoneNumberSet":["+8613800000000"]}', headers: {} });
		expect(status).toBe(200);
		expect(json.Response.Error).toBeUndefined();
	});

	test('the Host without its port verifies only while allowPortlessHost is on (Tencent’s Node SDK signs URL.hostname)', async () => {
		const signHost = '127.0.0.1';
		expect(code(await call('DescribePhoneNumberInfo', { PhoneNumberSet: ['+8613800000000'] }, { signHost }))).toBeUndefined();
		sb.allowPortlessHost = false;
		expect(code(await call('DescribePhoneNumberInfo', { PhoneNumberSet: ['+8613800000000'] }, { signHost }))).toBe('AuthFailure.SignatureFailure');
	});

	test('common headers and parameters: action, version, region, unknown and 2019 parameter names, types', async () => {
		expect(code(await call('SendSmsNow', {}))).toBe('InvalidAction');
		expect(code(await call('SendSms', {}, { version: '2019-07-11' }))).toBe('NoSuchVersion');
		expect(code(await call('SendSms', {}, { region: null }))).toBe('MissingParameter');
		expect(code(await call('SendSms', {}, { region: 'mars-1' }))).toBe('UnsupportedRegion');
		expect(await call('SendSms', { PhoneNumberSet: ['+8613800000000'], SmsSdkAppid: appId, TemplateId: '1110', Sign: '腾讯云' })).toMatchObject({ Error: { Code: 'UnknownParameter', Message: expect.stringContaining('SmsSdkAppid') } });
		expect(code(await send(['+8613800000000'], { TemplateId: 1110 }))).toBe('InvalidParameter');
		expect(code(await send(['+8613800000000'], { TemplateParamSet: [4370] }))).toBe('InvalidParameter');
		expect(code(await call('SendSms', { PhoneNumberSet: ['+8613800000000'], TemplateId: '1110' }))).toBe('MissingParameter');
		expect(code(await call('SendSms', undefined, { rawBody: '{"PhoneNumberSet":' }))).toBe('FailedOperation.JsonParseFail');
		expect(code(await call('SendSms', {}, { method: 'PUT' }))).toBe('UnsupportedProtocol');
		expect(code(await call('SendSms', {}, { path: '/v2/sms' }))).toBe('InvalidAction');
	});
});

describe('Tencent sandbox: SendSms per number (§8.6)', () => {
	test('one result per number in request order; the fee counts 【signature】 + text; a bad number fails only its entry', async () => {
		const response = await send(['+8613800000001', '8613800000002', '13800000003', 'not-a-number']);
		const set = response.SendStatusSet as Array<Record<string, unknown>>;
		expect(set.map((entry) => [entry.PhoneNumber, entry.Code, entry.Fee])).toEqual([
			['+8613800000001', 'Ok', 1],
			['+8613800000002', 'Ok', 1],
			['+8613800000003', 'Ok', 1],
			['not-a-number', 'InvalidParameterValue.IncorrectPhoneNumber', 0],
		]);
		expect(set[0].SerialNo).toMatch(/^5000:\d+$/);
		expect(sb.messages.map((message) => message.content)).toEqual(['【腾讯云】您的验证码是4370', '【腾讯云】您的验证码是4370', '【腾讯云】您的验证码是4370']);
		expect(sb.packages[0].CurrentUsage).toBe(3);
	});

	test('request-level refusals: empty, over 200, mixed kinds, another account’s app, unknown app, no signature for mainland', async () => {
		expect(code(await send([]))).toBe('MissingParameter.EmptyPhoneNumberSet');
		expect(code(await send(Array.from({ length: 201 }, (_, i) => `+86138${String(i).padStart(8, '0')}`)))).toBe('LimitExceeded.PhoneNumberCountLimit');
		expect(code(await send(['+8613800000001', '+60198765432']))).toBe('UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber');
		expect(code(await send(['+8613800000001'], { SmsSdkAppId: tencentOtherAccount.smsSdkAppId }))).toBe('UnauthorizedOperation.SmsSdkAppIdVerifyFail');
		expect(code(await send(['+8613800000001'], { SmsSdkAppId: '1400000000' }))).toBe('InvalidParameterValue.SdkAppIdNotExist');
		expect(code(await send(['+8613800000001'], { SignName: undefined }))).toBe('MissingParameter');
		expect(code(await send(['+8613800000001'], { TemplateId: '1114' }))).toBe('UnsupportedOperation.GlobalTemplateToChineseMainlandPhone');
		expect(sb.messages).toHaveLength(0);
	});

	test('per-number refusals: value count, unapproved template or signature, blacklist, 30 s same content, package used up', async () => {
		const entry = async (numbers: string[], extra: Record<string, unknown> = {}) => ((await send(numbers, extra)).SendStatusSet as Array<Record<string, unknown>>).map((row) => row.Code);
		expect(await entry(['+8613800000001'], { TemplateParamSet: ['1', '2'] })).toEqual(['FailedOperation.TemplateParamSetNotMatchApprovedTemplate']);
		expect(await entry(['+8613800000001'], { TemplateId: '1112' })).toEqual(['FailedOperation.TemplateIncorrectOrUnapproved']);
		expect(await entry(['+8613800000001'], { SignName: 'n8n测试' })).toEqual(['FailedOperation.SignatureIncorrectOrUnapproved']);
		expect(await entry(['+8613800000001'], { TemplateParamSet: ['12ab'] })).toEqual(['InvalidParameterValue.TemplateParameterFormatError']);
		expect(await entry([BLACKLISTED_NUMBER, '+8613800000001'])).toEqual(['FailedOperation.PhoneNumberInBlacklist', 'Ok']);
		expect(await entry(['+8613800000001'])).toEqual(['LimitExceeded.PhoneNumberThirtySecondLimit']);
		for (const pack of sb.packages) pack.CurrentUsage = pack.PackageAmount;
		expect(await entry(['+8613800000002'])).toEqual(['FailedOperation.InsufficientBalanceInSmsPackage']);
	});

	test('international: SendSms without a signature, SendMultiGlobalSms per recipient keeps SerialNo and IsoCode on refusal', async () => {
		const response = await call('SendSms', { PhoneNumberSet: ['+60198765432'], SmsSdkAppId: appId, TemplateId: '1114', TemplateParamSet: ['1234'] });
		expect(response.SendStatusSet).toEqual([expect.objectContaining({ Code: 'Ok', IsoCode: 'MY' })]);
		const multi = await call('SendMultiGlobalSms', {
			SmsSdkAppId: appId,
			MultiSmsInfoSet: [
				{ PhoneNumber: '+6591234567', TemplateId: '1115', TemplateParamSet: ['A1'] },
				{ PhoneNumber: '+6591234568', TemplateId: '1115' },
			],
		});
		const set = multi.SendMultiStatusSet as Array<Record<string, unknown>>;
		expect(set.map((row) => [row.Code, row.IsoCode, typeof row.SerialNo === 'string' && row.SerialNo !== ''])).toEqual([
			['Ok', 'SG', true],
			['FailedOperation.TemplateIncorrectOrUnapproved', 'SG', true],
		]);
		expect(code(await call('SendMultiGlobalSms', { SmsSdkAppId: appId, MultiSmsInfoSet: [{ PhoneNumber: '+8613800000001', TemplateId: '1115' }] }))).toBe('UnsupportedOperation.ContainDomesticPhoneNumber');
	});
});

describe('Tencent sandbox: receipts, replies and callbacks (§5, §8.7)', () => {
	test('deliver() queues receipts once; the by-number pull reads without consuming', async () => {
		await send(['+8613800000001', '+8613800000004']);
		await sb.deliver();
		const pulled = await call('PullSmsSendStatus', { Limit: 100, SmsSdkAppId: appId });
		expect((pulled.PullSmsSendStatusSet as Array<Record<string, unknown>>).map((row) => [row.PhoneNumber, row.ReportStatus, row.Description])).toEqual([
			['+8613800000001', 'SUCCESS', 'DELIVRD'],
			['+8613800000004', 'FAIL', 'UNDELIV'],
		]);
		expect((await call('PullSmsSendStatus', { Limit: 100, SmsSdkAppId: appId })).PullSmsSendStatusSet).toEqual([]);
		const byNumber = { BeginTime: Math.floor(Date.now() / 1000) - 60, Offset: 0, Limit: 10, PhoneNumber: '+8613800000004', SmsSdkAppId: appId };
		expect((await call('PullSmsSendStatusByPhoneNumber', byNumber)).PullSmsSendStatusSet).toHaveLength(1);
		expect((await call('PullSmsSendStatusByPhoneNumber', byNumber)).PullSmsSendStatusSet).toHaveLength(1);
		expect(code(await call('PullSmsSendStatusByPhoneNumber', { ...byNumber, BeginTime: 1 }))).toBe('InvalidParameterValue.BeginTimeVerifyFail');
	});

	test('status pushes are an unsigned JSON array, retried twice when not answered {"result":0}', async () => {
		const server = new (await import('../kit/server')).SandboxServer('receiver', { notFound: () => ({ status: 404 }), badBody: () => ({ status: 400 }) });
		let answers = 0;
		server.route('POST', '/status', () => (++answers < 3 ? { status: 500 } : { status: 200, body: { result: 0, errmsg: 'OK' } }));
		const url = await server.start();
		try {
			sb.statusCallbackUrl = `${url}/status`;
			sb.pushRetryMs = 1;
			await send(['+8613800000001']);
			await sb.deliver();
			expect(server.received).toHaveLength(3);
			const pushed = server.received[2];
			expect(Object.keys(pushed.headers).filter((name) => /sign|auth|token/i.test(name))).toEqual([]);
			expect(pushed.body).toEqual([
				{ user_receive_time: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/), nationcode: '86', mobile: '13800000001', report_status: 'SUCCESS', errmsg: 'DELIVRD', description: '用户短信送达成功', sid: sb.messages[0].SerialNo, ext: '' },
			]);
			expect(sb.pushes[0].delivered).toBe(true);
		} finally {
			await server.stop();
		}
	});
});
