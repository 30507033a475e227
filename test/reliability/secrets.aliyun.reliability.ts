import credentials from '../fixtures/aliyun.credentials.json';
import { runCredentialTest } from '../harness/credentialTest';
import { runListSearch, runWorkflow } from '../harness/runWorkflow';
import { AliyunSandbox } from '../sandbox/aliyun';
import { byId } from './badInputs.kit';
import { CLOSED_URL, echoPage, scanScenarios, type Scenario } from './secrets.kit';

const sandbox = new AliyunSandbox();
const NODE = 'n8n-nodes-china-sms.aliyunSms';
const CREDENTIAL = 'aliyunSmsApi';
const values = [credentials.accessKeyId, credentials.accessKeySecret, credentials.wrongAccessKeySecret];
const good = (baseUrl: string) => ({ accessKeyId: credentials.accessKeyId, accessKeySecret: credentials.accessKeySecret, endpoint: 'dysmsapi.aliyuncs.com', baseUrl });

const run = (baseUrl: string, parameters: Record<string, unknown>, options: { secret?: string; continueOnFail?: boolean; items?: number } = {}) =>
	runWorkflow({
		node: { type: NODE, credentialType: CREDENTIAL, parameters: parameters as never, continueOnFail: options.continueOnFail },
		input: Array.from({ length: options.items ?? 1 }, (_unused, index) => ({ mobile: `1380013800${index}` })),
		credentials: { [CREDENTIAL]: { ...good(baseUrl), ...(options.secret ? { accessKeySecret: options.secret } : {}) } },
	});

const list = { variablesInput: 'list', variableList: { values: [{ name: 'name', value: '张三' }, { name: 'order', value: 'SO-1' }] } };
const send = { resource: 'sms', operation: 'send', mobiles: '={{ $json.mobile }}', signName: { __rl: true, mode: 'name', value: 'ACME' }, templateCode: byId('SMS_100000001'), ...list, options: {} };
const underReview = { ...send, templateCode: byId('SMS_100000002'), variableList: { values: [{ name: 'time', value: '10:00' }] } };
const batch = { ...send, operation: 'sendBatch', mobile: '={{ $json.mobile }}' };
const preview = { ...send, options: { previewOnly: true } };
const details = { resource: 'sms', operation: 'getDeliveryDetails', mobile: '13800138000', sendDate: '', bizId: '', returnAll: true, options: { retryReads: false } };
const templates = { resource: 'template', operation: 'getMany', returnAll: true, options: { retryReads: false } };

const echo = (status: number) => () => sandbox.server.faults.add({ kind: 'status', status, html: echoPage(values, '/') }, { path: '/' });
const jsonEcho = () => () =>
	sandbox.server.faults.add(
		{ kind: 'status', status: 400, json: { Code: 'SignatureDoesNotMatch', Message: `AccessKeyId=${credentials.accessKeyId} secret ${credentials.accessKeySecret} (${encodeURIComponent(credentials.accessKeySecret)})`, RequestId: 'X' } },
		{ path: '/' },
	);

const scenarios: Scenario[] = [
	{ name: 'SMS → Send, success', run: (url) => run(url, send, { items: 2 }) },
	{ name: 'SMS → Send Batch, success', run: (url) => run(url, batch, { items: 2 }) },
	{ name: 'SMS → Send, Preview Only (the request shown)', run: (url) => run(url, preview, { items: 2 }) },
	{ name: 'SMS → Get Delivery Details, Return All', run: (url) => run(url, details) },
	{ name: 'Template → Get Many, Return All', run: (url) => run(url, templates) },
	{ name: 'template list search', run: (url) => runListSearch({ type: NODE, credentialType: CREDENTIAL, parameters: {} }, 'searchTemplates', { [CREDENTIAL]: good(url) }, undefined, 'parameters.templateCode').then((extra) => ({ extra })) },
	{ name: 'Send, template under review (input error after the lookup)', run: (url) => run(url, underReview) },
	{ name: 'Send, business error on HTTP 200, Continue On Fail', before: () => sandbox.failNext('isv.OUT_OF_SERVICE', '业务停机', 200, 'SendSms'), run: (url) => run(url, send, { continueOnFail: true, items: 2 }) },
	{ name: 'Send, wrong secret', run: (url) => run(url, send, { secret: credentials.wrongAccessKeySecret }) },
	{ name: 'Send, wrong secret, Continue On Fail', run: (url) => run(url, send, { secret: credentials.wrongAccessKeySecret, continueOnFail: true, items: 2 }) },
	{ name: 'credential test, right key', run: (url) => runCredentialTest(CREDENTIAL, good(url)).then((extra) => ({ extra })) },
	{ name: 'credential test, wrong secret', run: (url) => runCredentialTest(CREDENTIAL, { ...good(url), accessKeySecret: credentials.wrongAccessKeySecret }).then((extra) => ({ extra })) },
	{ name: 'Send, connection refused', run: () => run(CLOSED_URL, send) },
	{ name: 'Get Delivery Details, connection refused, Continue On Fail', run: () => runWorkflow({ node: { type: NODE, credentialType: CREDENTIAL, parameters: details as never, continueOnFail: true }, credentials: { [CREDENTIAL]: good(CLOSED_URL) } }) },
	{ name: 'Send, a 502 page quoting the request', before: echo(502), run: (url) => run(url, send) },
	{ name: 'Send, an HTTP 200 page quoting the request, Continue On Fail', before: echo(200), run: (url) => run(url, send, { continueOnFail: true, items: 2 }) },
	{ name: 'Get Many, a gateway error quoting the key and secret', before: jsonEcho(), run: (url) => run(url, templates) },
	{
		name: 'Get Many, a 20 MB answer with the secret at its end',
		before: () => sandbox.server.faults.add({ kind: 'status', status: 500, text: `${'x'.repeat(20 * 1024 * 1024)} secret=${encodeURIComponent(credentials.accessKeySecret)}` }, { path: '/' }),
		run: (url) => run(url, templates),
	},
];

describe('Aliyun SMS: no credential value leaves the node', () => {
	scanScenarios(sandbox, values, ['nodes/AliyunSms', 'nodes/shared', 'credentials', 'test/sandbox/aliyun', 'test/sandbox/kit'], scenarios);
});
