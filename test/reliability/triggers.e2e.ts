import { crypto, delay, env as processEnv, fs, print } from '../support/node';
import { credentialId, credentialName } from '../../scripts/lib/providers';
import { pushCallback, type Callback } from '../sandbox/kit/push';
import { jpushProvider, yunpianProvider, type SandboxProvider } from '../sandbox/providers';
import { formPush, signedReply } from '../yunpian/triggerPushes';
import { nodeOutput, startTestN8n, type TestN8n, type WorkflowFile } from '../e2e/support/n8n';
import { FIXTURE_VALUES, needlesOf, publicSlices, secretHits, slicesOf } from './secrets.scan';

/**
 * The webhook triggers under attack and under load, in a real n8n 2.41.1 (issue 13, "Triggers"):
 * forged, missing, stale and replayed signatures get no execution; 1 000 concurrent signed callbacks to
 * a published workflow give exactly 1 000 executions, none lost, none duplicated (each callback carries
 * its own id, found once in the recorded executions' data); n8n's log, its answers and the recorded
 * executions hold no credential value in any form.
 *
 * Needs `npm run build` and the cached n8n (`npm run setup`). Run with `npm run test:triggers`
 * (`npx jest -c jest.triggers.config.js`).
 */

/**
 * Callbacks of the load test, how many are in flight at once, and how many may be acknowledged but not yet run
 * to the end (RELIABILITY_CALLBACKS / RELIABILITY_IN_FLIGHT / RELIABILITY_BACKLOG change them, to measure).
 *
 * n8n acknowledges a callback as soon as the trigger has checked it and runs the workflow afterwards, so the
 * number of callbacks in flight does not bound the work queued behind them: each callback adds SQLite writes
 * (the execution, its data, its end; the JPush trigger's replay store) to one write connection. Measured here on
 * the shared 2-core machine (load average 10–20): 1 000 callbacks, 50 in flight, no other bound: writes waited
 * more than the 60 s SQLite's write lock allows ("Timeout waiting for lock SqliteWriteConnectionMutex", 2 066
 * times), and 10 minutes later only 355 executions were recorded (178 success, 19 error, 30 running, 128 new).
 * n8n's concurrency control (N8N_CONCURRENCY_PRODUCTION_LIMIT=5, 20 in flight) does not help: an execution is
 * created, and the replay store saved, before it is queued; 4 minutes in, 8 had succeeded and 154 were "new".
 * So the sender holds back while BACKLOG callbacks are acknowledged and not finished, as a provider's pusher
 * slows down when its callbacks pile up. With it, on the same machine (load average 16–24): JPush 1 000 of 1 000
 * executions in 822 s, Yunpian 1 000 of 1 000 in 666 s, none lost or repeated, no 503 (about 1.2 and 1.5 a
 * second: n8n's share of two busy cores); 200 callbacks at 50 in flight, unbounded, all ran on a quiet machine.
 */
const CALLBACKS = Number(processEnv.RELIABILITY_CALLBACKS ?? 1000);
const IN_FLIGHT = Number(processEnv.RELIABILITY_IN_FLIGHT ?? 10);
const BACKLOG = Number(processEnv.RELIABILITY_BACKLOG ?? 20);
/** The load test fails when n8n finishes no execution for this long while callbacks wait for it. */
const STALL_MS = 120_000;
/** How often one callback is sent again after n8n answered "503 Database is not ready!" (see the load test). */
const MAX_RESENDS = 200;
/** How long the load test may wait for n8n to record and finish every execution, and how long it may take in all. */
const RECORDING_TIMEOUT_MS = 10 * 60_000;
const LOAD_TEST_TIMEOUT_MS = 25 * 60_000;

/** What n8n answered and recorded in this file (401 answers, executions' data), scanned for secrets at the end. */
const produced: string[] = [];
/** The load tests' figures, printed again after the scan so they end the run's output together. */
const measured: string[] = [];

/** Words n8n itself logs (see the secret scan at the end). */
const N8N_OWN_WORDS = ['n8n-sandbox'];

/** The credential's values as n8n holds them (the base URL aside). */
const credentialValues = (provider: SandboxProvider) =>
	Object.values(provider.credentials('http://unused')).filter((value): value is string => typeof value === 'string' && !/^https?:/.test(value));

function triggerWorkflow(id: string, provider: SandboxProvider, type: string, webhookId: string, parameters: Record<string, unknown>): WorkflowFile {
	return {
		id,
		name: `${provider.displayName} trigger (reliability)`,
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

const JPUSH_HOOK = 'reliability-jpush-hook';
const YUNPIAN_HOOK = 'reliability-yunpian-hook';
const jpushWorkflow = triggerWorkflow('relJPushTrigger', jpushProvider, 'jPushSmsTrigger', JPUSH_HOOK, { events: ['SMS_REPORT', 'SMS_REPLY'] });
const yunpianWorkflow = triggerWorkflow('relYunpianTrigger', yunpianProvider, 'yunpianTrigger', YUNPIAN_HOOK, { events: ['deliveryStatus', 'reply'] });

let env: TestN8n;

// Two n8n CLI imports and a start: about 30 s on a quiet machine, over 3 minutes when the machine is loaded.
beforeAll(async () => {
	env = await startTestN8n({ workflows: [jpushWorkflow, yunpianWorkflow] });
	await env.n8n.activate(jpushWorkflow.id);
	await env.n8n.activate(yunpianWorkflow.id);
}, 600_000);

afterAll(async () => {
	await env?.stop();
});

const hookUrl = (webhookId: string) => `${env.n8n.url}/webhook/${webhookId}/webhook`;

/** Sends a callback to the production URL, retrying only while n8n is still registering the webhook after publishing. */
async function deliver(webhookId: string, callback: Callback): Promise<{ status: number; body: string }> {
	let answer = await pushCallback(hookUrl(webhookId), callback);
	for (let attempt = 0; attempt < 40 && answer.status === 404; attempt++) {
		await delay(250);
		answer = await pushCallback(hookUrl(webhookId), callback);
	}
	return answer;
}

/** Calls n8n's REST API again while it answers "503 Database is not ready!" (it does under load, see the load test). */
async function untilReady<T>(call: () => Promise<T>): Promise<T> {
	for (let attempt = 0; ; attempt++) {
		const outcome = await call().then(
			(value) => ({ value }),
			(error: Error) => ({ error }),
		);
		if ('value' in outcome) return outcome.value;
		if (attempt >= 120 || !/answered 503/.test(outcome.error.message)) throw outcome.error;
		await delay(500);
	}
}

interface ExecutionSummary {
	id: string;
	status: string;
}

/** Every execution of a workflow with its status (n8n lists at most 100 per page, newest first, and pages by cursor). */
async function allExecutions(workflowId: string): Promise<ExecutionSummary[]> {
	const executions: ExecutionSummary[] = [];
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	let cursor: string | null | undefined;
	do {
		const route = `/executions?filter=${filter}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
		const page = await untilReady(async () => await env.n8n.rest<{ results: ExecutionSummary[]; nextCursor?: string | null }>('GET', route));
		executions.push(...page.results.map((execution) => ({ id: String(execution.id), status: execution.status })));
		cursor = page.results.length > 0 ? page.nextCursor : null;
	} while (cursor);
	return executions;
}

async function allExecutionIds(workflowId: string): Promise<string[]> {
	return (await allExecutions(workflowId)).map((execution) => execution.id);
}

const FINISHED = ['success', 'error', 'crashed', 'canceled', 'unknown'];
const isFinished = (execution: ExecutionSummary) => FINISHED.includes(execution.status);

/** How many executions of the workflow have finished (the count of n8n's list, filtered by status). */
async function finishedCount(workflowId: string): Promise<number> {
	const filter = encodeURIComponent(JSON.stringify({ workflowId, status: FINISHED }));
	const page = await untilReady(async () => await env.n8n.rest<{ count: number }>('GET', `/executions?filter=${filter}&limit=1`));
	return page.count;
}

/**
 * n8n's answer while its database connection monitor holds every route closed: a middleware ahead of all routes
 * (https://github.com/n8n-io/n8n/blob/n8n@2.41.1/packages/cli/src/abstract-server.ts).
 */
const notReady = (answer: { status: number; body: string }) => answer.status === 503 && answer.body.includes('Database is not ready');

/** Runs `task` for every entry, at most `limit` at once; results in input order. */
async function pool<T, R>(entries: T[], limit: number, task: (entry: T, index: number) => Promise<R>): Promise<R[]> {
	const results = new Array<R>(entries.length);
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < entries.length) {
			const index = next++;
			results[index] = await task(entries[index], index);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, entries.length) }, async () => await worker()));
	return results;
}

/**
 * Proves that callbacks sent so far started nothing: a genuine callback (the fence) sent after them
 * must be the only new execution once it has finished (n8n handles a webhook request before it answers,
 * so an execution of an earlier request would have started before the fence was even sent).
 */
async function expectOnlyTheFence(workflowId: string, before: string[], sendFence: () => Promise<{ status: number }>, fenceId: (items: Array<Record<string, unknown>>) => unknown, expectedId: string): Promise<void> {
	expect((await sendFence()).status).toBe(200);
	const execution = await env.n8n.nextExecution(workflowId, before);
	expect(fenceId(nodeOutput(execution.data.resultData.runData, 'Trigger'))).toBe(expectedId);
	await delay(1500);
	const fresh = (await allExecutionIds(workflowId)).filter((id) => !before.includes(id));
	expect(fresh).toEqual([execution.id]);
}

describe('JPush SMS Trigger in n8n: signatures', () => {
	const { appKey, masterSecret } = jpushProvider.credentials('http://unused') as { appKey: string; masterSecret: string };
	let nonce = 1_000_000;
	/** A callback body as JPush posts it; `sign` false leaves the signature out. */
	const callback = (msgId: string, options: { secret?: string; timestamp?: number; nonce?: string; sign?: boolean } = {}) => {
		const fields: Record<string, string> = { nonce: options.nonce ?? String(nonce++), timestamp: String(options.timestamp ?? Date.now()) };
		const signature = crypto
			.createHash('sha1')
			.update(`appKey=${appKey}&appMasterSecret=${options.secret ?? masterSecret}&nonce=${fields.nonce}&timestamp=${fields.timestamp}`, 'utf8')
			.digest('hex');
		if (options.sign !== false) fields.signature = signature;
		const data = { msgId, phone: '15822889320', receiveTime: Date.now(), status: 4001 };
		return new URLSearchParams({ ...fields, type: 'SMS_REPORT', data: JSON.stringify(data) }).toString();
	};
	const messageIdOf = (items: Array<Record<string, unknown>>) => (items.length === 1 ? items[0].messageId : items.map((item) => item.messageId));

	test.each([
		['forged (signed with another secret)', () => callback('forged-1', { secret: 'not-the-master-secret' })],
		['missing (no signature field)', () => callback('missing-1', { sign: false })],
		['stale (signed correctly, 10 minutes old)', () => callback('stale-1', { timestamp: Date.now() - 10 * 60_000 })],
		['from the future (signed correctly, 10 minutes ahead)', () => callback('future-1', { timestamp: Date.now() + 10 * 60_000 })],
	])('a %s callback gets 401 and no execution', async (_name, body) => {
		const before = await allExecutionIds(jpushWorkflow.id);
		const answer = await deliver(JPUSH_HOOK, { body: body() });
		produced.push(answer.body);
		expect(answer).toEqual({ status: 401, body: 'Unauthorized' });
		await expectOnlyTheFence(jpushWorkflow.id, before, async () => await deliver(JPUSH_HOOK, { body: callback('fence-1') }), messageIdOf, 'fence-1');
	});

	test('a replayed callback (the same nonce, timestamp and signature again) is acknowledged and runs nothing', async () => {
		const genuine = callback('replayed-1');
		const before = await allExecutionIds(jpushWorkflow.id);
		expect(await deliver(JPUSH_HOOK, { body: genuine })).toEqual({ status: 200, body: 'ok' });
		const first = await env.n8n.nextExecution(jpushWorkflow.id, before);
		expect(messageIdOf(nodeOutput(first.data.resultData.runData, 'Trigger'))).toBe('replayed-1');
		const afterFirst = await allExecutionIds(jpushWorkflow.id);
		for (let replay = 0; replay < 3; replay++) expect(await deliver(JPUSH_HOOK, { body: genuine })).toEqual({ status: 200, body: 'ok' });
		await expectOnlyTheFence(jpushWorkflow.id, afterFirst, async () => await deliver(JPUSH_HOOK, { body: callback('fence-2') }), messageIdOf, 'fence-2');
	});
});

describe('Yunpian Trigger in n8n: signatures', () => {
	const apiKey = String(yunpianProvider.credentials('http://unused').apiKey);
	let replies = 0;
	const reply = (id: string, replyTime = beijingNow()) => ({ id, mobile: '13800138000', reply_time: replyTime, text: `收到 ${++replies}`, extend: '', base_extend: '8888' });
	const push = (entry: Record<string, string>) => ({ body: formPush('sms_reply', JSON.stringify(entry)) });
	const replyIdOf = (items: Array<Record<string, unknown>>) => (items.length === 1 ? items[0].id : items.map((item) => item.id));
	const fence = (id: string) => async () => await deliver(YUNPIAN_HOOK, push(signedReply(reply(id), apiKey)));

	test.each([
		['forged (signed with another API key)', () => signedReply(reply('forged-1'), 'another-api-key-0000000000000000')],
		['missing (no _sign)', () => reply('missing-1')],
		['tampered (text changed after signing)', () => ({ ...signedReply(reply('tampered-1'), apiKey), text: 'changed' })],
	])('a %s reply gets 401 and no execution', async (name, entry) => {
		const before = await allExecutionIds(yunpianWorkflow.id);
		const answer = await deliver(YUNPIAN_HOOK, push(entry()));
		produced.push(answer.body);
		expect(answer.status).toBe(401);
		expect(answer.body).not.toContain(apiKey);
		// A fence of its own per case: the trigger runs each reply id once.
		const fenceId = `yp-fence-1-${name.split(' ')[0]}`;
		await expectOnlyTheFence(yunpianWorkflow.id, before, fence(fenceId), replyIdOf, fenceId);
	});

	// `_sign` has no timestamp: the signed reply_time tells a replayed capture from a new reply, and each reply id runs once.
	test('a stale reply (signed correctly, replied a week ago) runs nothing', async () => {
		const before = await allExecutionIds(yunpianWorkflow.id);
		const weekAgo = beijingTime(new Date(Date.now() - 7 * 24 * 3600_000));
		const answer = await deliver(YUNPIAN_HOOK, push(signedReply(reply('stale-1', weekAgo), apiKey)));
		expect(answer.status).not.toBe(500);
		await expectOnlyTheFence(yunpianWorkflow.id, before, fence('yp-fence-2'), replyIdOf, 'yp-fence-2');
	});

	test('a replayed reply (the same signed push again) is acknowledged and runs nothing', async () => {
		const genuine = push(signedReply(reply('replayed-1'), apiKey));
		const before = await allExecutionIds(yunpianWorkflow.id);
		expect(await deliver(YUNPIAN_HOOK, genuine)).toEqual({ status: 200, body: 'SUCCESS' });
		const first = await env.n8n.nextExecution(yunpianWorkflow.id, before);
		expect(replyIdOf(nodeOutput(first.data.resultData.runData, 'Trigger'))).toBe('replayed-1');
		const afterFirst = await allExecutionIds(yunpianWorkflow.id);
		for (let replay = 0; replay < 3; replay++) expect(await deliver(YUNPIAN_HOOK, genuine)).toEqual({ status: 200, body: 'SUCCESS' });
		await expectOnlyTheFence(yunpianWorkflow.id, afterFirst, fence('yp-fence-3'), replyIdOf, 'yp-fence-3');
	});
});

/** Beijing wall time as Yunpian writes it, e.g. `2026-11-26 10:00:00`. */
function beijingTime(date: Date): string {
	return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}
const beijingNow = () => beijingTime(new Date());

interface LoadCase {
	name: string;
	workflow: WorkflowFile;
	hook: string;
	/** The body of callback number `n`, carrying the id `id`. */
	body: (id: string, n: number) => string;
	acknowledgement: string;
	/** The id a recorded execution's Trigger output carries. */
	idOf: (item: Record<string, unknown>) => unknown;
}

const jpushLoad: LoadCase = {
	name: 'JPush SMS Trigger',
	workflow: jpushWorkflow,
	hook: JPUSH_HOOK,
	acknowledgement: 'ok',
	body: (id, n) => {
		const { appKey, masterSecret } = jpushProvider.credentials('http://unused') as { appKey: string; masterSecret: string };
		const nonce = String(5_000_000_000 + n);
		const timestamp = String(Date.now());
		const signature = crypto.createHash('sha1').update(`appKey=${appKey}&appMasterSecret=${masterSecret}&nonce=${nonce}&timestamp=${timestamp}`, 'utf8').digest('hex');
		return new URLSearchParams({ nonce, timestamp, signature, type: 'SMS_REPORT', data: JSON.stringify({ msgId: id, phone: '15822889320', receiveTime: Date.now(), status: 4001 }) }).toString();
	},
	idOf: (item) => item.messageId,
};

const yunpianLoad: LoadCase = {
	name: 'Yunpian Trigger',
	workflow: yunpianWorkflow,
	hook: YUNPIAN_HOOK,
	acknowledgement: 'SUCCESS',
	body: (id) => {
		const apiKey = String(yunpianProvider.credentials('http://unused').apiKey);
		return formPush('sms_reply', JSON.stringify(signedReply({ id, mobile: '13800138000', reply_time: beijingNow(), text: `load ${id}`, extend: '', base_extend: '8888' }, apiKey)));
	},
	idOf: (item) => item.id,
};

describe.each([jpushLoad, yunpianLoad])(`$name in n8n: ${CALLBACKS} concurrent signed callbacks`, (load) => {
	test(`give exactly ${CALLBACKS} executions, each callback's id once`, async () => {
		const before = await allExecutionIds(load.workflow.id);
		const ids = Array.from({ length: CALLBACKS }, (_, n) => `${load.workflow.id}-load-${n}`);
		const started = Date.now();
		const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
		let refused = 0;
		let resent = 0;
		let acknowledged = 0;
		let held = 0;
		// Finished executions, counted every half second while callbacks are sent (the sender's back-pressure).
		const finishedBefore = await finishedCount(load.workflow.id);
		let finishedNow = 0;
		let progressAt = Date.now();
		let sending = true;
		const monitor = (async () => {
			while (sending) {
				const count = (await finishedCount(load.workflow.id)) - finishedBefore;
				if (count > finishedNow) progressAt = Date.now();
				finishedNow = count;
				await delay(500);
			}
		})();
		const answers = await pool(ids, IN_FLIGHT, async (id, n) => {
			let waited = false;
			while (acknowledged - finishedNow >= BACKLOG) {
				waited = true;
				if (Date.now() - progressAt > STALL_MS) throw new Error(`n8n finished no execution for ${STALL_MS / 1000} s: ${acknowledged} callbacks acknowledged, ${finishedNow} executions finished`);
				await delay(100);
			}
			if (waited) held++;
			// A connection of its own per callback (as a provider's pusher opens one): a reused keep-alive socket
			// that n8n closes at the same moment would lose a callback for a reason that is the client's.
			const callback = { body: load.body(id, n), headers: { connection: 'close' } };
			let answer = await deliver(load.hook, callback);
			// Under load n8n's SQLite may answer "503 Database is not ready!" for a while: its connection monitor's
			// ping timed out, and a middleware in front of every route (the webhooks' included) refuses each request
			// until a ping succeeds, so nothing ran. JPush and Yunpian send a callback again when it is not
			// acknowledged; so does this sender, a bounded number of times. Any other answer is final.
			for (let resend = 0; resend < MAX_RESENDS && notReady(answer); resend++) {
				if (resend === 0) refused++;
				resent++;
				await delay(250);
				answer = await deliver(load.hook, callback);
			}
			if (answer.status === 200) acknowledged++;
			return answer;
		}).finally(() => {
			sending = false;
		});
		await monitor;
		const answeredAfter = seconds();
		measured.push(`${load.name}: ${CALLBACKS} callbacks, ${IN_FLIGHT} in flight, at most ${BACKLOG} unfinished (${held} held back); all answered after ${answeredAfter}; ${refused} refused with "503 Database is not ready!" and sent again (${resent} resends)`);
		expect(answers.filter((answer) => answer.status !== 200 || answer.body !== load.acknowledgement).slice(0, 20)).toEqual([]);

		// Wait until every execution has been recorded and has finished (from the list's statuses, so the wait itself
		// loads n8n little), then a moment longer, for any extra one.
		const deadline = Date.now() + RECORDING_TIMEOUT_MS;
		let fresh = (await allExecutions(load.workflow.id)).filter((execution) => !before.includes(execution.id));
		while (!(fresh.length >= CALLBACKS && fresh.every(isFinished)) && Date.now() < deadline) {
			await delay(2000);
			fresh = (await allExecutions(load.workflow.id)).filter((execution) => !before.includes(execution.id));
		}
		await delay(3000);
		fresh = (await allExecutions(load.workflow.id)).filter((execution) => !before.includes(execution.id));
		const finishedAfter = seconds();
		const statuses = new Map<string, number>();
		for (const execution of fresh) statuses.set(execution.status, (statuses.get(execution.status) ?? 0) + 1);

		// Every execution's data, once: the callback id its Trigger output carries.
		const records = await pool(fresh, 4, async (execution) => await untilReady(async () => await env.n8n.execution(execution.id)));
		produced.push(JSON.stringify(records.map((record) => record.data)));
		const seen = records.flatMap((record) => nodeOutput(record.data.resultData.runData, 'Trigger').map(load.idOf));
		const counts = new Map<unknown, number>();
		for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + 1);
		const missing = ids.filter((id) => !counts.has(id));
		const repeated = [...counts.entries()].filter(([, times]) => times !== 1);
		measured.push(
			`${load.name}: ${fresh.length} executions (${[...statuses].map(([status, n]) => `${n} ${status}`).join(', ')}) all recorded after ${finishedAfter}; ` +
				`${counts.size} distinct callback ids, ${missing.length} missing, ${repeated.length} repeated`,
		);
		print(measured.slice(-2).join('\n'));
		expect(fresh.filter((execution) => execution.status !== 'success').map((execution) => [execution.id, execution.status]).slice(0, 20)).toEqual([]);
		expect(fresh).toHaveLength(CALLBACKS);
		expect(repeated.slice(0, 20)).toEqual([]);
		expect(missing.slice(0, 20)).toEqual([]);
		expect(seen.length).toBe(CALLBACKS);
	}, LOAD_TEST_TIMEOUT_MS);
});

describe("n8n's log and everything n8n answered or recorded in this file", () => {
	const values = [...new Set([...FIXTURE_VALUES.jpush, ...FIXTURE_VALUES.yunpian, ...credentialValues(jpushProvider), ...credentialValues(yunpianProvider)])];
	const common = publicSlices(['nodes/JPushSms', 'nodes/Yunpian', 'nodes/shared', 'credentials', 'test/sandbox/jpush', 'test/sandbox/yunpian', 'test/sandbox/kit'], values);
	// n8n's own words in its log that share a slice with the fixture secrets ("jpush-sandbox-master-secret"):
	// "Sandbox: enabled=false provider=n8n-sandbox" at every start. Their other slices are still searched.
	for (const slice of slicesOf(N8N_OWN_WORDS)) common.add(slice);
	const needles = needlesOf(values, common);

	test('hold no credential value in any form (as is, URL-encoded, base64, user:secret, any 6-character slice)', () => {
		const log = fs.readFileSync(env.n8n.logFile, 'utf8');
		// The log is n8n's own: it must have seen the callbacks for the scan to mean something.
		expect(log).toMatch(/n8n ready on/);
		const hits = secretHits(`${log}\n${produced.join('\n')}`, needles, values);
		print(`secret scan: ${log.length} characters of n8n's log and ${produced.length} answers and execution sets, ${values.length} credential values as ${needles.size} needles: ${hits.length} hits`);
		if (measured.length > 0) print(`measured:\n${measured.join('\n')}`);
		expect(hits).toEqual([]);
	});
});
