import { yunpianWrongApiKey } from '../sandbox/yunpian';
import { everything, expectFormPost, form, jsonOf, useYunpian } from './setup';

const { sandbox, run, received, apiKey, baseUrl } = useYunpian();

describe('Yunpian Account', () => {
	test('Get posts user/get with only the apikey in the form and returns the account', async () => {
		const result = await run({ resource: 'account', operation: 'get' });
		expect(result.error).toBeUndefined();
		expect(received()).toHaveLength(1);
		expect(expectFormPost(received()[0], 'user/get', apiKey)).toEqual({ apikey: apiKey });
		expect(received()[0].headers.accept).toContain('application/json');
		expect(result.items).toEqual([{ json: expect.objectContaining({ nick: 'acme', balance: 100, ip_whitelist: '127.0.0.1' }), pairedItem: { item: 0 } }]);
	});

	test('Update sends the changed fields and returns the updated account', async () => {
		const result = await run({ resource: 'account', operation: 'update', updateFields: { alarmBalance: 50, emergencyContact: 'Li Lei', emergencyMobile: '+86 139 0013 9000' } });
		expect(result.error).toBeUndefined();
		expect(form(received()[0])).toEqual({ alarm_balance: '50', emergency_contact: 'Li Lei', emergency_mobile: '13900139000', apikey: apiKey });
		expect(jsonOf(result)[0]).toMatchObject({ alarm_balance: 50, emergency_mobile: '13900139000' });
		expect(sandbox.account.emergency_contact).toBe('Li Lei');
	});

	test.each([
		['nothing to update', {}, /Update Fields: nothing to update \[item 0\]/],
		['a bad emergency mobile', { emergencyMobile: '12345' }, /Emergency Mobile: "12345"/],
		['a negative alarm balance', { alarmBalance: -1 }, /Alarm Balance/],
	])('Update refuses %s before sending', async (_name, updateFields, message) => {
		const result = await run({ resource: 'account', operation: 'update', updateFields });
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toMatch(message);
		expect(received()).toHaveLength(0);
	});
});

describe('Yunpian errors and the API key', () => {
	test('a wrong key is code -1 (HTTP 400) and the key appears nowhere', async () => {
		const result = await run({ resource: 'account', operation: 'get' }, { apiKey: yunpianWrongApiKey });
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'Yunpian error -1: The API key is not valid', httpCode: '400' });
		expect(result.error?.description).toContain('Copy the APIKEY again');
		expect(everything(result)).not.toContain(yunpianWrongApiKey);
		expect(everything(result)).not.toContain(apiKey);
	});

	test('a server outside the IP whitelist gets -3 with the whitelist fix', async () => {
		sandbox.ipAllowed = false;
		const result = await run({ resource: 'account', operation: 'get' });
		expect(result.error?.message).toBe('Yunpian error -3: The IP address of this n8n server is not in the whitelist');
		expect(result.error?.description).toContain('IP whitelist');
	});

	test('an HTTP 400 error body keeps Yunpian’s msg and detail, and Continue On Fail puts them on the item', async () => {
		sandbox.failNext(-51, '请稍后再试');
		const result = await run({ resource: 'account', operation: 'get' }, { continueOnFail: true, input: [{}, {}] });
		expect(result.error).toBeUndefined();
		expect(result.items[0]).toEqual({
			json: expect.objectContaining({
				error: 'Yunpian error -51: Yunpian is busy',
				code: '-51',
				httpCode: '400',
				response: { http_status_code: 400, code: -51, msg: '系统繁忙', detail: '请稍后再试' },
				description: expect.stringContaining('系统繁忙: 请稍后再试'),
			}),
			pairedItem: { item: 0 },
		});
		expect(result.items[1]).toEqual({ json: expect.objectContaining({ nick: 'acme' }), pairedItem: { item: 1 } });
	});

	test('an HTTP 200 answer with a non-zero code is a failure too', async () => {
		sandbox.failNext(-2, 'API 没有权限', 200);
		const result = await run({ resource: 'account', operation: 'get' });
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'Yunpian error -2: This API is not enabled for the account', httpCode: '200' });
	});

	test('an unknown path is HTTP_404 with the Base URL fix', async () => {
		const result = await run({ resource: 'account', operation: 'get' }, { baseUrl: `${baseUrl()}/nowhere` });
		expect(result.error?.message).toBe('Yunpian error HTTP_404: The address does not exist');
		expect(result.error?.description).toContain('Base URL');
	});

	test('{type} in the Base URL is replaced per product (sandbox checks the product of each path)', async () => {
		const typed = `${baseUrl()}/{type}`;
		const account = await run({ resource: 'account', operation: 'get' }, { baseUrl: typed });
		const voice = await run({ resource: 'voice', operation: 'sendCode', mobile: '13800138000', code: '1234' }, { baseUrl: typed });
		const flow = await run({ resource: 'flow', operation: 'getPackages', carrier: '' }, { baseUrl: typed });
		const video = await run({ resource: 'videoSms', operation: 'getTemplate', videoTemplateId: '126' }, { baseUrl: typed });
		for (const result of [account, voice, flow, video]) expect(result.error).toBeUndefined();
		expect(received().map((r) => r.path)).toEqual(['/sms/v2/user/get.json', '/voice/v2/voice/send.json', '/flow/v2/flow/get_package.json', '/vsms/v2/vsms/get_tpl.json']);
	});

	test('a Base URL that is not http(s) is a clear credential error before any request', async () => {
		const result = await run({ resource: 'account', operation: 'get' }, { baseUrl: '{type}.yunpian.com' });
		expect(result.error?.message).toBe('The Yunpian credential has no valid Base URL');
		expect(received()).toHaveLength(0);
	});

	test('an unreachable server is one clear error', async () => {
		const result = await run({ resource: 'account', operation: 'get' }, { baseUrl: 'http://127.0.0.1:9' });
		expect(result.error?.message).toMatch(/^Could not reach Yunpian/);
	});
});
