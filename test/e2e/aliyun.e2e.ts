import { credentialId, credentialName, exampleFiles, loadWorkflow } from '../../scripts/lib/providers';
import { aliyunProvider } from '../sandbox/providers';
import type { AliyunSandbox } from '../sandbox/aliyun';
import { startTestN8n, triggerWebhook, type TestN8n, type WorkflowFile } from './support/n8n';
import { path } from '../support/node';

/**
 * Aliyun SMS in a real n8n (the built package installed as a community package): both nodes load, the
 * credential test button passes with the sandbox key and names Aliyun's code for a wrong secret, an example
 * sends through `n8n execute`, and the trigger answers a pushed SmsReport as Aliyun expects.
 */
const TRIGGER_PATH = 'aliyun-e2e-reports';
const SECRET = 'k3yw0rd2026';

const triggerWorkflow: WorkflowFile = {
	id: 'aliyunE2eTrigger',
	name: 'Aliyun SMS Trigger e2e',
	active: false,
	nodes: [
		{
			id: '9d0e2a55-7d0f-4c1e-9a57-2f1a0c3b8e01',
			name: 'Aliyun SMS Trigger',
			type: 'n8n-nodes-china-sms.aliyunSmsTrigger',
			typeVersion: 1,
			position: [0, 0],
			webhookId: TRIGGER_PATH,
			parameters: { events: ['delivered', 'failed'], secretPath: SECRET },
			credentials: { aliyunSmsApi: { id: credentialId(aliyunProvider), name: credentialName(aliyunProvider) } },
		},
	],
	connections: {},
	settings: { executionOrder: 'v1' },
} as unknown as WorkflowFile;

const sendExample = exampleFiles(aliyunProvider).find((file) => path.basename(file) === 'send-and-check-delivery.json')!;

let env: TestN8n;
const sandbox = () => env.sandbox('aliyun').sandbox as unknown as AliyunSandbox;

beforeAll(async () => {
	env = await startTestN8n({ workflows: [triggerWorkflow, loadWorkflow(sendExample)] });
});

afterAll(async () => {
	await env?.stop();
});

beforeEach(() => sandbox().reset());

test('n8n loads Aliyun SMS, Aliyun SMS Trigger and Aliyun SMS Pull Trigger', async () => {
	const names = (await env.n8n.nodeTypes('n8n-nodes-china-sms.aliyun')).map((type) => type.name);
	expect(names).toEqual(expect.arrayContaining(['n8n-nodes-china-sms.aliyunSms', 'n8n-nodes-china-sms.aliyunSmsTrigger', 'n8n-nodes-china-sms.aliyunSmsPullTrigger']));
});

test('the credential test passes with the sandbox key (one signed QuerySmsSignList)', async () => {
	const { url } = env.sandbox('aliyun');
	const result = await env.n8n.testCredential({ id: credentialId(aliyunProvider), name: credentialName(aliyunProvider), type: 'aliyunSmsApi', data: aliyunProvider.credentials(url) as Record<string, unknown> });
	expect(result).toMatchObject({ status: 'OK' });
	const [request] = sandbox().server.received;
	expect(request.headers['x-acs-action']).toBe('QuerySmsSignList');
	expect(request.headers.authorization).toMatch(/^ACS3-HMAC-SHA256 Credential=/);
});

test('a wrong secret fails with Aliyun’s SignatureDoesNotMatch, its meaning and the fix', async () => {
	const { url } = env.sandbox('aliyun');
	const result = await env.n8n.testCredential({ id: '', name: 'Aliyun wrong key', type: 'aliyunSmsApi', data: aliyunProvider.badCredentials(url) as Record<string, unknown> });
	expect(result).toEqual({
		status: 'Error',
		message:
			'Aliyun SMS error SignatureDoesNotMatch: The request signature does not match: the AccessKey Secret is wrong. Copy the AccessKey Secret of this AccessKey ID again into the credential (no spaces before or after it).',
	});
});

test('n8n execute sends an SMS and reads its delivery details', async () => {
	const result = await env.n8n.execute(loadWorkflow(sendExample).id);
	expect(result.code).toBe(0);
	expect(result.run?.resultData.error).toBeUndefined();
	expect(sandbox().server.received.map((request) => request.headers['x-acs-action'])).toEqual(['GetSmsTemplate', 'SendSms', 'QuerySendDetails']);
	expect(sandbox().records.map((record) => [record.phone, record.content, record.outId])).toEqual([['13800138000', '【ACME】尊敬的张三，您的订单SO-1001已发货，请注意查收。', 'order-SO-1001']]);
});

test('the trigger (with a Secret Path) answers an SmsReport push with {"code":0}, one item per report; the URL without the secret is unknown', async () => {
	const report = { phone_number: '13800138000', send_time: '2026-05-01 10:00:00', report_time: '2026-05-01 10:00:03', success: true, err_code: 'DELIVERED', err_msg: '用户接收成功', sms_size: '1', biz_id: '900000000000001^0', out_id: '' };
	const { response, execution } = await triggerWebhook(env.n8n, triggerWorkflow.id, `${TRIGGER_PATH}/push/${SECRET}`, [report, { ...report, phone_number: '13800138004', success: false, err_code: 'MOBILE_NOT_ON_SERVICE' }]);
	expect(response.status).toBe(200);
	expect(response.body).toEqual({ code: 0, msg: '接收成功' });
	expect(execution).toMatchObject({ status: 'success' });
	const items = execution.data.resultData.runData['Aliyun SMS Trigger'][0].data?.main[0] ?? [];
	expect(items.map((item) => [item.json.event, item.json.phone_number])).toEqual([['delivered', '13800138000'], ['failed', '13800138004']]);
	expect((await env.n8n.postWebhook(`${TRIGGER_PATH}/webhook`, [report])).status).toBe(404);
	expect((await env.n8n.postWebhook(`${TRIGGER_PATH}/push/guess`, [report])).status).toBe(404);
	// The sandbox's own HTTP batch push, as Aliyun makes it, to the published URL: it counts as received.
	const before = await env.n8n.executionIds(triggerWorkflow.id);
	sandbox().pushUrls.SmsReport = `${env.n8n.url}/webhook/${TRIGGER_PATH}/push/${SECRET}`;
	sandbox().records.push({ bizId: '900000000000009^0', phone: '13900139000', signName: 'ACME', templateCode: 'SMS_100000001', content: '【ACME】x', outId: 'o-9', sentAt: Date.now(), sendStatus: 1, errCode: '', segments: 1, extendCode: '' });
	await sandbox().deliver();
	expect(sandbox().pushes.map((attempt) => [attempt.status, attempt.accepted])).toEqual([[200, true]]);
	const pushed = await env.n8n.nextExecution(triggerWorkflow.id, before);
	expect((pushed.data.resultData.runData['Aliyun SMS Trigger'][0].data?.main[0] ?? []).map((item) => item.json.out_id)).toEqual(['o-9']);
	await env.n8n.deactivate(triggerWorkflow.id);
});
