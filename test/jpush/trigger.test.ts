import type { IDataObject } from 'n8n-workflow';

import { capturedLogs, clearLogs } from '../harness/logCapture';
import { nodeTypes } from '../harness/runWorkflow';
import { runWebhook, runWebhookMethod, type WebhookAnswer } from '../harness/runWebhook';
import { crypto } from '../support/node';
import { appKey, CREDENTIAL_TYPE, masterSecret } from './setup';

const TRIGGER = 'n8n-nodes-china-sms.jPushSmsTrigger';
const ALL_EVENTS = ['SMS_REPORT', 'SMS_REPLY', 'SMS_TEMPLATE', 'SMS_SIGN'];
const FORM = 'application/x-www-form-urlencoded; charset=UTF-8';
const credentials = { [CREDENTIAL_TYPE]: { appKey, masterSecret, baseUrl: 'https://api.sms.jpush.cn' } };
const spec = (parameters: IDataObject = {}) => ({
	type: TRIGGER,
	credentialType: CREDENTIAL_TYPE,
	parameters: { events: ALL_EVENTS, options: {}, ...parameters },
});

/**
 * JPush's callback signature, written from the reference (jpush.md §4.3; docs.jiguang.cn/jsms/server/callback
 * "signature生成校验规则"), not from the node: SHA-1, lowercase hex, of
 * `appKey={appKey}&appMasterSecret={appMasterSecret}&nonce={nonce}&timestamp={timestamp}`.
 */
function sign(nonce: string, timestamp: string, key = appKey, secret = masterSecret): string {
	return crypto.createHash('sha1').update(`appKey=${key}&appMasterSecret=${secret}&nonce=${nonce}&timestamp=${timestamp}`, 'utf8').digest('hex');
}

/** A signed nonce as JPush's Java sample makes it (`Random.nextLong()`): a decimal, possibly negative, 64-bit integer. */
function nonce(): string {
	return crypto.randomBytes(8).readBigInt64BE().toString();
}

interface CallbackFields {
	nonce?: string;
	timestamp?: string;
	signature?: string;
	type?: string;
	data?: string;
}

/** A callback body as JPush posts it (jpush.md §4.2): form-urlencoded nonce, timestamp, signature, type, data. */
function callback(type: string, data: unknown, overrides: CallbackFields & { omit?: string[] } = {}): string {
	const fields: CallbackFields = { nonce: nonce(), timestamp: String(Date.now()), type, data: JSON.stringify(data) };
	Object.assign(fields, overrides);
	fields.signature = overrides.signature ?? sign(fields.nonce!, fields.timestamp!);
	const form = new URLSearchParams();
	for (const name of ['nonce', 'timestamp', 'signature', 'type', 'data'] as const) {
		if (!overrides.omit?.includes(name)) form.append(name, fields[name]!);
	}
	return form.toString();
}

async function post(body: string, parameters: IDataObject = {}, staticData: IDataObject = {}, contentType = FORM) {
	return await runWebhook(spec(parameters), credentials, { method: 'POST', headers: { 'Content-Type': contentType }, body }, staticData);
}

const items = (answer: WebhookAnswer) => (answer.workflowData?.[0] ?? []).map((item) => item.json);

/** Refused: the status, no workflow run, and no secret in the answer or in n8n's log. */
function expectRefused(answer: WebhookAnswer, status: number) {
	expect(answer.status).toBe(status);
	expect(answer.workflowData).toBeUndefined();
	expect(JSON.stringify(answer)).not.toContain(masterSecret);
	expect(capturedLogs()).not.toContain(masterSecret);
}

beforeEach(() => clearLogs());

describe('JPush SMS Trigger: description', () => {
	test('one GET (URL check) and one POST (callbacks) webhook on the same path; a trigger, not a tool', () => {
		const { description, webhookMethods } = nodeTypes.getByNameAndVersion(TRIGGER) as unknown as {
			description: IDataObject & { webhooks: IDataObject[] };
			webhookMethods: IDataObject;
		};
		expect(description.webhooks.map((hook) => [hook.name, hook.httpMethod, hook.path])).toEqual([
			['setup', 'GET', 'webhook'],
			['default', 'POST', 'webhook'],
		]);
		expect(description.usableAsTool).toBeUndefined();
		expect(description.group).toEqual(['trigger']);
		expect(description.icon).toEqual({ light: 'file:../../icons/jpushSms.svg', dark: 'file:../../icons/jpushSms.dark.svg' });
		expect(Object.keys(webhookMethods)).toEqual(['default']);
	});

	test('the signature written here from the reference matches its worked example', () => {
		expect(sign('7659972084945889195', '1492150740274', 'dev_sample_appKey', 'dev_sample_appMasterSecret')).toBe(
			'57858e063e5a802e09f7e87169b587701537d4d9',
		);
	});
});

describe('JPush SMS Trigger: URL check (GET echostr)', () => {
	test('answers the 8-character echostr as a plain-text body, without starting the workflow', async () => {
		const answer = await runWebhook(spec(), credentials, { method: 'GET', query: { echostr: 'a1B2c3D4' } });
		expect(answer.status).toBe(200);
		expect(answer.body).toBe('a1B2c3D4');
		expect(answer.headers['content-type']).toMatch(/^text\/plain/);
		expect(answer.workflowData).toBeUndefined();
	});

	test.each([
		['no echostr', {}],
		['an empty echostr', { echostr: '' }],
		['a longer value', { echostr: 'a1B2c3D4e5' }],
		['markup', { echostr: '<script>' }],
	])('refuses a GET with %s (400, nothing echoed)', async (_label, query: Record<string, string>) => {
		const answer = await runWebhook(spec(), credentials, { method: 'GET', query });
		expectRefused(answer, 400);
		if (query.echostr) expect(answer.body).not.toContain(query.echostr);
	});
});

describe('JPush SMS Trigger: events', () => {
	test('SMS_REPORT: one delivery report item, the raw callback kept', async () => {
		const data = { msgId: '1652496', phone: '15822889320', receiveTime: 1492150741392, status: 4001 };
		const body = callback('SMS_REPORT', data);
		const answer = await post(body);
		expect(answer.status).toBe(200);
		expect(answer.body).toBe('ok');
		const form = new URLSearchParams(body);
		expect(items(answer)).toEqual([
			{
				event: 'SMS_REPORT',
				messageId: '1652496',
				mobile: '15822889320',
				status: 4001,
				delivered: true,
				statusDescription: 'Delivered',
				receivedAt: '2017-04-14T06:19:01.392Z',
				raw: { type: 'SMS_REPORT', nonce: form.get('nonce'), timestamp: form.get('timestamp'), data },
			},
		]);
	});

	test.each([
		[4002, 'Number on the carrier blacklist'],
		[4010, 'Blocked by the carrier for sensitive words'],
		[4100, 'Other error'],
		[4999, 'Unknown status'],
	])('SMS_REPORT status %i is a failure (%s)', async (status, description) => {
		const answer = await post(callback('SMS_REPORT', { msgId: '1857496', phone: '13000000000', receiveTime: 1492150740292, status }));
		expect(items(answer)).toEqual([expect.objectContaining({ status, delivered: false, statusDescription: description })]);
	});

	test('SMS_REPLY: one reply item', async () => {
		const data = { content: 'TD', phone: '13720481024', replyTime: 1492150740292 };
		const answer = await post(callback('SMS_REPLY', data));
		expect(answer.status).toBe(200);
		expect(items(answer)).toEqual([
			expect.objectContaining({
				event: 'SMS_REPLY',
				mobile: '13720481024',
				content: 'TD',
				repliedAt: '2017-04-14T06:19:00.292Z',
				raw: expect.objectContaining({ type: 'SMS_REPLY', data }),
			}),
		]);
	});

	test('SMS_REPLY: Chinese content survives the form encoding', async () => {
		const answer = await post(callback('SMS_REPLY', { content: '退订 谢谢&=+', phone: '13000000000', replyTime: 1492150740292 }));
		expect(items(answer)[0]).toMatchObject({ content: '退订 谢谢&=+' });
	});

	test.each([
		['SMS_TEMPLATE', 'rejected, with its reason', { tempId: 57496, status: 2, refuseReason: '模板内容不规范' }, { templateId: 57496 }],
		['SMS_SIGN', 'approved (the console test data)', { signId: 123, status: 1, refuseReason: null }, { signatureId: 123 }],
	])('%s: one review result item, %s', async (type, _label, data: IDataObject, id: IDataObject) => {
		const approved = data.status === 1;
		const answer = await post(callback(type, data));
		expect(items(answer)).toEqual([
			{
				event: type,
				...id,
				status: data.status,
				approved,
				result: approved ? 'approved' : 'rejected',
				rejectionReason: data.refuseReason,
				raw: expect.objectContaining({ type, data }),
			},
		]);
	});

	test('an event not selected is acknowledged (200) without starting the workflow', async () => {
		const answer = await post(callback('SMS_REPLY', { content: 'TD', phone: '13000000000', replyTime: 1492150740292 }), {
			events: ['SMS_REPORT'],
		});
		expect(answer.status).toBe(200);
		expect(answer.body).toBe('ok');
		expect(answer.workflowData).toBeUndefined();
	});

	test('an unknown event type with a good signature is acknowledged without starting the workflow', async () => {
		const answer = await post(callback('SMS_SOMETHING_NEW', { any: 1 }));
		expect(answer.status).toBe(200);
		expect(answer.workflowData).toBeUndefined();
	});

	test('the same callback delivered twice (same nonce and timestamp) starts the workflow once', async () => {
		const staticData: IDataObject = {};
		const body = callback('SMS_REPORT', { msgId: '1', phone: '13000000000', receiveTime: 1492150740292, status: 4001 });
		expect(items(await post(body, {}, staticData))).toHaveLength(1);
		const again = await post(body, {}, staticData);
		expect(again.status).toBe(200);
		expect(again.workflowData).toBeUndefined();
		// A new callback (new nonce) is news again.
		expect(items(await post(callback('SMS_REPORT', { msgId: '1', phone: '13000000000', status: 4001 }), {}, staticData))).toHaveLength(1);
	});
});

describe('JPush SMS Trigger: refused callbacks', () => {
	const report = { msgId: '1652496', phone: '15822889320', receiveTime: 1492150741392, status: 4001 };
	const hour = 60 * 60 * 1000;

	test.each([
		['a forged signature', { signature: 'f'.repeat(40) }],
		['an empty signature', { signature: '' }],
		['a signature from the wrong master secret', { signature: sign('1', '2', appKey, 'not-the-secret') }],
	])('%s → 401', async (_label, overrides: CallbackFields) => {
		expectRefused(await post(callback('SMS_REPORT', report, overrides)), 401);
	});

	test('a signature of another app key → 401', async () => {
		const n = nonce();
		const timestamp = String(Date.now());
		expectRefused(await post(callback('SMS_REPORT', report, { nonce: n, timestamp, signature: sign(n, timestamp, 'other-app-key') })), 401);
	});

	test('a signature made with the wrong master secret for this very nonce and timestamp → 401', async () => {
		const n = nonce();
		const timestamp = String(Date.now());
		expectRefused(await post(callback('SMS_REPORT', report, { nonce: n, timestamp, signature: sign(n, timestamp, appKey, `${masterSecret}x`) })), 401);
	});

	test.each(['signature', 'nonce', 'timestamp'])('a callback without %s → 401', async (field) => {
		expectRefused(await post(callback('SMS_REPORT', report, { omit: [field] })), 401);
	});

	test('a nonce changed after signing → 401', async () => {
		const body = new URLSearchParams(callback('SMS_REPORT', report));
		body.set('nonce', '12345');
		expectRefused(await post(body.toString()), 401);
	});

	test('a repeated signed field → 401', async () => {
		expectRefused(await post(`${callback('SMS_REPORT', report)}&signature=${'0'.repeat(40)}`), 401);
	});

	test.each([
		['an hour old', -hour],
		['an hour in the future', hour],
		['six minutes old', -6 * 60 * 1000],
	])('a correctly signed callback %s → 401', async (_label, offset) => {
		expectRefused(await post(callback('SMS_REPORT', report, { timestamp: String(Date.now() + offset) })), 401);
	});

	test('the timestamp tolerance is an option: an hour-old callback passes with 90 minutes', async () => {
		const answer = await post(callback('SMS_REPORT', report, { timestamp: String(Date.now() - hour) }), {
			options: { timestampToleranceMinutes: 90 },
		});
		expect(answer.status).toBe(200);
		expect(items(answer)).toHaveLength(1);
	});

	test.each([['not a number', 'soon'], ['zero', 0], ['negative', -10]])(
		'a tolerance that is %s does not turn the check off: an hour-old callback → 401',
		async (_label, timestampToleranceMinutes) => {
			const body = callback('SMS_REPORT', report, { timestamp: String(Date.now() - hour) });
			expectRefused(await post(body, { options: { timestampToleranceMinutes } }), 401);
		},
	);

	test('a credential without a Master Secret accepts nothing, not even a callback signed with an empty secret', async () => {
		const n = nonce();
		const timestamp = String(Date.now());
		const body = callback('SMS_REPORT', report, { nonce: n, timestamp, signature: sign(n, timestamp, appKey, '') });
		const empty = { [CREDENTIAL_TYPE]: { appKey, masterSecret: '' } };
		await expect(runWebhook(spec(), empty, { method: 'POST', headers: { 'Content-Type': FORM }, body })).rejects.toThrow(/no AppKey or no Master Secret/);
	});

	test('the reference’s own curl sample (2017 timestamp, placeholder signature) → 401', async () => {
		const body =
			'nonce=7659972084945889195&timestamp=1492150740274&signature=007eff6a105503211b472802eecc42465582ba70&type=SMS_REPORT&data={"msgId":"1652496","phone":"15822889320","receiveTime":1492150741392,"status":4001}';
		expectRefused(await post(body), 401);
	});

	test.each([
		['data that is not JSON', '{"msgId":"1652496",'],
		['data that is a JSON number', '42'],
		['data that is an empty array', '[]'],
		['empty data', ''],
	])('a correctly signed callback with %s → 400', async (_label, data) => {
		expectRefused(await post(callback('SMS_REPORT', null, { data })), 400);
	});

	test.each(['type', 'data'])('a correctly signed callback without %s → 400', async (field) => {
		expectRefused(await post(callback('SMS_REPORT', report, { omit: [field] })), 400);
	});

	test('a JSON body → 400 (JPush posts form fields)', async () => {
		expectRefused(await post('{"nonce": 1, "timestamp": 2, "signature": "x"', {}, {}, 'application/json'), 400);
	});

	test('an oversized body, even correctly signed → 400', async () => {
		const data = { content: 'x'.repeat(70 * 1024), phone: '13000000000', replyTime: Date.now() };
		expectRefused(await post(callback('SMS_REPLY', data)), 400);
	});

	test('the log says why a callback was refused, without secrets or signatures', async () => {
		const body = callback('SMS_REPORT', report, { signature: sign('1', '2', appKey, masterSecret) });
		expectRefused(await post(body), 401);
		expect(capturedLogs()).toContain('bad signature');
		expect(capturedLogs()).not.toContain(new URLSearchParams(body).get('signature'));
	});
});

describe('JPush SMS Trigger: publishing (the URL is pasted by hand in the JPush console)', () => {
	test('checkExists tells whether this workflow recorded its URL; create records it; delete forgets it', async () => {
		const staticData: IDataObject = {};
		const hook = async (method: 'checkExists' | 'create' | 'delete') => await runWebhookMethod(spec(), credentials, method, staticData);
		expect(await hook('checkExists')).toBe(false);
		expect(await hook('create')).toBe(true);
		const recorded = JSON.stringify(staticData);
		expect(recorded).toMatch(/http:\/\/127\.0\.0\.1:5678\/webhook\//);
		expect(await hook('checkExists')).toBe(true);
		expect(await hook('delete')).toBe(true);
		expect(await hook('checkExists')).toBe(false);
	});
});
