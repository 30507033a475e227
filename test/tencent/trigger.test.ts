import { runWebhook, runWebhookMethod } from '../harness/runWebhook';
import { nodeTypes } from '../harness/runWorkflow';
import { SandboxServer } from '../sandbox/kit/server';
import { useTencent } from './setup';

const { sandbox, credentials } = useTencent();
const TYPE = 'n8n-nodes-china-sms.tencentSmsTrigger';

const push = async (body: string, staticData = {}, events = ['deliveryReport', 'reply']) =>
	await runWebhook({ type: TYPE, credentialType: 'tencentCloudApi', parameters: { events, secretPath: 'k3y' } }, { tencentCloudApi: credentials() }, { method: 'POST', headers: { 'content-type': 'application/json' }, body }, staticData);

describe('Tencent Cloud SMS Trigger', () => {
	test('the webhook path holds the Secret Path when one is set; the node says Tencent does not sign pushes', () => {
		const type = nodeTypes.getByNameAndVersion(TYPE);
		expect(type.description.webhooks?.[0]).toMatchObject({ httpMethod: 'POST', path: '={{ $parameter["secretPath"] ? "push/" + $parameter["secretPath"] : "webhook" }}' });
		const notice = type.description.properties.find((p) => p.name === 'setupNotice');
		expect(notice?.displayName).toMatch(/does not sign its pushes/);
		expect(type.description.properties.find((p) => p.name === 'secretPath')?.typeOptions?.password).toBe(true);
	});

	test('a status push (a JSON array, as the sandbox sends it after delivery) → one item per report, answered {"result":0,"errmsg":"OK"}', async () => {
		// The sandbox plays Tencent: it pushes its receipts to a receiver; the receiver hands them to the trigger.
		const receiver = new SandboxServer('receiver', { notFound: () => ({ status: 404 }), badBody: () => ({ status: 400 }) });
		receiver.route('POST', '/push', async (request) => {
			const answer = await push(request.rawBody);
			forwarded.push(answer);
			return { status: answer.status, body: String(answer.body) };
		});
		const forwarded: Array<Awaited<ReturnType<typeof push>>> = [];
		const url = await receiver.start();
		try {
			sandbox.statusCallbackUrl = `${url}/push`;
			sandbox.messages.push(
				...['+8613800000001', '+8613800000004'].map((PhoneNumber, i) => ({
					SerialNo: `5000:${i}`,
					PhoneNumber,
					CountryCode: '86',
					SubscriberNumber: PhoneNumber.slice(3),
					IsoCode: 'CN',
					SmsSdkAppId: '1400006666',
					TemplateId: '1110',
					SignName: '腾讯云',
					content: '【腾讯云】您的验证码是1',
					Fee: 1,
					SessionContext: 'order-7',
					ExtendCode: '',
					sendTime: Math.floor(Date.now() / 1000),
					RequestCode: 'Ok',
				})),
			);
			await sandbox.deliver();
			expect(sandbox.pushes.map((p) => p.delivered)).toEqual([true]);
			const [answer] = forwarded;
			expect(answer.status).toBe(200);
			expect(JSON.parse(String(answer.body))).toEqual({ result: 0, errmsg: 'OK' });
			expect(answer.workflowData?.[0].map((item) => item.json)).toEqual([
				expect.objectContaining({ event: 'deliveryReport', phoneNumber: '+8613800000001', delivered: true, reportStatus: 'SUCCESS', code: 'DELIVRD', serialNo: '5000:0', sessionContext: 'order-7' }),
				expect.objectContaining({ event: 'deliveryReport', phoneNumber: '+8613800000004', delivered: false, reportStatus: 'FAIL', code: 'UNDELIV', serialNo: '5000:1' }),
			]);
		} finally {
			await receiver.stop();
		}
	});

	test('a retried push starts nothing again; a reply object gives one item; an unselected event is acknowledged only', async () => {
		const staticData = {};
		const report = JSON.stringify([{ user_receive_time: '2026-05-01 08:03:04', nationcode: '86', mobile: '13800000001', report_status: 'SUCCESS', errmsg: 'DELIVRD', description: 'ok', sid: 'S1' }]);
		expect((await push(report, staticData)).workflowData?.[0]).toHaveLength(1);
		const again = await push(report, staticData);
		expect([again.status, again.workflowData]).toEqual([200, undefined]);
		const reply = await push(JSON.stringify({ extend: '', mobile: '13800000001', nationcode: '86', sign: '腾讯云', text: 'TD', time: 1457336869 }), staticData);
		expect(reply.workflowData?.[0].map((item) => item.json)).toEqual([
			expect.objectContaining({ event: 'reply', phoneNumber: '+8613800000001', text: 'TD', signName: '腾讯云', time: 1457336869, receivedAt: '2016-03-07T07:47:49.000Z' }),
		]);
		const ignored = await push(JSON.stringify({ mobile: '1', nationcode: '86', text: 'x', time: 1 }), {}, ['deliveryReport']);
		expect([ignored.status, ignored.workflowData]).toEqual([200, undefined]);
	});

	test('a body that is not a Tencent push → 400 and nothing starts; activation records the URL without a remote call', async () => {
		for (const body of ['not json', '{"hello":1}', '[{"sid":1}]']) {
			const answer = await push(body);
			expect(answer.status).toBe(400);
			expect(answer.workflowData).toBeUndefined();
		}
		const spec = { type: TYPE, credentialType: 'tencentCloudApi', parameters: { events: ['reply'] } };
		expect(await runWebhookMethod(spec, { tencentCloudApi: credentials() }, 'create', {})).toBe(true);
		expect(sandbox.server.received).toHaveLength(0);
	});
});
