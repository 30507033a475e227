import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData } from 'n8n-workflow';

import { MAX_CALLS_PER_POLL } from '../../nodes/JPushSms/trigger/pull';
import { capturedLogs, clearLogs } from '../harness/logCapture';
import { runWebhook } from '../harness/runWebhook';
import { runPoll } from '../harness/runWorkflow';
import { apiError } from '../sandbox/jpush';
import { crypto } from '../support/node';
import { appAuth, appKey, CREDENTIAL_TYPE, masterSecret, useJPush } from './setup';

/**
 * n8n-workflow's `sleep`, replaced: it moves the (faked) clock instead of waiting, so the sandbox's
 * 5-second rule is checked on the same clock the node waits on. `mockRealSleep` waits for real.
 */
const mockSlept: number[] = [];
let mockRealSleep = false;
jest.mock('n8n-workflow', () => {
	const actual = jest.requireActual<typeof import('n8n-workflow')>('n8n-workflow');
	return {
		...actual,
		sleep: async (ms: number) => {
			mockSlept.push(ms);
			if (mockRealSleep) return await actual.sleep(ms);
			jest.setSystemTime(Date.now() + ms);
		},
	};
});

const { sandbox, credentials, received } = useJPush();

const TRIGGER = 'n8n-nodes-china-sms.jPushSmsPullTrigger';
const BOTH = ['SMS_REPORT', 'SMS_REPLY'];
type PollOutput = INodeExecutionData[][] | null;

function poller(parameters: IDataObject = {}, staticData: IDataObject = {}, overrides: ICredentialDataDecryptedObject = {}) {
	return {
		staticData,
		poll: async (mode: 'trigger' | 'manual' = 'trigger'): Promise<PollOutput> =>
			await runPoll({ type: TRIGGER, credentialType: CREDENTIAL_TYPE, parameters: { events: BOTH, options: {}, ...parameters } }, credentials(overrides), staticData, mode),
	};
}

let nextId = 400000000000;
function queueReports(count: number, status = 4001) {
	const made = Array.from({ length: count }, () => ({ msgId: String(nextId++), phone: '13800138000', receiveTime: Date.now(), status }));
	sandbox.reports.push(...made);
	return made;
}

const jsonOf = (output: PollOutput) => (output?.[0] ?? []).map((item) => item.json);
const pulls = (path: string) => received().filter((request) => request.path === path);
/** A minute later: what n8n's shortest poll interval leaves between two polls. */
const nextMinute = () => jest.setSystemTime(Date.now() + 60_000);

beforeEach(() => {
	jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
	jest.setSystemTime(new Date('2026-11-26T02:00:00.000Z'));
	mockSlept.length = 0;
	mockRealSleep = false;
	clearLogs();
});
afterEach(() => jest.useRealTimers());

describe('JPush SMS Pull Trigger: first poll and new records', () => {
	test('the first poll pulls both APIs and drops what was waiting; later polls emit each new report and reply once', async () => {
		queueReports(2);
		sandbox.replies.push({ phone: '13800138000', replyTime: Date.now(), content: 'old' });
		const trigger = poller();
		expect(await trigger.poll()).toBeNull();
		expect(received().map((request) => [request.method, request.path, request.headers.authorization])).toEqual([
			['GET', '/v1/report', appAuth],
			['GET', '/v1/reply', appAuth],
		]);
		expect(sandbox.reports).toEqual([]);
		expect(sandbox.replies).toEqual([]);

		nextMinute();
		const [report] = queueReports(1, 4004);
		sandbox.replies.push({ phone: '13900139000', replyTime: 1492150740292, content: 'TD' });
		expect(jsonOf(await trigger.poll())).toEqual([
			{
				event: 'SMS_REPORT',
				messageId: report.msgId,
				mobile: '13800138000',
				status: 4004,
				delivered: false,
				statusDescription: 'Number does not exist',
				receivedAt: new Date(report.receiveTime).toISOString(),
				raw: { type: 'SMS_REPORT', data: report },
			},
			{ event: 'SMS_REPLY', mobile: '13900139000', content: 'TD', repliedAt: '2017-04-14T06:19:00.292Z', raw: { type: 'SMS_REPLY', data: { phone: '13900139000', replyTime: 1492150740292, content: 'TD' } } },
		]);
		nextMinute();
		expect(await trigger.poll()).toBeNull();
		expect(sandbox.refusedPulls).toEqual([]);
	});

	test('Include Records Waiting Before Publishing emits the waiting records on the first poll', async () => {
		const made = queueReports(3);
		const trigger = poller({ events: ['SMS_REPORT'], options: { emitExisting: true } });
		expect(jsonOf(await trigger.poll()).map((json) => json.messageId)).toEqual(made.map((one) => one.msgId));
		expect(pulls('/v1/reply')).toHaveLength(0);
	});

	test('items have the fields of the JPush SMS Trigger’s items for the same record', async () => {
		// JPush keeps reports 3 days: one of a minute ago.
		const data = { msgId: '1652496', phone: '15822889320', receiveTime: Date.now() - 60_000, status: 4001 };
		const reply = { content: 'TD', phone: '13720481024', replyTime: 1492150740292 };
		sandbox.reports.push({ ...data });
		sandbox.replies.push({ ...reply });
		const pulled = jsonOf(await poller({ options: { emitExisting: true } }).poll());

		const nonce = '7659972084945889195';
		const pushed = async (type: string, record: IDataObject) => {
			const timestamp = String(Date.now());
			const signature = crypto.createHash('sha1').update(`appKey=${appKey}&appMasterSecret=${masterSecret}&nonce=${nonce}&timestamp=${timestamp}`, 'utf8').digest('hex');
			const answer = await runWebhook(
				{ type: 'n8n-nodes-china-sms.jPushSmsTrigger', credentialType: CREDENTIAL_TYPE, parameters: { events: BOTH, options: {} } },
				{ [CREDENTIAL_TYPE]: { appKey, masterSecret, baseUrl: 'https://api.sms.jpush.cn' } },
				{ method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ nonce, timestamp, signature, type, data: JSON.stringify(record) }).toString() },
			);
			return answer.workflowData![0][0].json;
		};
		const webhookItems = [await pushed('SMS_REPORT', data), await pushed('SMS_REPLY', reply)];
		const withoutRaw = (json: IDataObject) => Object.fromEntries(Object.entries(json).filter(([key]) => key !== 'raw'));
		expect(pulled.map(withoutRaw)).toEqual(webhookItems.map(withoutRaw));
		expect(pulled.map((json) => (json.raw as IDataObject).data)).toEqual(webhookItems.map((json) => (json.raw as IDataObject).data));
	});

	test('Fetch Test Event pulls nothing and shows JPush’s documented samples, marked as samples', async () => {
		queueReports(1);
		const trigger = poller();
		const output = jsonOf(await trigger.poll('manual'));
		expect(output).toEqual([
			expect.objectContaining({ event: 'SMS_REPORT', messageId: '1857496', mobile: '13000000000', status: 4001, delivered: true, sample: true }),
			expect.objectContaining({ event: 'SMS_REPLY', mobile: '13000000000', content: 'TD', sample: true }),
		]);
		expect(received()).toEqual([]);
		expect(sandbox.reports).toHaveLength(1);
		expect(trigger.staticData).toEqual({});
	});
});

describe('JPush SMS Pull Trigger: backlog and rate', () => {
	test('a backlog is pulled over several calls in one poll, 500 at a time and 5 s apart; JPush refuses none', async () => {
		const trigger = poller({ events: ['SMS_REPORT'] });
		expect(await trigger.poll()).toBeNull();
		nextMinute();
		const made = queueReports(1234);
		sandbox.server.clearRequests();
		const items = jsonOf(await trigger.poll());
		expect(items.map((json) => json.messageId)).toEqual(made.map((one) => one.msgId));
		expect(pulls('/v1/report')).toHaveLength(3);
		expect(mockSlept).toEqual([5000, 5000]);
		expect(sandbox.refusedPulls).toEqual([]);
		expect(sandbox.reports).toEqual([]);
	});

	test(`at most ${MAX_CALLS_PER_POLL} calls per API and poll; the rest comes at the next poll`, async () => {
		const trigger = poller({ events: ['SMS_REPORT'] });
		await trigger.poll();
		nextMinute();
		queueReports(MAX_CALLS_PER_POLL * 500 + 7);
		expect(jsonOf(await trigger.poll())).toHaveLength(MAX_CALLS_PER_POLL * 500);
		expect(sandbox.reports).toHaveLength(7);
		nextMinute();
		expect(jsonOf(await trigger.poll())).toHaveLength(7);
	});

	test('a first poll that cannot read the whole backlog goes on dropping it at the next poll, then emits what is new', async () => {
		const trigger = poller({ events: ['SMS_REPORT'] });
		queueReports(MAX_CALLS_PER_POLL * 500 + 3);
		expect(await trigger.poll()).toBeNull();
		nextMinute();
		expect(await trigger.poll()).toBeNull();
		expect(sandbox.reports).toEqual([]);
		nextMinute();
		const [fresh] = queueReports(1);
		expect(jsonOf(await trigger.poll()).map((json) => json.messageId)).toEqual([fresh.msgId]);
	});

	test('the 5 s are kept across polls: a poll right after the last call waits for the rest of them', async () => {
		const trigger = poller({ events: ['SMS_REPORT'] });
		await trigger.poll();
		jest.setSystemTime(Date.now() + 1500);
		queueReports(1);
		expect(jsonOf(await trigger.poll())).toHaveLength(1);
		expect(mockSlept).toEqual([3500]);
		expect(sandbox.refusedPulls).toEqual([]);
	});

	test('when something else pulled just before (50009, nothing handed out), the trigger waits 5 s and pulls once more', async () => {
		const trigger = poller({ events: ['SMS_REPORT'] });
		await trigger.poll();
		nextMinute();
		const made = queueReports(2);
		sandbox.lastPull['/v1/report'] = Date.now() - 1000; // a Get Delivery Reports a second ago
		expect(jsonOf(await trigger.poll()).map((json) => json.messageId)).toEqual(made.map((one) => one.msgId));
		expect(sandbox.refusedPulls).toHaveLength(1);
		expect(mockSlept).toEqual([5000]);
	});

	test('waits for real: two calls in one poll are at least 5 s apart on the real clock', async () => {
		jest.useRealTimers();
		mockRealSleep = true;
		const trigger = poller({ events: ['SMS_REPORT'], options: { emitExisting: true } });
		queueReports(501);
		const calledAt: number[] = [];
		sandbox.now = () => {
			calledAt.push(Date.now());
			return Date.now();
		};
		const started = Date.now();
		expect(jsonOf(await trigger.poll())).toHaveLength(501);
		expect(calledAt).toHaveLength(2);
		expect(calledAt[1] - calledAt[0]).toBeGreaterThanOrEqual(5000);
		expect(Date.now() - started).toBeGreaterThanOrEqual(5000);
		expect(sandbox.refusedPulls).toEqual([]);
	}, 20_000);
});

describe('JPush SMS Pull Trigger: duplicates and memory', () => {
	test('a record handed out twice starts the workflow once; a report whose status changes is news', async () => {
		const trigger = poller({ events: ['SMS_REPORT', 'SMS_REPLY'] });
		await trigger.poll();
		nextMinute();
		const [report] = queueReports(1);
		const reply = { phone: '13800138000', replyTime: Date.now(), content: '好的' };
		sandbox.replies.push({ ...reply });
		expect(jsonOf(await trigger.poll())).toHaveLength(2);
		nextMinute();
		sandbox.reports.push({ ...report });
		sandbox.replies.push({ ...reply });
		expect(await trigger.poll()).toBeNull();
		nextMinute();
		sandbox.reports.push({ ...report, status: 4100 });
		expect(jsonOf(await trigger.poll()).map((json) => [json.messageId, json.status])).toEqual([[report.msgId, 4100]]);
		const stored = trigger.staticData['node:Node Under Test'] as IDataObject;
		expect(Object.keys(stored).sort()).toEqual(['lastPullAt', 'pulled:SMS_REPLY', 'pulled:SMS_REPORT']);
	});
});

describe('JPush SMS Pull Trigger: errors', () => {
	test('with a callback URL set JPush refuses pulls (50008): the poll fails saying so, and nothing is emitted', async () => {
		sandbox.callbackConfigured = true;
		const failure = await poller().poll().catch((error: Error & { description?: string }) => error);
		expect(failure).toBeInstanceOf(Error);
		expect((failure as Error).message).toMatch(/^Could not pull delivery reports \(GET \/v1\/report\): JPush SMS error 50008/);
		expect((failure as { description?: string }).description).toContain('callback URL');
	});

	test('refused twice in a row (50009): the error says something else pulls from this app', async () => {
		sandbox.answerNext(apiError(50009), { path: '/v1/report', times: 2 });
		const failure = (await poller({ events: ['SMS_REPORT'] }).poll().catch((error: Error) => error)) as Error & { description?: string };
		expect(failure.message).toMatch(/^Could not pull delivery reports \(GET \/v1\/report\): JPush SMS error 50009/);
		expect(failure.description).toContain('Pull from one place only');
		expect(pulls('/v1/report')).toHaveLength(2);
	});

	test('a wrong Master Secret fails the poll with 50002 and no secret in the error', async () => {
		const wrong = 'ffffffffffffffffffffffff';
		const failure = (await poller({}, {}, { masterSecret: wrong }).poll().catch((error: Error) => error)) as Error & { description?: string };
		expect(failure.message).toMatch(/JPush SMS error 50002/);
		expect(JSON.stringify({ message: failure.message, description: failure.description, stack: failure.stack })).not.toContain(wrong);
	});

	test('a gateway page instead of JPush’s answer fails the poll', async () => {
		sandbox.answerNext({ status: 502, rawBody: '<html>502 Bad Gateway</html>', headers: { 'content-type': 'text/html' } }, { path: '/v1/report' });
		await expect(poller().poll()).rejects.toThrow(/^Could not pull delivery reports \(GET \/v1\/report\)/);
		// A pull is never repeated by the transport (what it returned would be lost).
		expect(pulls('/v1/report')).toHaveLength(1);
	});

	test('a call failing after records were pulled: they are emitted, the failure is logged, the next poll goes on', async () => {
		const trigger = poller({ events: ['SMS_REPORT'] });
		await trigger.poll();
		nextMinute();
		queueReports(600);
		sandbox.answerNext(apiError(50019), { path: '/v1/report', skip: 1 });
		expect(jsonOf(await trigger.poll())).toHaveLength(500);
		expect(capturedLogs()).toMatch(/Could not pull delivery reports \(GET \/v1\/report\): JPush SMS error 50019.*the 500 records pulled before are used/);
		expect(sandbox.reports).toHaveLength(100);
		nextMinute();
		expect(jsonOf(await trigger.poll())).toHaveLength(100);
	});

	test('replies failing after reports were pulled: the reports are emitted, not thrown away', async () => {
		const trigger = poller();
		await trigger.poll();
		nextMinute();
		queueReports(1);
		sandbox.answerNext(apiError(50019), { path: '/v1/reply' });
		expect(jsonOf(await trigger.poll())).toHaveLength(1);
		expect(capturedLogs()).toContain('Could not pull replies (GET /v1/reply)');
	});
});
