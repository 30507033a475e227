import { credentialId, credentialName } from '../../scripts/lib/providers';
import type { JPushSandbox } from '../sandbox/jpush';
import { jpushProvider, yunpianProvider, type SandboxProvider } from '../sandbox/providers';
import type { YunpianSandbox } from '../sandbox/yunpian';
import { nodeOutput, startTestN8n, type TestN8n, type WorkflowFile } from './support/n8n';

/**
 * The pull triggers in a real n8n: published workflows whose JPush SMS Pull Trigger and Yunpian Pull
 * Trigger poll the sandboxes every minute. n8n polls once when a workflow is published (its own check)
 * and then at the poll times; each poll that pulls something starts an execution with it.
 */
function pullWorkflow(id: string, provider: SandboxProvider, type: string, parameters: Record<string, unknown>): WorkflowFile {
	return {
		id,
		name: `${provider.displayName} pull trigger (e2e)`,
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
				parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, ...parameters },
				credentials: { [provider.credentialType]: { id: credentialId(provider), name: credentialName(provider) } },
			} as WorkflowFile['nodes'][number],
		],
	};
}

const jpushWorkflow = pullWorkflow('e2eJPushPull', jpushProvider, 'jPushSmsPullTrigger', { events: ['SMS_REPORT', 'SMS_REPLY'], options: { emitExisting: true } });
const yunpianWorkflow = pullWorkflow('e2eYunpianPull', yunpianProvider, 'yunpianPullTrigger', { events: ['deliveryStatus', 'reply', 'voiceStatus'], options: { emitExisting: true } });

let env: TestN8n;

beforeAll(async () => {
	env = await startTestN8n({ workflows: [jpushWorkflow, yunpianWorkflow] });
});

afterAll(async () => {
	await env?.stop();
});

async function itemsOf(workflowId: string, before: string[], timeoutMs?: number) {
	const execution = await env.n8n.nextExecution(workflowId, before, timeoutMs);
	expect(execution).toMatchObject({ mode: 'trigger', status: 'success' });
	return nodeOutput(execution.data.resultData.runData, 'Trigger');
}

describe('pull triggers in n8n', () => {
	test('publishing polls both; the workflows start with what was waiting (JPush: 501 reports over two calls 5 s apart), and each later poll with what is new', async () => {
		const jpush = env.sandbox('jpush').sandbox as unknown as JPushSandbox;
		const yunpian = env.sandbox('yunpian').sandbox as unknown as YunpianSandbox;
		const now = Date.now();
		jpush.reports.push(...Array.from({ length: 501 }, (_x, i) => ({ msgId: String(500000000000 + i), phone: '13800138000', receiveTime: now, status: i === 0 ? 4004 : 4001 })));
		jpush.replies.push({ phone: '13900139000', replyTime: now, content: 'TD' });
		yunpian.smsReports.push({ sid: yunpian.bare('9007199254740993'), uid: null, user_receive_time: '2026-11-26 10:00:00', error_msg: 'DELIVRD', error_detail: '接收成功', mobile: '13800138000', report_status: 'SUCCESS' });
		yunpian.pendingReplies = [{ id: 'c'.repeat(32), mobile: '13900139000', reply_time: '2026-11-26 10:00:01', text: '收到', extend: '', base_extend: '8888', _sign: '' }];
		yunpian.voiceReports.push({ sid: 'd'.repeat(32), uid: null, user_receive_time: '2026-11-26 10:00:02', duration: 12, error_msg: null, mobile: '13800138000', report_status: 'SUCCESS', type: 2 });

		const jpushBefore = await env.n8n.executionIds(jpushWorkflow.id);
		const yunpianBefore = await env.n8n.executionIds(yunpianWorkflow.id);
		await Promise.all([env.n8n.activate(jpushWorkflow.id), env.n8n.activate(yunpianWorkflow.id)]);

		const jpushItems = await itemsOf(jpushWorkflow.id, jpushBefore);
		expect(jpushItems).toHaveLength(502);
		expect(jpushItems[0]).toMatchObject({ event: 'SMS_REPORT', messageId: '500000000000', mobile: '13800138000', status: 4004, delivered: false });
		expect(jpushItems[501]).toMatchObject({ event: 'SMS_REPLY', mobile: '13900139000', content: 'TD' });
		expect(new Set(jpushItems.map((item) => item.messageId ?? 'reply')).size).toBe(502);
		expect(jpush.refusedPulls).toEqual([]);
		expect(jpush.reports).toEqual([]);

		const yunpianItems = await itemsOf(yunpianWorkflow.id, yunpianBefore);
		expect(yunpianItems.map((item) => [item.event, item.sid ?? item.id])).toEqual([
			['deliveryStatus', '9007199254740993'],
			['reply', 'c'.repeat(32)],
			['voiceStatus', 'd'.repeat(32)],
		]);

		// New records: the next minute's poll starts one more execution of each, with only them.
		const jpushAfter = await env.n8n.executionIds(jpushWorkflow.id);
		const yunpianAfter = await env.n8n.executionIds(yunpianWorkflow.id);
		jpush.reports.push({ msgId: '600000000001', phone: '13700137000', receiveTime: Date.now(), status: 4001 });
		yunpian.smsReports.push({ sid: yunpian.bare('9007199254740995'), uid: 'order-7', user_receive_time: '2026-11-26 10:01:00', error_msg: 'UNDELIV', error_detail: '空号', mobile: '13700137000', report_status: 'FAIL' });
		const [nextJPush, nextYunpian] = await Promise.all([itemsOf(jpushWorkflow.id, jpushAfter, 75_000), itemsOf(yunpianWorkflow.id, yunpianAfter, 75_000)]);
		expect(nextJPush).toEqual([expect.objectContaining({ event: 'SMS_REPORT', messageId: '600000000001', delivered: true })]);
		expect(nextYunpian).toEqual([expect.objectContaining({ event: 'deliveryStatus', sid: '9007199254740995', uid: 'order-7', delivered: false })]);

		await Promise.all([env.n8n.deactivate(jpushWorkflow.id), env.n8n.deactivate(yunpianWorkflow.id)]);
	}, 150_000);
});
