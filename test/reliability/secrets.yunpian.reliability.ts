import { runCredentialTest } from '../harness/credentialTest';
import { runListSearch, runWorkflow } from '../harness/runWorkflow';
import { YunpianSandbox, yunpianTestApiKey, yunpianWrongApiKey } from '../sandbox/yunpian';
import { byId, namedValues } from './badInputs.kit';
import { CLOSED_URL, echoPage, FIXTURE_VALUES, scanScenarios, type Scenario } from './secrets.kit';

const sandbox = new YunpianSandbox();
const NODE = 'n8n-nodes-china-sms.yunpian';
const CREDENTIAL = 'yunpianApi';
const values = [...FIXTURE_VALUES.yunpian, yunpianTestApiKey, yunpianWrongApiKey];

const run = (baseUrl: string, parameters: Record<string, unknown>, options: { apiKey?: string; continueOnFail?: boolean; items?: number } = {}) =>
	runWorkflow({
		node: { type: NODE, credentialType: CREDENTIAL, parameters: parameters as never, continueOnFail: options.continueOnFail },
		input: Array.from({ length: options.items ?? 1 }, (_unused, index) => ({ mobile: `1380013800${index}` })),
		credentials: { [CREDENTIAL]: { apiKey: options.apiKey ?? yunpianTestApiKey, baseUrl } },
	});

const send = { resource: 'sms', operation: 'send', mobile: '={{ $json.mobile }}', text: '【ACME】Your parcel has arrived', options: {} };
const batch = { resource: 'sms', operation: 'sendBatch', mobiles: '={{ $json.mobile }}', text: '【ACME】Your parcel has arrived', options: {} };
const template = { resource: 'sms', operation: 'sendTemplate', mobile: '={{ $json.mobile }}', templateId: byId(1), variables: namedValues({ code: '8642' }), options: {} };
const unmatched = { ...send, text: '【ACME】A text no template matches' };
const account = { resource: 'account', operation: 'get', options: {} };
const records = { resource: 'sms', operation: 'getRecords', startTime: '2026-11-25 00:00:00', endTime: '2026-11-26 09:00:00', returnAll: true, filters: {}, options: { retryReads: false } };

const echo = (status: number, path: string) => () => sandbox.server.faults.add({ kind: 'status', status, html: echoPage(values, path) }, { path });
const jsonEcho = (path: string) => () => sandbox.server.faults.add({ kind: 'status', status: 200, json: { code: -1, msg: `非法的apikey: ${yunpianTestApiKey}`, detail: `apikey=${yunpianTestApiKey}` } }, { path });

const scenarios: Scenario[] = [
	{ name: 'SMS → Send, success', run: (url) => run(url, send) },
	{ name: 'SMS → Send Batch, success', run: (url) => run(url, batch, { items: 2 }) },
	{ name: 'SMS → Send by Template, success', run: (url) => run(url, template) },
	{ name: 'Account → Get', run: (url) => run(url, account) },
	{ name: 'SMS → Get Records, Return All', run: (url) => run(url, records) },
	{ name: 'template list search', run: (url) => runListSearch({ type: NODE, credentialType: CREDENTIAL, parameters: {} }, 'searchTemplates', { [CREDENTIAL]: { apiKey: yunpianTestApiKey, baseUrl: url } }).then((extra) => ({ extra })) },
	{ name: 'Send, provider error (no template matches)', run: (url) => run(url, unmatched) },
	{ name: 'Send Batch, provider error, Continue On Fail', run: (url) => run(url, { ...batch, text: unmatched.text }, { continueOnFail: true, items: 2 }) },
	{ name: 'Send, wrong API key', run: (url) => run(url, send, { apiKey: yunpianWrongApiKey }) },
	{ name: 'Send Batch, wrong API key, Continue On Fail', run: (url) => run(url, batch, { apiKey: yunpianWrongApiKey, continueOnFail: true, items: 2 }) },
	{ name: 'Account → Get, wrong API key', run: (url) => run(url, account, { apiKey: yunpianWrongApiKey }) },
	{ name: 'credential test, right key', run: (url) => runCredentialTest(CREDENTIAL, { apiKey: yunpianTestApiKey, baseUrl: url }).then((extra) => ({ extra })) },
	{ name: 'credential test, wrong key', run: (url) => runCredentialTest(CREDENTIAL, { apiKey: yunpianWrongApiKey, baseUrl: url }).then((extra) => ({ extra })) },
	{ name: 'Send, connection refused', run: () => run(CLOSED_URL, send) },
	{ name: 'Account → Get, connection refused, Continue On Fail', run: () => run(CLOSED_URL, account, { continueOnFail: true }) },
	{ name: 'Send, a 502 page quoting the request', before: echo(502, '/v2/sms/single_send.json'), run: (url) => run(url, send) },
	{ name: 'Send Batch, an HTTP 200 page quoting the request, Continue On Fail', before: echo(200, '/v2/sms/batch_send.json'), run: (url) => run(url, batch, { continueOnFail: true, items: 2 }) },
	{ name: 'Account → Get, an HTTP 200 error quoting the key', before: jsonEcho('/v2/user/get.json'), run: (url) => run(url, account) },
	{
		name: 'Get Records, a 20 MB answer with the key in it',
		before: () => sandbox.server.faults.add({ kind: 'status', status: 500, text: `apikey=${yunpianTestApiKey}&${'x'.repeat(20 * 1024 * 1024)}` }, { path: '/v2/sms/get_record.json' }),
		run: (url) => run(url, records),
	},
];

describe('Yunpian: no credential value leaves the node', () => {
	scanScenarios(sandbox, values, ['nodes/Yunpian', 'nodes/shared', 'credentials', 'test/sandbox/yunpian', 'test/sandbox/kit'], scenarios, () => {
		sandbox.now = () => new Date('2026-11-26T02:00:00.000Z');
	});
});
