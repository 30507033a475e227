import { crypto, delay } from '../support/node';
import { credentialId, credentialName } from '../../scripts/lib/providers';
import { pushCallback } from '../sandbox/kit/push';
import type { LiupaiSandbox } from '../sandbox/liupai';
import { jpushProvider, liupaiProvider, upyunProvider, yunpianProvider, type SandboxProvider } from '../sandbox/providers';
import { upyunTestToken, type UpyunSandbox } from '../sandbox/upyun';
import { formPush, signedReply, smsReport } from '../yunpian/triggerPushes';
import { nodeOutput, startTestN8n, type TestN8n, type WorkflowFile } from './support/n8n';

/**
 * The webhook triggers in a real n8n: an active workflow, callbacks POSTed the way the provider sends
 * them (bodies and signatures built here from the providers' documentation) to n8n's production
 * webhook URL, and the execution n8n recorded.
 */
function triggerWorkflow(id: string, provider: SandboxProvider, type: string, webhookId: string, parameters: Record<string, unknown>): WorkflowFile {
	return {
		id,
		name: `${provider.displayName} trigger (e2e)`,
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {},
		nodes: [
			{
				id: `${id}-node`,
				name: 'Trigger',
				type: `n8n-nodes-china-sms.${type}`,
				typeVersion: 1,
				position: [0, 0],
				webhookId,
				parameters,
				credentials: { [provider.credentialType]: { id: credentialId(provider), name: credentialName(provider) } },
			} as WorkflowFile['nodes'][number],
		],
	};
}

const yunpianWorkflow = triggerWorkflow('e2eYunpianTrigger', yunpianProvider, 'yunpianTrigger', 'e2e-yunpian-hook', { events: ['deliveryStatus', 'reply'] });
const jpushWorkflow = triggerWorkflow('e2eJPushTrigger', jpushProvider, 'jPushSmsTrigger', 'e2e-jpush-hook', { events: ['SMS_REPORT', 'SMS_REPLY'] });

// Polling triggers poll once when the workflow is published (n8n's own check) and emit what that poll returns.
const hourly = { pollTimes: { item: [{ mode: 'everyHour' }] } };
const upyunWorkflow = triggerWorkflow('e2eUpyunTrigger', upyunProvider, 'upyunSmsTrigger', 'e2e-upyun-poll', { ...hourly, event: 'deliveryReport', reportStatus: 'any', options: { emitExisting: true } });
const liupaiWorkflow = triggerWorkflow('e2eLiupaiTrigger', liupaiProvider, 'liupaiTrigger', 'e2e-liupai-poll', { ...hourly, reportStatus: 'any', options: { emitExisting: true } });

let env: TestN8n;

beforeAll(async () => {
	env = await startTestN8n({ workflows: [yunpianWorkflow, jpushWorkflow, upyunWorkflow, liupaiWorkflow] });
});

afterAll(async () => {
	await env?.stop();
});

/** Sends a callback to the production URL, retrying while n8n is still registering the webhook after publishing. */
async function deliver(webhookId: string, callback: Parameters<typeof pushCallback>[1], query = '') {
	const url = `${env.n8n.url}/webhook/${webhookId}/webhook${query}`;
	let answer = await pushCallback(url, callback);
	for (let attempt = 0; attempt < 40 && answer.status === 404; attempt++) {
		await delay(250);
		answer = await pushCallback(url, callback);
	}
	return answer;
}

async function runOf(workflowId: string, before: string[]) {
	const execution = await env.n8n.nextExecution(workflowId, before);
	return { execution, items: nodeOutput(execution.data.resultData.runData, 'Trigger') };
}

describe('Yunpian Trigger in n8n', () => {
	const apiKey = String(yunpianProvider.credentials('http://unused').apiKey);

	test('a delivery report push starts the workflow with one item per report; Yunpian gets SUCCESS', async () => {
		await env.n8n.activate(yunpianWorkflow.id);
		const before = await env.n8n.executionIds(yunpianWorkflow.id);
		const reports = [smsReport('9007199254740993', '13800138000'), smsReport('9007199254740995', '13900139000', false)];
		const answer = await deliver('e2e-yunpian-hook', { body: formPush('sms_status', JSON.stringify(reports)) });
		expect(answer).toEqual({ status: 200, body: 'SUCCESS' });
		const { execution, items } = await runOf(yunpianWorkflow.id, before);
		expect(execution).toMatchObject({ mode: 'webhook', status: 'success' });
		expect(items.map((item) => [item.event, item.sid, item.mobile, item.delivered])).toEqual([
			['deliveryStatus', '9007199254740993', '13800138000', true],
			['deliveryStatus', '9007199254740995', '13900139000', false],
		]);
	});

	test('a signed reply starts the workflow; a forged one gets 401 and no execution', async () => {
		// Now, in Beijing wall time: the trigger refuses replies older than a day.
		const replyTime = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
		const reply = { id: 'e2e-reply-1', mobile: '13800138000', reply_time: replyTime, text: '收到', extend: '', base_extend: '8888' };
		const before = await env.n8n.executionIds(yunpianWorkflow.id);
		const forged = await deliver('e2e-yunpian-hook', { body: formPush('sms_reply', JSON.stringify({ ...reply, _sign: '0'.repeat(32) })) });
		expect(forged.status).toBe(401);
		expect(forged.body).not.toContain(apiKey);
		const genuine = await deliver('e2e-yunpian-hook', { body: formPush('sms_reply', JSON.stringify(signedReply(reply, apiKey))) });
		expect(genuine).toEqual({ status: 200, body: 'SUCCESS' });
		const { items } = await runOf(yunpianWorkflow.id, before);
		expect(items).toEqual([expect.objectContaining({ event: 'reply', id: 'e2e-reply-1', text: '收到' })]);
		// Only the genuine push ran the workflow.
		expect((await env.n8n.executionIds(yunpianWorkflow.id)).length).toBe(before.length + 1);
		await env.n8n.deactivate(yunpianWorkflow.id);
	});
});

describe('JPush SMS Trigger in n8n', () => {
	const { appKey, masterSecret } = jpushProvider.credentials('http://unused') as { appKey: string; masterSecret: string };
	const signed = (type: string, data: unknown, secret = masterSecret) => {
		const nonce = '-4719358617491362316';
		const timestamp = String(Date.now());
		const signature = crypto
			.createHash('sha1')
			.update(`appKey=${appKey}&appMasterSecret=${secret}&nonce=${nonce}&timestamp=${timestamp}`, 'utf8')
			.digest('hex');
		return new URLSearchParams({ nonce, timestamp, signature, type, data: JSON.stringify(data) }).toString();
	};

	test('answers the echostr handshake, then a signed delivery report starts the workflow', async () => {
		await env.n8n.activate(jpushWorkflow.id);
		const handshake = await deliver('e2e-jpush-hook', { method: 'GET' }, '?echostr=a1B2c3D4');
		expect(handshake).toEqual({ status: 200, body: 'a1B2c3D4' });
		const before = await env.n8n.executionIds(jpushWorkflow.id);
		const report = { msgId: '1652496', phone: '15822889320', receiveTime: Date.now(), status: 4001 };
		const answer = await deliver('e2e-jpush-hook', { body: signed('SMS_REPORT', report) });
		expect(answer.status).toBe(200);
		const { execution, items } = await runOf(jpushWorkflow.id, before);
		expect(execution).toMatchObject({ mode: 'webhook', status: 'success' });
		expect(items).toEqual([expect.objectContaining({ messageId: '1652496', mobile: '15822889320', delivered: true })]);
	});

	test('a callback signed with the wrong secret gets 401 and runs nothing', async () => {
		const before = await env.n8n.executionIds(jpushWorkflow.id);
		const answer = await deliver('e2e-jpush-hook', { body: signed('SMS_REPORT', { msgId: '1', phone: '15822889320', receiveTime: Date.now(), status: 4001 }, 'not-the-secret') });
		expect(answer.status).toBe(401);
		expect(answer.body).not.toContain(masterSecret);
		await delay(1000);
		expect(await env.n8n.executionIds(jpushWorkflow.id)).toEqual(before);
		await env.n8n.deactivate(jpushWorkflow.id);
	});
});

describe('polling triggers in n8n', () => {
	test('UPYUN SMS Trigger: publishing polls the report and starts the workflow with the final reports', async () => {
		const running = env.sandbox('upyun');
		const sandbox = running.sandbox as unknown as UpyunSandbox;
		const sent = await pushCallback(`${running.url}/api/messages`, {
			headers: { authorization: upyunTestToken },
			body: new URLSearchParams({ template_id: '7', mobile: '13800138001,13800138010' }).toString(),
		}).then(() => sandbox.messages.length);
		expect(sent).toBe(2);
		sandbox.advance();
		const before = await env.n8n.executionIds(upyunWorkflow.id);
		await env.n8n.activate(upyunWorkflow.id);
		const { execution, items } = await runOf(upyunWorkflow.id, before);
		expect(execution).toMatchObject({ status: 'success' });
		expect(items.map((item) => [item.mobile, item.status])).toEqual(
			expect.arrayContaining([
				['13800138001', 'success'],
				['13800138010', 'failed'],
			]),
		);
		expect(sandbox.server.requests('GET', '/api/messages').every((request) => request.headers.authorization === upyunTestToken)).toBe(true);
		await env.n8n.deactivate(upyunWorkflow.id);
	});

	test('Liupai Trigger: publishing polls the send log and starts the workflow with its entries', async () => {
		const sandbox = env.sandbox('liupai').sandbox as unknown as LiupaiSandbox;
		sandbox.logs.push({ msgid: '202611260000000001', mobile: '13800138000', message: '【ACME】Your code is 1234', templateid: 1001, accountid: 12, at: Date.now(), segments: 1, ismarket: 0 });
		const before = await env.n8n.executionIds(liupaiWorkflow.id);
		await env.n8n.activate(liupaiWorkflow.id);
		const { items } = await runOf(liupaiWorkflow.id, before);
		expect(items).toEqual([expect.objectContaining({ msgid: '202611260000000001', mobile: '13800138000' })]);
		await env.n8n.deactivate(liupaiWorkflow.id);
	});
});
