import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { MAX_CALLS_PER_POLL } from '../../nodes/Yunpian/trigger/pull';
import { capturedLogs, clearLogs } from '../harness/logCapture';
import { runWebhook } from '../harness/runWebhook';
import { runPoll } from '../harness/runWorkflow';
import { yunpianWrongApiKey } from '../sandbox/yunpian';
import { form, useYunpian } from './setup';
import { FORM, formPush, signedReply, smsReport, voiceReport } from './triggerPushes';

const { sandbox, received, apiKey, baseUrl } = useYunpian();

const TRIGGER = 'n8n-nodes-china-sms.yunpianPullTrigger';
const ALL = ['deliveryStatus', 'reply', 'voiceStatus'];
type PollOutput = INodeExecutionData[][] | null;

function poller(parameters: IDataObject = {}, staticData: IDataObject = {}, key = apiKey) {
	return {
		staticData,
		poll: async (mode: 'trigger' | 'manual' = 'trigger'): Promise<PollOutput> =>
			await runPoll(
				{ type: TRIGGER, credentialType: 'yunpianApi', parameters: { events: ALL, options: {}, ...parameters } },
				{ yunpianApi: { apiKey: key, baseUrl: baseUrl() } },
				staticData,
				mode,
			),
	};
}

let nextSid = 9007199254740993n;
/** Reports as Yunpian pulls them: 64-bit sids written as bare JSON numbers. */
function queueReports(count: number, ok = true) {
	const made = Array.from({ length: count }, () => smsReport((nextSid++).toString(), '13800000001', ok));
	sandbox.smsReports.push(...made.map((report) => ({ ...report, sid: sandbox.bare(String(report.sid)) })));
	return made;
}

const jsonOf = (output: PollOutput) => (output?.[0] ?? []).map((item) => item.json);
const calls = (path: string) => received().filter((request) => request.path === `/v2/${path}.json`);

beforeEach(() => {
	sandbox.pendingReplies = [];
	clearLogs();
});

describe('Yunpian Pull Trigger: first poll and new records', () => {
	test('the first poll pulls every chosen API and drops what was waiting; later polls emit each new record once', async () => {
		sandbox.pendingReplies = [{ id: 'a'.repeat(32), mobile: '13900139000', reply_time: '2026-11-26 09:55:21', text: 'old', extend: '', base_extend: '8888', _sign: '' }];
		queueReports(2);
		sandbox.voiceReports.push({ ...voiceReport('0'.repeat(32), '13800000001'), type: 2 });
		const trigger = poller();
		expect(await trigger.poll()).toBeNull();
		expect(received().map((request) => [request.path, form(request)])).toEqual([
			['/v2/sms/pull_status.json', { apikey: apiKey, page_size: '100' }],
			['/v2/sms/pull_reply.json', { apikey: apiKey, page_size: '100' }],
			['/v2/voice/pull_status.json', { apikey: apiKey, page_size: '100', type: '1' }],
			['/v2/voice/pull_status.json', { apikey: apiKey, page_size: '100', type: '2' }],
		]);
		expect([sandbox.smsReports, sandbox.pendingReplies, sandbox.voiceReports]).toEqual([[], [], []]);

		const [report] = queueReports(1, false);
		sandbox.voiceReports.push({ ...voiceReport('6e77feeab89f445387308db604e2ec8d', '15205201314'), type: 1 });
		expect(jsonOf(await trigger.poll())).toEqual([
			{
				event: 'deliveryStatus',
				sid: report.sid,
				uid: null,
				mobile: '13800000001',
				status: 'FAIL',
				delivered: false,
				receivedAt: '2014-03-17 22:55:21',
				errorCode: 'UNDELIV',
				errorDetail: '空号',
				raw: report,
			},
			expect.objectContaining({ event: 'voiceStatus', sid: '6e77feeab89f445387308db604e2ec8d', delivered: true, durationSeconds: 10 }),
		]);
		expect(await trigger.poll()).toBeNull();
	});

	test('Include Records Waiting Before Publishing emits the waiting records; only the chosen APIs are called', async () => {
		const made = queueReports(3);
		const output = await poller({ events: ['deliveryStatus'], options: { emitExisting: true } }).poll();
		expect(jsonOf(output).map((json) => json.sid)).toEqual(made.map((one) => one.sid));
		expect(received().map((request) => request.path)).toEqual(['/v2/sms/pull_status.json']);
	});

	test('items have the fields of the Yunpian Trigger’s items for the same push', async () => {
		const report = smsReport('9527', '15205201314');
		const reply = { id: '2a70c6bb4f2845da816ea1bfe5732747', mobile: '15205201314', reply_time: '2014-03-17 22:55:21', text: '收到了，谢谢！', extend: '01', base_extend: '8888' };
		const voice = voiceReport('6e77feeab89f445387308db604e2ec8d', '15205201314', false);
		sandbox.smsReports.push({ ...report });
		sandbox.pendingReplies.push({ ...reply, _sign: '' });
		sandbox.voiceReports.push({ ...voice, type: 1 });
		const pulled = jsonOf(await poller({ options: { emitExisting: true } }).poll());

		const pushed = async (field: string, json: unknown) => {
			const answer = await runWebhook(
				{ type: 'n8n-nodes-china-sms.yunpianTrigger', credentialType: 'yunpianApi', parameters: { events: ALL } },
				{ yunpianApi: { apiKey, baseUrl: 'http://127.0.0.1:1' } },
				{ method: 'POST', headers: { 'Content-Type': FORM }, body: formPush(field, JSON.stringify(json)) },
			);
			return answer.workflowData![0][0].json;
		};
		// The webhook refuses replies older than a day: push the 2014 reply on the day it was replied.
		const replied = jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2014, 2, 17, 15, 0, 0));
		const pushedReply = await pushed('sms_reply', signedReply(reply, apiKey)).finally(() => replied.mockRestore());
		const webhookItems = [await pushed('sms_status', [report]), pushedReply, await pushed('voice_status', [voice])];
		const withoutRaw = (json: IDataObject) => Object.fromEntries(Object.entries(json).filter(([key]) => key !== 'raw'));
		expect(pulled.map(withoutRaw)).toEqual(webhookItems.map(withoutRaw));
	});

	test('Fetch Test Event pulls nothing and shows Yunpian’s documented samples, marked as samples', async () => {
		queueReports(1);
		const trigger = poller();
		expect(jsonOf(await trigger.poll('manual'))).toEqual([
			expect.objectContaining({ event: 'deliveryStatus', sid: '9527', mobile: '15205201314', delivered: true, sample: true }),
			expect.objectContaining({ event: 'reply', id: '2a70c6bb4f2845da816ea1bfe5732747', text: '收到了，谢谢！', sample: true }),
			expect.objectContaining({ event: 'voiceStatus', sid: '6e77feeab89f445387308db604e2ec8d', durationSeconds: 10, sample: true }),
		]);
		expect(received()).toEqual([]);
		expect(sandbox.smsReports).toHaveLength(1);
		expect(trigger.staticData).toEqual({});
	});
});

describe('Yunpian Pull Trigger: backlog', () => {
	test('a backlog is pulled 100 at a time over several calls in one poll, one call after the other', async () => {
		const trigger = poller({ events: ['deliveryStatus'] });
		await trigger.poll();
		const made = queueReports(250);
		sandbox.server.clearRequests();
		expect(jsonOf(await trigger.poll()).map((json) => json.sid)).toEqual(made.map((one) => one.sid));
		expect(calls('sms/pull_status')).toHaveLength(3);
		expect(sandbox.maxInFlight).toBe(1);
	});

	test(`at most ${MAX_CALLS_PER_POLL} calls per API and poll; the rest comes at the next poll`, async () => {
		const trigger = poller({ events: ['deliveryStatus'] });
		await trigger.poll();
		queueReports(MAX_CALLS_PER_POLL * 100 + 5);
		expect(jsonOf(await trigger.poll())).toHaveLength(MAX_CALLS_PER_POLL * 100);
		expect(jsonOf(await trigger.poll())).toHaveLength(5);
	});
});

describe('Yunpian Pull Trigger: duplicates', () => {
	test('a report handed out twice starts the workflow once; the same sid with a new status is news', async () => {
		const trigger = poller({ events: ['deliveryStatus', 'reply'] });
		await trigger.poll();
		const [report] = queueReports(1);
		const reply = { id: 'b'.repeat(32), mobile: '13900139000', reply_time: '2026-11-26 10:00:00', text: '好', extend: '', base_extend: '8888', _sign: '' };
		sandbox.pendingReplies.push({ ...reply });
		expect(jsonOf(await trigger.poll())).toHaveLength(2);
		sandbox.smsReports.push({ ...report, sid: sandbox.bare(String(report.sid)) });
		sandbox.pendingReplies.push({ ...reply });
		expect(await trigger.poll()).toBeNull();
		sandbox.smsReports.push({ ...report, report_status: 'FAIL' });
		expect(jsonOf(await trigger.poll()).map((json) => [json.sid, json.status])).toEqual([[report.sid, 'FAIL']]);
	});
});

describe('Yunpian Pull Trigger: errors', () => {
	test('over Yunpian’s call rate (-5) the poll fails naming the API, and nothing is handed out', async () => {
		queueReports(1);
		sandbox.maxCallsPerSecond = 0;
		const failure = (await poller({ events: ['deliveryStatus'] }).poll().catch((error: Error) => error)) as Error & { description?: string };
		expect(failure.message).toMatch(/^Could not pull delivery statuses \(sms\/pull_status\): Yunpian error -5/);
		expect(failure.description).toContain('the next poll tries again');
		expect(sandbox.smsReports).toHaveLength(1);
	});

	test('a wrong API key fails the poll (-1), with no key in the error', async () => {
		const failure = (await poller({}, {}, yunpianWrongApiKey).poll().catch((error: Error) => error)) as Error & { description?: string };
		expect(failure.message).toMatch(/Yunpian error -1/);
		expect(JSON.stringify({ message: failure.message, description: failure.description, stack: failure.stack })).not.toContain(yunpianWrongApiKey);
	});

	test('a 503 page is not pulled again by the transport (what it held would be lost)', async () => {
		sandbox.answerNext({ status: 503, rawBody: '<html>503</html>', headers: { 'content-type': 'text/html' } }, { path: 'sms/pull_status' });
		await expect(poller({ events: ['deliveryStatus'] }).poll()).rejects.toThrow(/^Could not pull delivery statuses \(sms\/pull_status\)/);
		expect(calls('sms/pull_status')).toHaveLength(1);
	});

	test('a call failing after records were pulled: they are emitted, the failure logged, the next poll goes on', async () => {
		const trigger = poller({ events: ['deliveryStatus'] });
		await trigger.poll();
		queueReports(150);
		sandbox.failNext(-50, 'sandbox failNext', 400, { path: 'sms/pull_status', skip: 1 });
		expect(jsonOf(await trigger.poll())).toHaveLength(100);
		expect(capturedLogs()).toMatch(/Could not pull delivery statuses \(sms\/pull_status\): Yunpian error -50.*the 100 records pulled before are used/);
		expect(jsonOf(await trigger.poll())).toHaveLength(50);
	});
});
