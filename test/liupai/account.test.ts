import { capturedLogs, n8nLogsNodeErrors } from '../harness/logCapture';
import { everything, expectNoLeak, useLiupai, wire } from './setup';

const { sandbox, run, received, appkey, wrongAppkey } = useLiupai();

const balance = { resource: 'account', operation: 'getBalance' };

describe('Liupai Account → Get Balance', () => {
	test('POSTs sms/balance with only the appkey and adds remaining', async () => {
		sandbox.root.usednum = 40;
		const result = await run(balance);
		expect(received().map(wire)).toEqual([{ method: 'POST', path: '/sms/balance', query: { appkey }, body: undefined }]);
		expect(result.items).toEqual([
			{ json: { accountid: 0, company: 'Sandbox Co.', totalnum: 1000, usednum: 40, remaining: 960 }, pairedItem: { item: 0 } },
		]);
	});

	test('runs once per input item', async () => {
		const result = await run(balance, { input: [{}, {}] });
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(received()).toHaveLength(2);
	});

	test('status "200" as a string counts as success', async () => {
		sandbox.statusAsString = true;
		const result = await run(balance);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.remaining).toBe(1000);
	});

	test('a JSONP answer is unwrapped', async () => {
		sandbox.failNext({ kind: 'jsonp' });
		const result = await run(balance);
		expect(result.items[0].json).toMatchObject({ totalnum: 1000 });
	});
});

describe('failure shapes of an undocumented envelope', () => {
	test.each([
		['status ≠ 200 with result ""', { kind: 'status', status: 500, msg: '系统繁忙', result: '' }, 'Liupai error 500: 系统繁忙', undefined],
		['status as a string with result []', { kind: 'status', status: '203', msg: '子账号不存在', result: [] }, 'Liupai error 203: The sub-account or template does not exist', '200'],
		['status without result', { kind: 'status', status: 999, msg: '未知错误' }, 'Liupai error 999: 未知错误', '200'],
		['HTTP 500 with an HTML page', { kind: 'http', httpStatus: 500 }, 'Liupai error HTTP_500: Liupai had an internal error', '500'],
		['HTTP 200 with an HTML page', { kind: 'html' }, 'Liupai answered HTTP 200 with an HTML page', '200'],
		['an empty body', { kind: 'empty' }, 'Liupai answered HTTP 200 with an empty body', '200'],
		['JSON without status', { kind: 'noStatus' }, 'Liupai error NO_STATUS: Liupai’s answer has no status, so success cannot be confirmed', '200'],
		['success without result', { kind: 'noResult' }, 'Liupai answered HTTP 200 with an answer this operation cannot use: the answer has no result', '200'],
		['success whose result lacks the balance', { kind: 'status', status: 200, msg: 'ok', result: { accountid: 0 } }, 'Liupai answered HTTP 200 with an answer this operation cannot use: the result has no totalnum, usednum', '200'],
	] as const)('%s', async (_name, fault, message, httpCode) => {
		sandbox.failNext(fault as Parameters<typeof sandbox.failNext>[0]);
		const result = await run(balance);
		expect(result.error).toMatchObject({ name: 'NodeApiError', message });
		if (httpCode) expect(result.error).toMatchObject({ httpCode });
		expect(result.error?.description).toBeTruthy();
	});

	test('an unknown status keeps Liupai’s own message in the description', async () => {
		sandbox.failNext({ kind: 'status', status: 301, msg: '接口维护中' });
		const result = await run(balance);
		expect(result.error?.message).toBe('Liupai error 301: 接口维护中');
	});

	test('an unknown path is HTTP 404 with a hint about the Base URL', async () => {
		const result = await run(balance, { baseUrl: `${sandbox.baseUrl}/sms` });
		expect(result.error).toMatchObject({ message: 'Liupai error HTTP_404: The address does not exist', httpCode: '404' });
		expect(result.error?.description).toContain('without /sms');
		expect(result.error?.description).toContain('(Liupai said: 接口不存在)');
	});
});

describe('the appkey never leaves the node', () => {
	test('a wrong appkey: 101 error, and neither key appears in the error, items, run data or log', async () => {
		sandbox.echoAppkey = true;
		const result = await run(balance, { appSecret: wrongAppkey });
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: 'Liupai error 101: The appkey is empty or unknown' });
		expect(result.error?.description).toContain('(Liupai said: APPKEY为空或不存在: *** (POST /sms/balance?appkey=***))');
		expect(received()[0].query.appkey).toBe(wrongAppkey);
		if (n8nLogsNodeErrors) expect(capturedLogs()).toContain('Liupai error 101');
		expectNoLeak(result, wrongAppkey, appkey);
	});

	test('Continue On Fail: the error item carries Liupai’s answer, redacted', async () => {
		sandbox.echoAppkey = true;
		const result = await run(balance, { appSecret: wrongAppkey, continueOnFail: true });
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({ code: '101', httpCode: '200', response: { status: 101, msg: 'APPKEY为空或不存在: *** (POST /sms/balance?appkey=***)', result: '' } }),
				pairedItem: { item: 0 },
			},
		]);
		expectNoLeak(result, wrongAppkey);
	});

	test('an expired appkey is 102', async () => {
		sandbox.appkeyExpired = true;
		const result = await run(balance);
		expect(result.error?.message).toBe('Liupai error 102: The appkey has expired');
		expectNoLeak(result, appkey);
	});

	test('network errors: refused connection, and a redirect to a dead port with the key in its URL', async () => {
		const refused = await run(balance, { baseUrl: 'http://127.0.0.1:9' });
		expect(refused.error?.message).toBe('Could not reach Liupai: the connection was refused (nothing listens at that address)');
		expect(refused.error?.description).toMatch(/^Check the Base URL in the credential/);
		expectNoLeak(refused, appkey);
		sandbox.failNext({ kind: 'redirect', to: 'http://127.0.0.1:9' });
		const redirected = await run(balance);
		expect(redirected.error?.message).toMatch(/^Could not reach Liupai/);
		expectNoLeak(redirected, appkey);
	});

	test('a successful run carries no key either', async () => {
		const result = await run(balance);
		expect(everything(result)).toContain('totalnum');
		expectNoLeak(result, appkey);
	});

	test('a Base URL that is not http(s) is a clear credential error, nothing sent', async () => {
		const result = await run(balance, { baseUrl: 'open.liupai.net' });
		expect(result.error?.message).toBe('The Liupai credential has no valid Base URL');
		expect(received()).toHaveLength(0);
	});
});
