import { ErrorReporter } from 'n8n-core';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { POLL_MAX_PAGES } from '../../nodes/Liupai/trigger/sendLogs';
import { newEntries } from '../../nodes/shared/trigger/newEntries';
import { beijingDay } from '../../nodes/shared/validation/beijingTime';
import { capturedLogs } from '../harness/logCapture';
import { runPoll } from '../harness/runWorkflow';
import { SENDLOGS_PAGE_SIZE } from '../sandbox/liupai';
import { n8nContainer } from '../support/node';
import { leakForms, locator, useLiupai, variables, wire } from './setup';

const { sandbox, run, received, appkey, wrongAppkey } = useLiupai();

const TRIGGER = 'n8n-nodes-china-sms.liupaiTrigger';
const STORE = 'node:Node Under Test';

type PollOutput = INodeExecutionData[][] | null;

function poller(parameters: IDataObject, staticData: IDataObject = {}, appSecret = appkey) {
	return {
		staticData,
		poll: async (mode: 'trigger' | 'manual' = 'trigger'): Promise<PollOutput> =>
			await runPoll(
				{ type: TRIGGER, credentialType: 'liupaiApi', parameters },
				{ liupaiApi: { appSecret, baseUrl: sandbox.baseUrl } },
				staticData,
				mode,
			),
	};
}

/** Sends through the Liupai node, one request per number; numbers ending in 0 "fail" in the sandbox (is_ok 0). */
async function send(mobiles: string, templateId = 1001) {
	const result = await run({
		resource: 'message',
		operation: 'send',
		mobiles,
		contentMode: 'template',
		accountId: locator(12),
		templateId: locator(templateId),
		variables: templateId === 1001 ? variables('2468') : {},
		options: { delay: 0 },
	});
	expect(result.error).toBeUndefined();
	sandbox.server.clearRequests();
}

const mobilesOf = (output: PollOutput) => (output?.[0] ?? []).map((item) => item.json.mobile);
const sendlogRequests = () => received().filter((request) => request.path === '/sms/sendlogs');
const pagesRead = () => sendlogRequests().map((request) => (request.body as { page: string }).page);
const memory = (staticData: IDataObject) => ((staticData[STORE] as IDataObject).sendLogs as { entries: Record<string, string> }).entries;

/** Pins the node's clock (Date only: timers stay real, so HTTP works) and the sandbox's, to one instant. */
function pinClocks(iso: string) {
	jest.setSystemTime(new Date(iso));
	sandbox.setClock(iso);
}

describe('Liupai Trigger: new send log entries', () => {
	test('the first poll remembers what exists without starting the workflow; later polls emit each new entry once', async () => {
		await send('13800138001');
		const trigger = poller({ reportStatus: 'any' });
		expect(await trigger.poll()).toBeNull();
		expect(received().map(wire)).toEqual([
			{ method: 'POST', path: '/sms/sendlogs', query: { appkey }, body: { start_date: beijingDay(1), page: '1' } },
			{ method: 'POST', path: '/sms/sendlogs', query: { appkey }, body: { start_date: beijingDay(1), page: '2' } },
		]);

		await send('13800138002,13800138010');
		const output = await trigger.poll();
		expect(mobilesOf(output)).toEqual(['13800138002', '13800138010']);
		expect(output?.[0].map((item) => item.json)).toEqual([
			{
				msgid: '202611260000000002',
				mobile: '13800138002',
				status: 'delivered',
				delivered: true,
				message: '【Demo】您的验证码是2468',
				sentAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
				raw: { sendtime: expect.any(String), mobile: '13800138002', message: '【Demo】您的验证码是2468', msgid: '202611260000000002', is_ok: 1 },
			},
			expect.objectContaining({ msgid: '202611260000000003', mobile: '13800138010', status: 'failed', delivered: false }),
		]);
		expect(await trigger.poll()).toBeNull();
		await send('13800138003');
		expect(mobilesOf(await trigger.poll())).toEqual(['13800138003']);
		expect(await trigger.poll()).toBeNull();
	});

	test('Include Entries From Before Publishing emits the existing entries on the first poll, oldest first', async () => {
		await send('13800138001,13800138002');
		const trigger = poller({ reportStatus: 'any', options: { emitExisting: true } });
		expect(mobilesOf(await trigger.poll())).toEqual(['13800138001', '13800138002']);
		expect(await trigger.poll()).toBeNull();
	});

	test.each([
		['failed', ['13800138020']],
		['delivered', ['13800138001']],
		['any', ['13800138001', '13800138020']],
	])('the %s filter emits only those entries', async (reportStatus, expected) => {
		const trigger = poller({ reportStatus });
		await trigger.poll();
		await send('13800138001,13800138020');
		expect(mobilesOf(await trigger.poll())).toEqual(expected);
		expect(await trigger.poll()).toBeNull();
	});

	test('an entry whose status changes is emitted again when the new status matches', async () => {
		const trigger = poller({ reportStatus: 'delivered' });
		await trigger.poll();
		await send('13800138000');
		expect(await trigger.poll()).toBeNull(); // is_ok 0: remembered, not wanted
		// The sandbox derives is_ok from the number's last digit: this turns the same msgid into is_ok 1.
		sandbox.logs[0].mobile = '13800138009';
		expect((await trigger.poll())?.[0].map((item) => [item.json.msgid, item.json.status])).toEqual([['202611260000000001', 'delivered']]);
		expect(await trigger.poll()).toBeNull();
	});

	test('the template filter is sent to Liupai as templateid', async () => {
		const trigger = poller({ reportStatus: 'any', templateId: locator(1004) });
		await trigger.poll();
		await send('13800138001');
		await send('13800138002', 1004);
		expect(mobilesOf(await trigger.poll())).toEqual(['13800138002']);
		expect(sendlogRequests().map((request) => request.body)).toEqual([
			{ templateid: '1004', start_date: beijingDay(1), page: '1' },
			{ templateid: '1004', start_date: beijingDay(1), page: '2' },
		]);
	});

	test('a template ID that is not a number fails before any request', async () => {
		const trigger = poller({ templateId: locator('10a') });
		await expect(trigger.poll()).rejects.toMatchObject({ message: 'Template: "10a" is not a template ID' });
		expect(received()).toHaveLength(0);
	});

	test('reads pages until an empty one, at most the page cap per poll, and stops at a server that ignores page', async () => {
		const at = Date.now();
		const row = (i: number) => ({ msgid: String(300000000000000000n + BigInt(i)), mobile: '13800138001', message: 'x', templateid: 1001, accountid: 12, at: at - i, segments: 1, ismarket: 0 });
		sandbox.logs = Array.from({ length: 2 * SENDLOGS_PAGE_SIZE + 5 }, (_, i) => row(i));
		await poller({}).poll();
		expect(pagesRead()).toEqual(['1', '2', '3', '4']);

		sandbox.server.clearRequests();
		sandbox.logs = Array.from({ length: (POLL_MAX_PAGES + 1) * SENDLOGS_PAGE_SIZE }, (_, i) => row(i));
		const capped = await poller({ options: { emitExisting: true } }).poll();
		expect(pagesRead()).toEqual(Array.from({ length: POLL_MAX_PAGES }, (_, i) => String(i + 1)));
		expect(capped?.[0]).toHaveLength(POLL_MAX_PAGES * SENDLOGS_PAGE_SIZE);

		sandbox.server.clearRequests();
		sandbox.ignorePage = true;
		await poller({}).poll();
		expect(pagesRead()).toEqual(['1', '2']);
	});

	test('Fetch Test Event returns the newest matching entry and remembers nothing', async () => {
		await send('13800138010,13800138001');
		const staticData: IDataObject = {};
		expect(mobilesOf(await poller({ reportStatus: 'any' }, staticData).poll('manual'))).toEqual(['13800138001']);
		expect(mobilesOf(await poller({ reportStatus: 'failed' }, staticData).poll('manual'))).toEqual(['13800138010']);
		expect(staticData).toEqual({});
		expect(await poller({ reportStatus: 'any', templateId: locator(1004) }, staticData).poll('manual')).toBeNull();
	});
});

describe('Liupai Trigger: the Beijing-time window', () => {
	beforeEach(() => jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] }));
	afterEach(() => jest.useRealTimers());

	test('an entry of 23:59 Beijing time is emitted by the first poll after midnight, and memory of days no longer read is dropped', async () => {
		pinClocks('2026-11-25T04:00:00Z'); // 12:00 on 25 November in Beijing
		await send('13800138001');
		const staticData: IDataObject = {};
		const trigger = poller({ reportStatus: 'any' }, staticData);

		pinClocks('2026-11-26T15:59:50Z'); // 23:59:50 on 26 November in Beijing
		expect(await trigger.poll()).toBeNull();
		expect(Object.keys(memory(staticData))).toEqual(['2026-11-25|202611260000000001']);
		pinClocks('2026-11-26T15:59:55Z');
		await send('13800138002');

		pinClocks('2026-11-26T16:00:10Z'); // 00:00:10 on 27 November in Beijing
		sandbox.server.clearRequests();
		const output = await trigger.poll();
		expect(output?.[0].map((item) => [item.json.mobile, item.json.sentAt])).toEqual([['13800138002', '2026-11-26 23:59:55']]);
		expect(sendlogRequests().map((request) => request.body)).toEqual([
			{ start_date: '2026-11-26', page: '1' },
			{ start_date: '2026-11-26', page: '2' },
		]);
		// 25 November is no longer read, so it is no longer remembered.
		expect(Object.keys(memory(staticData))).toEqual(['2026-11-26|202611260000000002']);
		expect(await trigger.poll()).toBeNull();
	});

	test('memory of a day before the window is dropped even if Liupai no longer lists it', async () => {
		pinClocks('2026-11-26T04:00:00Z');
		const staticData: IDataObject = {};
		const trigger = poller({}, staticData);
		await trigger.poll();
		const seen = memory(staticData);
		seen['2026-11-24|1'] = '1';
		seen['2026-11-25|2'] = '1';
		seen['-|2026-11-20 10:00:00|13800138001'] = '1';
		await trigger.poll();
		expect(Object.keys(seen).sort()).toEqual(['-|2026-11-20 10:00:00|13800138001', '2026-11-25|2']);
	});
});

describe('Liupai Trigger: failures keep the appkey secret', () => {
	/** Fails one poll, hands the error to n8n's ErrorReporter (which logs message, stack, extra and causes), and returns all of it as text. */
	async function failedPoll(trigger: ReturnType<typeof poller>) {
		const failure = (await trigger.poll().catch((error: unknown) => error)) as Error & { description?: string };
		expect(failure).toBeInstanceOf(Error);
		n8nContainer().get(ErrorReporter).error(failure);
		const text = JSON.stringify({ message: failure.message, description: failure.description, stack: failure.stack, error: failure, log: capturedLogs() });
		return { failure, text };
	}
	const leaks = (text: string, ...secrets: string[]) => secrets.flatMap(leakForms).filter((form) => text.includes(form));

	test('a wrong appkey (echoed back by Liupai) fails the poll with Liupai’s error and no key in message, description, stack or log', async () => {
		sandbox.echoAppkey = true;
		const staticData: IDataObject = {};
		const { failure, text } = await failedPoll(poller({}, staticData, wrongAppkey));
		expect(failure).toMatchObject({ name: 'NodeApiError', message: 'Liupai error 101: The appkey is empty or unknown' });
		expect(failure.description).toContain('(Liupai said: APPKEY为空或不存在: *** (POST /sms/sendlogs?appkey=***))');
		expect(sendlogRequests()[0].query).toEqual({ appkey: wrongAppkey }); // it did reach Liupai, in the URL
		expect(capturedLogs()).toContain('Liupai error 101');
		expect(leaks(text, wrongAppkey, appkey)).toEqual([]);
		expect(staticData[STORE]).toBeUndefined(); // a failed first poll does not prime
	});

	test('a network error whose URL holds the key fails without it', async () => {
		sandbox.failNext({ kind: 'redirect', to: 'http://127.0.0.1:1' });
		const { text } = await failedPoll(poller({}));
		expect(capturedLogs()).toContain('Liupai');
		expect(leaks(text, appkey)).toEqual([]);
	});
});

describe('the shared new-entry memory', () => {
	const item = (id: string): INodeExecutionData => ({ json: { id } });

	test('primes on the first call, emits wanted entries new in their state, and keeps only what `keep` accepts', () => {
		const staticData: IDataObject = {};
		const poll = (entries: Array<[string, string, boolean]>, keep: (key: string) => boolean = () => true) =>
			newEntries(staticData, 'k', entries.map(([key, state, wanted]) => ({ key, state, wanted, item: item(key) })), { emitExisting: false, keep }).map((i) => i.json.id);
		expect(poll([['a', '0', true]])).toEqual([]);
		expect(poll([['a', '0', true], ['b', '1', false], ['c', '1', true]])).toEqual(['c']);
		expect(poll([['a', '1', true], ['b', '1', true]])).toEqual(['a']);
		expect(poll([], (key) => key !== 'a')).toEqual([]);
		expect(Object.keys((staticData.k as { entries: object }).entries).sort()).toEqual(['b', 'c']);
	});
});
