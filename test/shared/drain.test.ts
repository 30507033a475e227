import { drainQueue } from '../../nodes/shared/trigger/drain';

/** n8n-workflow's `sleep` moves the faked clock instead of waiting. */
const mockSlept: number[] = [];
jest.mock('n8n-workflow', () => ({
	...jest.requireActual<typeof import('n8n-workflow')>('n8n-workflow'),
	sleep: async (ms: number) => {
		mockSlept.push(ms);
		jest.setSystemTime(Date.now() + ms);
	},
}));

beforeEach(() => {
	jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'queueMicrotask'] });
	jest.setSystemTime(1_800_000_000_000);
	mockSlept.length = 0;
});
afterEach(() => jest.useRealTimers());

/** A queue of `total` numbers handed out `size` at a time; records the clock of each call. */
function queue(total: number, size: number) {
	let next = 0;
	const calledAt: number[] = [];
	return {
		calledAt,
		pull: async () => {
			calledAt.push(Date.now());
			const page = Array.from({ length: Math.max(0, Math.min(size, total - next)) }, (_x, i) => next + i);
			next += page.length;
			return page;
		},
	};
}

describe('drainQueue', () => {
	test('calls while pages are full, the interval apart (also after a call of an earlier poll), up to maxCalls', async () => {
		const q = queue(25, 10);
		const drained = await drainQueue({ pull: q.pull, pageSize: 10, maxCalls: 5, intervalMs: 5000, lastCallAt: Date.now() - 2000 });
		expect(drained).toEqual({ records: Array.from({ length: 25 }, (_x, i) => i), calls: 3, complete: true });
		expect(mockSlept).toEqual([3000, 5000, 5000]);
		expect(q.calledAt.map((at) => at - q.calledAt[0])).toEqual([0, 5000, 10000]);
		const bounded = await drainQueue({ pull: queue(100, 10).pull, pageSize: 10, maxCalls: 2 });
		expect([bounded.records.length, bounded.calls, bounded.complete]).toEqual([20, 2, false]);
	});

	test('starts no call after the deadline (n8n’s poll budget), but always makes the first', async () => {
		const q = queue(100, 10);
		const drained = await drainQueue({ pull: q.pull, pageSize: 10, maxCalls: 10, intervalMs: 5000, deadline: Date.now() + 12_000 });
		expect([drained.calls, drained.complete]).toEqual([3, false]);
		expect(q.calledAt.every((at) => at <= 1_800_000_012_000)).toBe(true);
		const late = await drainQueue({ pull: queue(5, 10).pull, pageSize: 10, maxCalls: 10, deadline: Date.now() - 1 });
		expect(late).toEqual({ records: [0, 1, 2, 3, 4], calls: 1, complete: true });
	});

	test('a refusal that handed nothing out is tried once more after the interval; a second one is thrown', async () => {
		const refused = new Error('refused');
		let refusals = 1;
		const pull = async () => {
			if (refusals-- > 0) throw refused;
			return [1];
		};
		expect(await drainQueue({ pull, pageSize: 10, maxCalls: 3, intervalMs: 5000, refusedBeforePulling: (error) => error === refused })).toEqual({ records: [1], calls: 1, complete: true });
		expect(mockSlept).toEqual([5000]);
		refusals = 2;
		await expect(drainQueue({ pull, pageSize: 10, maxCalls: 3, intervalMs: 5000, refusedBeforePulling: (error) => error === refused })).rejects.toBe(refused);
	});

	test('a first call failing is thrown; a later one is returned beside what was pulled', async () => {
		const broken = new Error('broken');
		await expect(drainQueue({ pull: async () => await Promise.reject(broken), pageSize: 10, maxCalls: 3 })).rejects.toBe(broken);
		let calls = 0;
		const pull = async () => (calls++ === 0 ? [1, 2] : await Promise.reject(broken));
		expect(await drainQueue({ pull, pageSize: 2, maxCalls: 3 })).toEqual({ records: [1, 2], calls: 1, complete: false, failure: broken });
	});
});
