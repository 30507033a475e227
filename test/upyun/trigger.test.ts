import type { IDataObject } from 'n8n-workflow';

import { SeenStore } from '../../nodes/shared/trigger/seenStore';
import { beijingDay } from '../../nodes/shared/validation/beijingTime';
import { runPoll } from '../harness/runWorkflow';
import { template, useUpyun, variables } from './setup';

const { sandbox, run, received, token } = useUpyun();

const TRIGGER = 'n8n-nodes-china-sms.upyunSmsTrigger';

function poller(parameters: IDataObject, staticData: IDataObject = {}) {
	const credentials = () => ({ upyunSmsApi: { token, baseUrl: sandbox.server.baseUrl } });
	return {
		staticData,
		poll: async (mode: 'trigger' | 'manual' = 'trigger') =>
			await runPoll({ type: TRIGGER, credentialType: 'upyunSmsApi', parameters }, credentials(), staticData, mode),
	};
}

async function send(mobiles: string) {
	const result = await run({ resource: 'message', operation: 'send', mobiles, templateId: template(1), variables: variables('1', '2') });
	expect(result.error).toBeUndefined();
}

const mobilesOf = (output: Awaited<ReturnType<ReturnType<typeof poller>['poll']>>) => (output?.[0] ?? []).map((item) => item.json.mobile);

describe('UPYUN SMS Trigger: delivery reports', () => {
	test('the first poll remembers what exists without starting the workflow; later polls emit each new final report once', async () => {
		await send('13800000001');
		sandbox.advance();
		const trigger = poller({ event: 'deliveryReport', reportStatus: 'any', region: 'domestic' });
		sandbox.server.clearRequests();
		expect(await trigger.poll()).toBeNull();
		expect(received().map((r) => [r.path, r.query.date])).toEqual([
			['/api/messages', beijingDay(1)],
			['/api/messages', beijingDay(0)],
		]);

		await send('13800000002,13800000010');
		expect(await trigger.poll()).toBeNull(); // still processing
		sandbox.advance();
		const output = await trigger.poll();
		expect(mobilesOf(output)).toEqual(expect.arrayContaining(['13800000002', '13800000010']));
		expect(output?.[0]).toHaveLength(2);
		expect(output?.[0].find((item) => item.json.mobile === '13800000010')?.json).toMatchObject({
			status: 'failed',
			delivered: false,
			id: expect.stringMatching(/^\d{22}$/),
			raw: expect.objectContaining({ mobile: '13800000010', template_id: 1 }),
		});
		expect(await trigger.poll()).toBeNull();
	});

	test('Include Results From Before Publishing emits existing final reports on the first poll', async () => {
		await send('13800000001,13800000002');
		sandbox.advance();
		const trigger = poller({ event: 'deliveryReport', reportStatus: 'any', options: { emitExisting: true } });
		expect(mobilesOf(await trigger.poll())).toHaveLength(2);
		expect(await trigger.poll()).toBeNull();
	});

	test('the Failed filter emits only failures', async () => {
		const trigger = poller({ event: 'deliveryReport', reportStatus: 'failed' });
		await trigger.poll();
		await send('13800000001,13800000020');
		sandbox.advance();
		expect(mobilesOf(await trigger.poll())).toEqual(['13800000020']);
	});

	test('reports of yesterday (Beijing time) are read too, so a midnight change loses nothing', async () => {
		const trigger = poller({ event: 'deliveryReport', reportStatus: 'any' });
		await trigger.poll();
		const real = sandbox.now;
		sandbox.now = () => new Date(Date.now() - 24 * 60 * 60 * 1000);
		await send('13800000003');
		sandbox.advance();
		sandbox.now = real;
		expect(mobilesOf(await trigger.poll())).toEqual(['13800000003']);
	});

	test('memory of days no longer read is dropped', async () => {
		const staticData: IDataObject = {};
		const trigger = poller({ event: 'deliveryReport', reportStatus: 'any' }, staticData);
		await trigger.poll();
		const stored = staticData['node:Node Under Test'] as IDataObject;
		const seen = (stored['reports:/api/messages'] as { entries: Record<string, string> }).entries;
		seen['2020-01-01|123'] = 'success';
		await trigger.poll();
		expect(Object.keys(seen)).not.toContain('2020-01-01|123');
	});

	test('Fetch Test Event returns the newest final report and remembers nothing', async () => {
		await send('13800000001');
		sandbox.advance();
		const trigger = poller({ event: 'deliveryReport', reportStatus: 'any' });
		const output = await trigger.poll('manual');
		expect(mobilesOf(output)).toEqual(['13800000001']);
		expect(trigger.staticData).toEqual({});
	});

	test('International reads the international report', async () => {
		const trigger = poller({ event: 'deliveryReport', region: 'international' });
		sandbox.server.clearRequests();
		await trigger.poll();
		expect(received().every((r) => r.path === '/api/messages/intl')).toBe(true);
	});

	test('a wrong token fails the poll with UPYUN’s error and no token in it', async () => {
		const trigger = poller({ event: 'deliveryReport' });
		sandbox.failNext(401, 'INVALID_CREDENTIALS');
		await expect(trigger.poll()).rejects.toMatchObject({ message: expect.stringContaining('INVALID_CREDENTIALS') });
		const wrong = 'wrong-token-0123456789abcdef';
		const failure = await runPoll(
			{ type: TRIGGER, credentialType: 'upyunSmsApi', parameters: { event: 'deliveryReport' } },
			{ upyunSmsApi: { token: wrong, baseUrl: sandbox.server.baseUrl } },
			{},
		).catch((error: Error & { description?: string }) => error);
		expect(failure).toBeInstanceOf(Error);
		expect(JSON.stringify({ message: (failure as Error).message, description: (failure as { description?: string }).description, stack: (failure as Error).stack })).not.toContain(wrong);
	});
});

describe('UPYUN SMS Trigger: template review results', () => {
	test('emits a template once when it is approved or rejected, and again after a new review', async () => {
		const trigger = poller({ event: 'templateReview' });
		expect(await trigger.poll()).toBeNull();
		sandbox.setTemplateStatus(3, 'success');
		const approved = await trigger.poll();
		expect(approved?.[0].map((item) => item.json)).toEqual([expect.objectContaining({ id: '3', approved: true, status: 'success', raw: expect.objectContaining({ id: 3 }) })]);
		expect(await trigger.poll()).toBeNull();
		sandbox.setTemplateStatus(3, 'review');
		expect(await trigger.poll()).toBeNull();
		sandbox.setTemplateStatus(3, 'defeat');
		expect((await trigger.poll())?.[0].map((item) => [item.json.id, item.json.approved])).toEqual([['3', false]]);
	});
});

describe('the trigger memory', () => {
	test('is bounded: past its limit the oldest entries go', () => {
		const staticData: IDataObject = {};
		const seen = new SeenStore(staticData, 'k', 3);
		for (const id of ['a', 'b', 'c', 'd']) seen.remember(id, 'x');
		seen.prune();
		expect(seen.size).toBe(3);
		expect(seen.has('a', 'x')).toBe(false);
		expect(seen.has('d', 'x')).toBe(true);
		expect(staticData.k).toBeDefined();
	});
});
