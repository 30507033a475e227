import { runCredentialTest } from '../harness/credentialTest';
import { runWorkflow } from '../harness/runWorkflow';
import { JPushSandbox, jpushTestCredentials } from '../sandbox/jpush';
import { byId, namedValues } from './badInputs.kit';
import { CLOSED_URL, echoPage, FIXTURE_VALUES, scanScenarios, type Scenario } from './secrets.kit';

const sandbox = new JPushSandbox();
const NODE = 'n8n-nodes-china-sms.jPushSms';
const CREDENTIAL = 'jPushSmsApi';
const WRONG_MASTER = 'jpush-wrong-master-secret-must-not-leak-77';
const WRONG_DEV = 'jpush-wrong-dev-secret-must-not-leak-88';
const values = [...FIXTURE_VALUES.jpush, WRONG_MASTER, WRONG_DEV];

const run = (baseUrl: string, parameters: Record<string, unknown>, options: { credentials?: Record<string, string>; continueOnFail?: boolean; items?: number } = {}) =>
	runWorkflow({
		node: { type: NODE, credentialType: CREDENTIAL, parameters: parameters as never, continueOnFail: options.continueOnFail },
		input: Array.from({ length: options.items ?? 1 }, (_unused, index) => ({ mobile: `1380013800${index}` })),
		credentials: { [CREDENTIAL]: { ...jpushTestCredentials, baseUrl, ...options.credentials } },
	});

const message = { templateId: byId(1002), variablesInput: 'fields', variables: namedValues({ number: 'SO-77' }), options: {} };
const send = { resource: 'message', operation: 'send', mobile: '={{ $json.mobile }}', ...message };
const batch = { resource: 'message', operation: 'sendBatch', mobiles: '={{ $json.mobile }}', ...message };
const pending = { ...send, templateId: byId(1004), options: { checkTemplate: false } };
const code = { resource: 'verificationCode', operation: 'sendCode', mobile: '={{ $json.mobile }}', templateId: byId(1001), options: {} };
const verify = { resource: 'verificationCode', operation: 'verify', msgId: '288193860399', code: '000000' };
const appBalance = { resource: 'account', operation: 'getAppBalance', options: {} };
const devBalance = { resource: 'account', operation: 'getDevBalance', options: {} };
const schedule = { resource: 'scheduledMessage', operation: 'create', sendTime: '2099-01-01 10:00:00', mobile: '={{ $json.mobile }}', ...message };

const echo = (status: number, path: string | RegExp) => () => sandbox.server.faults.add({ kind: 'status', status, html: echoPage(values, String(path)) }, { path });
const jsonEcho = (status: number, path: string) => () =>
	sandbox.server.faults.add({ kind: 'status', status, json: { error: { code: 50001, message: `auth failed for ${jpushTestCredentials.appKey}:${jpushTestCredentials.masterSecret}` } } }, { path });

const scenarios: Scenario[] = [
	{ name: 'Message → Send, success', run: (url) => run(url, send, { items: 2 }) },
	{ name: 'Message → Send Batch, success', run: (url) => run(url, batch, { items: 2 }) },
	{ name: 'Verification Code → Send Text Code, success', run: (url) => run(url, code) },
	{ name: 'Verification Code → Verify, a wrong code', run: (url) => run(url, verify) },
	{ name: 'Scheduled Message → Create', run: (url) => run(url, schedule) },
	{ name: 'Account → Get App Balance', run: (url) => run(url, appBalance) },
	{ name: 'Account → Get Developer Balance (the developer pair)', run: (url) => run(url, devBalance) },
	{ name: 'Send, provider error (template under review)', run: (url) => run(url, pending) },
	{ name: 'Send, provider error, Continue On Fail', run: (url) => run(url, pending, { continueOnFail: true, items: 2 }) },
	{ name: 'Send, wrong Master Secret', run: (url) => run(url, send, { credentials: { masterSecret: WRONG_MASTER } }) },
	{ name: 'Send Batch, wrong Master Secret, Continue On Fail', run: (url) => run(url, batch, { credentials: { masterSecret: WRONG_MASTER }, continueOnFail: true, items: 2 }) },
	{ name: 'Get Developer Balance, wrong Developer Secret', run: (url) => run(url, devBalance, { credentials: { devSecret: WRONG_DEV } }) },
	{ name: 'credential test, right pair', run: (url) => runCredentialTest(CREDENTIAL, { ...jpushTestCredentials, baseUrl: url }).then((extra) => ({ extra })) },
	{ name: 'credential test, wrong Master Secret', run: (url) => runCredentialTest(CREDENTIAL, { ...jpushTestCredentials, masterSecret: WRONG_MASTER, baseUrl: url }).then((extra) => ({ extra })) },
	{ name: 'Send, connection refused', run: () => run(CLOSED_URL, send) },
	{ name: 'Get App Balance, connection refused, Continue On Fail', run: () => run(CLOSED_URL, appBalance, { continueOnFail: true }) },
	{ name: 'Send, a 502 page quoting the request and its Basic header', before: echo(502, '/v1/messages'), run: (url) => run(url, { ...send, options: { checkTemplate: false } }) },
	{ name: 'Send Batch, an HTTP 200 page quoting the request, Continue On Fail', before: echo(200, '/v1/messages/batch'), run: (url) => run(url, { ...batch, options: { checkTemplate: false } }, { continueOnFail: true, items: 2 }) },
	{ name: 'Get Developer Balance, a 401 JSON error quoting the pair', before: jsonEcho(401, '/v1/accounts/dev'), run: (url) => run(url, devBalance) },
	{ name: 'Get App Balance, an HTTP 200 page quoting the request', before: echo(200, /^\/v1\/accounts/), run: (url) => run(url, appBalance) },
	{
		name: 'Send, a 20 MB answer with the Basic header at its start',
		before: () =>
			sandbox.server.faults.add(
				{ kind: 'status', status: 500, text: `Authorization: Basic ${Buffer.from(`${jpushTestCredentials.appKey}:${jpushTestCredentials.masterSecret}`).toString('base64')} ${'x'.repeat(20 * 1024 * 1024)}` },
				{ path: '/v1/messages' },
			),
		run: (url) => run(url, { ...send, options: { checkTemplate: false } }),
	},
];

describe('JPush SMS: no credential value leaves the node (app pair and developer pair)', () => {
	scanScenarios(sandbox, values, ['nodes/JPushSms', 'nodes/shared', 'credentials', 'test/sandbox/jpush', 'test/sandbox/kit'], scenarios, () => {
		sandbox.codeIntervalMs = 0;
	});
});
