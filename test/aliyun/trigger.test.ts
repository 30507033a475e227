import { Workflow, type IDataObject } from 'n8n-workflow';

import { runWebhook, runWebhookMethod, type WebhookRequest } from '../harness/runWebhook';
import { nodeTypes, nodeUnderTest } from '../harness/runWorkflow';
import { aliyunTestCredentials } from '../sandbox/aliyun';

const spec = (events: string[]) => ({ type: 'n8n-nodes-china-sms.aliyunSmsTrigger', credentialType: 'aliyunSmsApi', parameters: { events } });
const credentials = { aliyunSmsApi: { ...aliyunTestCredentials, endpoint: 'dysmsapi.aliyuncs.com', baseUrl: '' } };
const push = (body: unknown): WebhookRequest => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

const delivered = { phone_number: '13800138000', send_time: '2026-05-01 10:00:00', report_time: '2026-05-01 10:00:03', success: true, err_code: 'DELIVERED', err_msg: '用户接收成功', sms_size: '1', biz_id: '900000000000001^0', out_id: 'o-1' };
const failed = { ...delivered, phone_number: '13800138004', success: false, err_code: 'MOBILE_NOT_ON_SERVICE', err_msg: '用户停机' };
const reply = { phone_number: '13800138000', content: 'TD', send_time: '2026-05-01 10:05:00', dest_code: '90999', sequence_id: '1234567890' };

describe('Aliyun SMS Trigger', () => {
	test('an SmsReport array: answered {"code":0} as Aliyun expects, one item per report of a chosen event', async () => {
		const answer = await runWebhook(spec(['delivered', 'failed']), credentials, push([delivered, failed]));
		expect(answer.status).toBe(200);
		expect(JSON.parse(String(answer.body))).toEqual({ code: 0, msg: '接收成功' });
		expect(answer.workflowData?.[0].map((item) => item.json)).toEqual([{ event: 'delivered', ...delivered }, { event: 'failed', ...failed }]);
	});

	test('only the chosen events start the workflow; replies and reviews are recognised by their fields', async () => {
		const review = { template_code: 'SMS_1', template_name: 'x', template_status: 'approved', reason: '', orderId: '1', create_date: '2026-05-01 10:00:00' };
		const answer = await runWebhook(spec(['reply']), credentials, push([reply, delivered, review]));
		expect(JSON.parse(String(answer.body)).code).toBe(0);
		expect(answer.workflowData?.[0].map((item) => item.json.event)).toEqual(['reply']);
	});

	test('a report pushed twice starts the workflow once (Aliyun may repeat pushes)', async () => {
		const staticData = {};
		const first = await runWebhook(spec(['delivered']), credentials, push([delivered]), staticData);
		const again = await runWebhook(spec(['delivered']), credentials, push([delivered]), staticData);
		expect(first.workflowData?.[0]).toHaveLength(1);
		expect(again.workflowData).toBeUndefined();
		expect(JSON.parse(String(again.body)).code).toBe(0);
	});

	test('a Secret Path becomes part of the webhook URL (push/<secret>), and is a password field', () => {
		const type = nodeTypes.getByNameAndVersion('n8n-nodes-china-sms.aliyunSmsTrigger');
		const pathOf = (parameters: IDataObject) => {
			const node = nodeUnderTest({ ...spec(['delivered']), parameters: { events: ['delivered'], ...parameters } });
			const workflow = new Workflow({ id: 't', nodes: [node], connections: {}, nodeTypes, active: true, settings: {} });
			// As n8n resolves a webhook description's path when it registers the webhook.
			return workflow.expression.getSimpleParameterValue(node, String(type.description.webhooks?.[0].path), 'internal', {});
		};
		expect(pathOf({ secretPath: 'k3yw0rd' })).toBe('push/k3yw0rd');
		expect(pathOf({})).toBe('webhook');
		expect(type.description.properties.find((p) => p.name === 'secretPath')?.typeOptions?.password).toBe(true);
	});

	test('a body that is not a JSON array of reports → 400, nothing started', async () => {
		for (const body of ['not json', '[1,2]', JSON.stringify([{ hello: 'world' }])]) {
			const answer = await runWebhook(spec(['delivered']), credentials, push(body));
			expect(answer.status).toBe(400);
			expect(answer.workflowData).toBeUndefined();
		}
	});

	test('activation records the URL by hand (Aliyun has no API for the push address)', async () => {
		const staticData = {};
		expect(await runWebhookMethod(spec(['delivered']), credentials, 'checkExists', staticData)).toBe(false);
		expect(await runWebhookMethod(spec(['delivered']), credentials, 'create', staticData)).toBe(true);
	});
});
