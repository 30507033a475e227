import type { INode } from 'n8n-workflow';

import { timeoutSetting } from '../../nodes/shared/transport/request';
import { useYunpian } from '../yunpian/setup';

const node = { id: 'n', name: 'Yunpian', type: 'n8n-nodes-china-sms.yunpian', typeVersion: 1, position: [0, 0], parameters: {} } as INode;
const FIX = 'Set Timeout to a whole number of milliseconds from 1000 (1 s) to 600000 (10 minutes), e.g. 30000, or remove the option to wait the default 30 s.';

function refusal(value: unknown, itemIndex = 2): { message: string; description: unknown; itemIndex: unknown } | undefined {
	try {
		timeoutSetting(value, node, itemIndex);
		return undefined;
	} catch (error) {
		const { message, description, context } = error as { message: string; description: unknown; context: { itemIndex?: unknown } };
		return { message, description, itemIndex: context.itemIndex };
	}
}

describe('the Timeout option (shared transport): read before any request', () => {
	test.each([
		['not set', undefined, undefined],
		['the minimum', 1000, 1000],
		['the default', 30000, 30000],
		['the maximum', 600000, 600000],
		['digits as text (an expression may give text)', ' 1500 ', 1500],
	])('%s: %p is used as %p', (_name, value, expected) => {
		expect(timeoutSetting(value, node, 0)).toBe(expected);
	});

	test.each([
		[0, 'Timeout: 0 ms is outside 1000–600000 ms [item 2]'],
		[-5000, 'Timeout: -5000 ms is outside 1000–600000 ms [item 2]'],
		[999, 'Timeout: 999 ms is outside 1000–600000 ms [item 2]'],
		[600001, 'Timeout: 600001 ms is outside 1000–600000 ms [item 2]'],
		[Number.POSITIVE_INFINITY, 'Timeout: Infinity is not a whole number of milliseconds [item 2]'],
		[1500.5, 'Timeout: 1500.5 is not a whole number of milliseconds [item 2]'],
		[Number.NaN, 'Timeout: NaN is not a number of milliseconds [item 2]'],
		['slow', 'Timeout: "slow" is not a number of milliseconds [item 2]'],
		['1.5e3', 'Timeout: "1.5e3" is not a number of milliseconds [item 2]'],
		['', 'Timeout: "" is not a number of milliseconds [item 2]'],
		[null, 'Timeout: null is not a number of milliseconds [item 2]'],
		[true, 'Timeout: true is not a number of milliseconds [item 2]'],
		[{ ms: 5000 }, 'Timeout: an object is not a number of milliseconds [item 2]'],
		[[5000], 'Timeout: a list is not a number of milliseconds [item 2]'],
	])('%p is an input error naming Timeout and the item, with the fix', (value, message) => {
		expect(refusal(value)).toEqual({ message, description: FIX, itemIndex: 2 });
	});
});

describe('the Timeout option through the engine (Yunpian sandbox)', () => {
	const { sandbox, run, received } = useYunpian();

	test('a Timeout of 0 on a send stops the node before any request, naming the item', async () => {
		const result = await run({ resource: 'sms', operation: 'send', mobile: '13900000001', text: '【ACME】Your parcel has arrived', options: { timeout: 0 } });
		// The send engine adds which recipients the refused request was for.
		expect(result.error).toMatchObject({ name: 'NodeOperationError', message: 'Timeout: 0 ms is outside 1000–600000 ms [item 0]', description: expect.stringContaining(FIX) });
		expect(result.items).toEqual([]);
		expect(received()).toEqual([]);
	});

	test('with Continue On Fail only the item with the bad Timeout fails; the others are read', async () => {
		const result = await run(
			{ resource: 'account', operation: 'get', options: { timeout: '={{ $json.timeout }}' } },
			{ input: [{ timeout: 30000 }, { timeout: 'soon' }, { timeout: '2000' }], continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.error ?? 'ok')).toEqual(['ok', 'Timeout: "soon" is not a number of milliseconds [item 1]', 'ok']);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(received()).toHaveLength(2);
	});

	test('a Timeout given as digits text is the deadline it says', async () => {
		// The answer would come after 20 s: ending well before it proves the 1.5 s deadline (not the answer, not the
		// 30 s default) ended the request, with a margin that survives a loaded machine.
		sandbox.answerDelayMs = 20_000;
		const started = Date.now();
		const result = await run({ resource: 'account', operation: 'get', options: { timeout: '={{ "1500" }}', retryReads: false } });
		expect(result.error?.message).toBe('Yunpian timed out: no complete answer came within 1.5 s');
		expect(Date.now() - started).toBeLessThan(12_000);
	});
});
