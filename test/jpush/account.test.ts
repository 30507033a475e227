import axios from 'axios';

import { JPushSmsApi } from '../../credentials/JPushSmsApi.credentials';
import { appAuth, devAuth, devSecret, expectNoSecrets, jsonOf, masterSecret, useJPush } from './setup';

const { sandbox, run, received } = useJPush();

describe('JPush Account', () => {
	test('Get App Balance uses the app pair', async () => {
		const result = await run({ resource: 'account', operation: 'getAppBalance' });
		expect(received()[0]).toMatchObject({ method: 'GET', path: '/v1/accounts/app' });
		expect(received()[0].headers.authorization).toBe(appAuth);
		expect(jsonOf(result)).toEqual([{ app_balance: 1000, app_voice: 100, app_industry: 500, app_market: 300 }]);
	});

	test('Get App Balance maps 50033', async () => {
		sandbox.appQuotaAssigned = false;
		const result = await run({ resource: 'account', operation: 'getAppBalance' });
		expect(result.error?.message).toBe('JPush SMS error 50033: No quota is assigned to this app (app quota not assigned)');
	});

	test('Get Developer Balance authenticates with the developer pair, and leaks neither secret', async () => {
		const result = await run({ resource: 'account', operation: 'getDevBalance' });
		expect(result.error).toBeUndefined();
		expect(received()[0]).toMatchObject({ method: 'GET', path: '/v1/accounts/dev' });
		expect(received()[0].headers.authorization).toBe(devAuth);
		expect(jsonOf(result)).toEqual([{ dev_balance: 9, dev_voice: 702, dev_industry: 121981, dev_market: null, keyPair: 'developer' }]);
		expectNoSecrets(result);
	});

	test('Get Developer Balance without a developer pair tries the app pair; the sandbox refuses it with 50002', async () => {
		const refused = await run({ resource: 'account', operation: 'getDevBalance' }, { credentials: { devKey: '', devSecret: '' } });
		expect(received()[0].headers.authorization).toBe(appAuth);
		expect(refused.error).toMatchObject({ message: 'JPush SMS error 50002: Authentication failed (auth failed)', httpCode: '401' });
		expect(refused.error?.description).toContain('Developer Key');
		expectNoSecrets(refused);
		sandbox.devAcceptsAppPair = true;
		const accepted = await run({ resource: 'account', operation: 'getDevBalance' }, { credentials: { devKey: '', devSecret: '' } });
		expect(jsonOf(accepted)[0]).toMatchObject({ dev_balance: 9, keyPair: 'app' });
	});

	test('Get Developer Balance with half a developer pair is refused before sending', async () => {
		const result = await run({ resource: 'account', operation: 'getDevBalance' }, { credentials: { devSecret: '' } });
		expect(result.error?.message).toMatch(/Credential: the Developer Secret is empty \[item 0\]/);
		expect(received()).toHaveLength(0);
	});
});

describe('JPush Report', () => {
	test('Get Delivery Reports pulls once and outputs one item per report; a second pull within 5 s is 50009', async () => {
		await run({ resource: 'message', operation: 'send', mobile: '13800000004', templateId: { __rl: true, mode: 'id', value: '1006' }, options: { checkTemplate: false } });
		sandbox.server.clearRequests();
		const result = await run({ resource: 'report', operation: 'getDeliveryReports' }, { input: [{}, {}] });
		expect(received()).toEqual([expect.objectContaining({ method: 'GET', path: '/v1/report' })]);
		expect(received()[0].headers.authorization).toBe(appAuth);
		expect(result.items).toEqual([{ json: { messageId: '288193860302', phone: '13800000004', receiveTime: expect.any(Number), status: 4004 }, pairedItem: { item: 0 } }]);
		const again = await run({ resource: 'report', operation: 'getDeliveryReports' });
		expect(again.error?.message).toMatch(/^JPush SMS error 50009/);
		const later = sandbox.now() + 5000;
		sandbox.now = () => later;
		const empty = await run({ resource: 'report', operation: 'getDeliveryReports' });
		expect(empty.error).toBeUndefined();
		expect(empty.items).toEqual([]);
	});

	test('Get Replies outputs the inbound replies; with a callback configured JPush answers 50008', async () => {
		sandbox.replies.push({ phone: '13800138000', replyTime: 1492150740292, content: 'TD' });
		const result = await run({ resource: 'report', operation: 'getReplies' });
		expect(received()[0]).toMatchObject({ method: 'GET', path: '/v1/reply' });
		expect(jsonOf(result)).toEqual([{ phone: '13800138000', replyTime: 1492150740292, content: 'TD' }]);
		sandbox.reset();
		sandbox.callbackConfigured = true;
		const refused = await run({ resource: 'report', operation: 'getReplies' });
		expect(refused.error?.message).toMatch(/^JPush SMS error 50008/);
	});
});

describe('JPush SMS credential', () => {
	const credential = new JPushSmsApi();

	test('Basic auth from AppKey and Master Secret; secrets are passwords; defaults to the JPush API', () => {
		const fields = Object.fromEntries(credential.properties.map((p) => [p.name, p]));
		expect(credential.name).toBe('jPushSmsApi');
		expect(fields.baseUrl.default).toBe('https://api.sms.jpush.cn');
		expect(fields.masterSecret.typeOptions?.password).toBe(true);
		expect(fields.devSecret.typeOptions?.password).toBe(true);
		expect(fields.devKey.description).toContain('Get Developer Balance');
		expect(credential.authenticate.properties.auth).toEqual({ username: '={{$credentials.appKey}}', password: '={{$credentials.masterSecret}}' });
		expect(credential.test.request).toMatchObject({ baseURL: '={{$credentials.baseUrl}}', url: '/v1/accounts/app', method: 'GET' });
	});

	test('its test request succeeds with the right pair and fails with 401 50002 on a wrong one', async () => {
		const test = (password: string) =>
			axios.request({ method: 'GET', baseURL: sandbox.server.baseUrl, url: credential.test.request.url, auth: { username: '7d431e42dfa6a6d693ac2d04', password }, validateStatus: () => true });
		expect((await test(masterSecret)).status).toBe(200);
		const bad = await test(`${devSecret}-wrong`);
		expect([bad.status, bad.data]).toEqual([401, { error: { code: 50002, message: 'auth failed' } }]);
	});
});
