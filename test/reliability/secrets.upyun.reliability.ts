import { runCredentialTest } from '../harness/credentialTest';
import { runListSearch, runWorkflow } from '../harness/runWorkflow';
import { gatewayPage } from '../sandbox/kit/faults';
import { UpyunSandbox, upyunTestToken } from '../sandbox/upyun';
import { byId, valueList } from './badInputs.kit';
import { CLOSED_URL, echoPage, FIXTURE_VALUES, scanScenarios, type Scenario } from './secrets.kit';

const sandbox = new UpyunSandbox();
const NODE = 'n8n-nodes-china-sms.upyunSms';
const CREDENTIAL = 'upyunSmsApi';
const WRONG = 'upyun-wrong-token-that-must-not-leak-0042';
const values = [...FIXTURE_VALUES.upyun, upyunTestToken, WRONG];

const run = (baseUrl: string, parameters: Record<string, unknown>, options: { token?: string; continueOnFail?: boolean; items?: number } = {}) =>
	runWorkflow({
		node: { type: NODE, credentialType: CREDENTIAL, parameters: parameters as never, continueOnFail: options.continueOnFail },
		input: Array.from({ length: options.items ?? 1 }, (_unused, index) => ({ mobile: `1380013800${index}` })),
		credentials: { [CREDENTIAL]: { token: options.token ?? upyunTestToken, baseUrl } },
	});

const send = { resource: 'message', operation: 'send', mobiles: '={{ $json.mobile }}', templateId: byId(1), variables: valueList('975318', '5'), options: {} };
const pending = { ...send, templateId: byId(3), variables: valueList('x'), options: { checkTemplate: false } };
const bulk = { resource: 'message', operation: 'sendBulk', mobiles: '={{ $json.mobile }}', templateId: byId(7), variables: {}, options: {} };
const balance = { resource: 'account', operation: 'getBalance', options: {} };
const reports = { resource: 'report', operation: 'getMany', returnAll: true, filters: {}, options: { retryReads: false } };

/** Faults whose bodies quote the token in every form, for the node's next request of `path`. */
const echo = (status: number, path: string) => () => sandbox.server.faults.add({ kind: 'status', status, html: echoPage(values, path) }, { path });
const jsonEcho = (status: number, path: string) => () => sandbox.server.faults.add({ kind: 'status', status, json: { code: 'ILLEGAL_TOKEN', message: `token ${upyunTestToken} rejected (${encodeURIComponent(upyunTestToken)})` } }, { path });

const scenarios: Scenario[] = [
	{ name: 'Send, success', run: (url) => run(url, send, { items: 2 }) },
	{ name: 'Send Bulk, success', run: (url) => run(url, bulk) },
	{ name: 'Account → Get Balance', run: (url) => run(url, balance) },
	{ name: 'Report → Get Many, Return All', run: (url) => run(url, reports) },
	{ name: 'template list search', run: (url) => runListSearch({ type: NODE, credentialType: CREDENTIAL, parameters: {} }, 'searchTemplates', { [CREDENTIAL]: { token: upyunTestToken, baseUrl: url } }).then((extra) => ({ extra })) },
	{ name: 'Send, provider error (template under review)', run: (url) => run(url, pending) },
	{ name: 'Send, provider error, Continue On Fail', run: (url) => run(url, pending, { continueOnFail: true, items: 2 }) },
	{ name: 'Send, wrong token', run: (url) => run(url, send, { token: WRONG }) },
	{ name: 'Send, wrong token, Continue On Fail', run: (url) => run(url, send, { token: WRONG, continueOnFail: true, items: 2 }) },
	{ name: 'Get Balance, wrong token', run: (url) => run(url, balance, { token: WRONG }) },
	{ name: 'credential test, right token', run: (url) => runCredentialTest(CREDENTIAL, { token: upyunTestToken, baseUrl: url }).then((extra) => ({ extra })) },
	{ name: 'credential test, wrong token', run: (url) => runCredentialTest(CREDENTIAL, { token: WRONG, baseUrl: url }).then((extra) => ({ extra })) },
	{ name: 'Send, connection refused', run: () => run(CLOSED_URL, send) },
	{ name: 'Get Balance, connection refused, Continue On Fail', run: () => run(CLOSED_URL, balance, { continueOnFail: true }) },
	{ name: 'Send, a 502 page quoting the request', before: echo(502, '/api/messages'), run: (url) => run(url, { ...send, options: { checkTemplate: false } }) },
	{ name: 'Send, an HTTP 200 page quoting the request, Continue On Fail', before: echo(200, '/api/messages'), run: (url) => run(url, { ...send, options: { checkTemplate: false } }, { continueOnFail: true, items: 2 }) },
	{ name: 'Get Balance, a 401 JSON error quoting the token', before: jsonEcho(401, '/api/balance'), run: (url) => run(url, balance) },
	{ name: 'Get Balance, an HTTP 200 page quoting the request', before: echo(200, '/api/balance'), run: (url) => run(url, balance) },
	{
		name: 'Report → Get Many, a 20 MB answer with the token at its start',
		before: () => sandbox.server.faults.add({ kind: 'status', status: 500, text: `${upyunTestToken} ${'x'.repeat(20 * 1024 * 1024)}` }, { path: '/api/messages' }),
		run: (url) => run(url, reports),
	},
	{ name: 'Send Bulk, a 503 gateway page', before: () => sandbox.server.faults.add({ kind: 'status', status: 503, html: gatewayPage(503, '503 Service Unavailable') }), run: (url) => run(url, bulk, { continueOnFail: true }) },
];

describe('UPYUN SMS: no credential value leaves the node', () => {
	scanScenarios(sandbox, values, ['nodes/UpyunSms', 'nodes/shared', 'credentials', 'test/sandbox/upyun', 'test/sandbox/kit'], scenarios);
});
