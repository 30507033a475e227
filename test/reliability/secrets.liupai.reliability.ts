import { runCredentialTest } from '../harness/credentialTest';
import { runListSearch, runWorkflow } from '../harness/runWorkflow';
import { LiupaiSandbox, liupaiTestAppkey, liupaiWrongAppkey } from '../sandbox/liupai';
import { byId, valueList } from './badInputs.kit';
import { CLOSED_URL, echoPage, FIXTURE_VALUES, scanScenarios, type Scenario } from './secrets.kit';

const sandbox = new LiupaiSandbox();
const NODE = 'n8n-nodes-china-sms.liupai';
const CREDENTIAL = 'liupaiApi';
const values = [...FIXTURE_VALUES.liupai, liupaiTestAppkey, liupaiWrongAppkey];

const run = (baseUrl: string, parameters: Record<string, unknown>, options: { appSecret?: string; continueOnFail?: boolean; items?: number } = {}) =>
	runWorkflow({
		node: { type: NODE, credentialType: CREDENTIAL, parameters: parameters as never, continueOnFail: options.continueOnFail },
		input: Array.from({ length: options.items ?? 1 }, (_unused, index) => ({ mobile: `1380013800${index}` })),
		credentials: { [CREDENTIAL]: { appSecret: options.appSecret ?? liupaiTestAppkey, baseUrl } },
	});

const send = { resource: 'message', operation: 'send', mobiles: '={{ $json.mobile }}', contentMode: 'template', accountId: byId(12), templateId: byId(1001), variables: valueList('8642'), options: { delay: 0 } };
const text = { resource: 'message', operation: 'send', mobiles: '={{ $json.mobile }}', contentMode: 'text', templateId: byId(1002), content: '【Demo】您的订单A1已发货', options: { delay: 0 } };
const balance = { resource: 'account', operation: 'getBalance', options: {} };
const accounts = { resource: 'subAccount', operation: 'getMany', returnAll: true, options: { includePassword: true } };
const logs = { resource: 'sendLog', operation: 'getMany', returnAll: true, filters: {}, options: { retryReads: false } };

const echo = (status: number, path: string) => () => sandbox.server.faults.add({ kind: 'status', status, html: echoPage(values, path) }, { path });
const jsonEcho = (path: string) => () => sandbox.server.faults.add({ kind: 'status', status: 200, json: { status: 101, msg: `APPKEY ${liupaiTestAppkey} 无效 (${encodeURIComponent(liupaiTestAppkey)})`, result: '' } }, { path });

const scenarios: Scenario[] = [
	{ name: 'Message → Send, success', run: (url) => run(url, send, { items: 2 }) },
	{ name: 'Account → Get Balance', run: (url) => run(url, balance) },
	{ name: 'Sub-Account → Get Many, Return All, with callback passwords', run: (url) => run(url, accounts) },
	{ name: 'Send Log → Get Many, Return All', run: (url) => run(url, logs) },
	{ name: 'sub-account list search', run: (url) => runListSearch({ type: NODE, credentialType: CREDENTIAL, parameters: {} }, 'searchSubAccounts', { [CREDENTIAL]: { appSecret: liupaiTestAppkey, baseUrl: url } }, undefined, 'parameters.accountId').then((extra) => ({ extra })) },
	{ name: 'template list search', run: (url) => runListSearch({ type: NODE, credentialType: CREDENTIAL, parameters: {} }, 'searchTemplates', { [CREDENTIAL]: { appSecret: liupaiTestAppkey, baseUrl: url } }).then((extra) => ({ extra })) },
	{ name: 'Send, provider error (template under review)', run: (url) => run(url, text) },
	{ name: 'Send, provider error, Continue On Fail', run: (url) => run(url, text, { continueOnFail: true, items: 2 }) },
	{ name: 'Send, wrong appkey', run: (url) => run(url, send, { appSecret: liupaiWrongAppkey }) },
	{ name: 'Send, wrong appkey, Continue On Fail', run: (url) => run(url, { ...send, contentMode: 'text', content: '【Demo】您的验证码是8642' }, { appSecret: liupaiWrongAppkey, continueOnFail: true, items: 2 }) },
	{ name: 'Get Balance, wrong appkey', run: (url) => run(url, balance, { appSecret: liupaiWrongAppkey }) },
	{ name: 'credential test, right appkey', run: (url) => runCredentialTest(CREDENTIAL, { appSecret: liupaiTestAppkey, baseUrl: url }).then((extra) => ({ extra })) },
	{ name: 'credential test, wrong appkey', run: (url) => runCredentialTest(CREDENTIAL, { appSecret: liupaiWrongAppkey, baseUrl: url }).then((extra) => ({ extra })) },
	{ name: 'Send, connection refused', run: () => run(CLOSED_URL, { ...send, contentMode: 'text', content: '【Demo】您的验证码是8642' }) },
	{ name: 'Get Balance, connection refused, Continue On Fail', run: () => run(CLOSED_URL, balance, { continueOnFail: true }) },
	{ name: 'Send, a 502 page quoting the request', before: echo(502, '/sms/send'), run: (url) => run(url, send) },
	{ name: 'Send, an HTTP 200 page quoting the request URL, Continue On Fail', before: echo(200, '/sms/send'), run: (url) => run(url, send, { continueOnFail: true, items: 2 }) },
	{ name: 'Get Balance, an HTTP 200 page quoting the request URL', before: echo(200, '/sms/balance'), run: (url) => run(url, balance) },
	{ name: 'Get Balance, an envelope error quoting the appkey', before: jsonEcho('/sms/balance'), run: (url) => run(url, balance) },
	{
		name: 'Send Log, a 20 MB answer with the appkey at its end',
		before: () => sandbox.server.faults.add({ kind: 'status', status: 500, text: `${'x'.repeat(20 * 1024 * 1024)} appkey=${encodeURIComponent(liupaiTestAppkey)}` }, { path: '/sms/sendlogs' }),
		run: (url) => run(url, logs),
	},
];

describe('Liupai: no credential value leaves the node', () => {
	scanScenarios(sandbox, values, ['nodes/Liupai', 'nodes/shared', 'credentials', 'test/sandbox/liupai', 'test/sandbox/kit'], scenarios);
});
