import { runWebhook, runWebhookMethod, type WebhookRequest } from '../harness/runWebhook';
import { aliyunTestCredentials } from '../sandbox/aliyun';

const spec = (events: string[], options: Record<string, string> = {}) => ({ type: 'n8n-nodes-china-sms.aliyunSmsTrigger', credentialType: 'aliyunSmsApi', parameters: { events, options } });
const credentials = { aliyunSmsApi: { ...aliyunTestCredentials, endpoint: 'dysmsapi.aliyuncs.com', baseUrl: '' } };
const push = (body: unknown, query: Record<string, string> = {}): WebhookRequest => ({ method: 'POST', headers: { 'content-type': 'application/json' }, query, body: typeof body === 'string' ? body : JSON.stringify(body) });

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

	test('with a Secret Token, a push without it or with another is refused with 401 and starts nothing', async () => {
		const node = spec(['delivered'], { secretToken: 'long-random-token' });
		expect((await runWebhook(node, credentials, push([delivered]))).status).toBe(401);
		expect((await runWebhook(node, credentials, push([delivered], { token: 'guess' }))).workflowData).toBeUndefined();
		const good = await runWebhook(node, credentials, push([delivered], { token: 'long-random-token' }));
		expect(good.status).toBe(200);
		expect(good.workflowData?.[0]).toHaveLength(1);
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
