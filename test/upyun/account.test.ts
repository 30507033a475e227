import { useUpyun } from './setup';

const { run, received, token, sandbox } = useUpyun();

describe('UPYUN Account and Number', () => {
	test('Get Balance returns every bucket', async () => {
		const result = await run({ resource: 'account', operation: 'getBalance' });
		expect(received()).toMatchObject([{ method: 'GET', path: '/api/users/remain' }]);
		expect(received()[0].headers.authorization).toBe(token);
		expect(result.items).toEqual([{ json: { industry: 1000, marketing: 500, intl: 50, idn: 0, jpn: 0, sgp: 0 }, pairedItem: { item: 0 } }]);
	});

	test('Get Balance runs once per input item', async () => {
		const result = await run({ resource: 'account', operation: 'getBalance' }, { input: [{}, {}] });
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(received()).toHaveLength(2);
	});

	test('Number Detect sends the list and returns one item per number', async () => {
		const result = await run({ resource: 'number', operation: 'detect', mobiles: '13800000001, 13800000005' });
		expect(received()[0]).toMatchObject({ method: 'POST', path: '/api/detection/mobile', body: { mobile: '13800000001,13800000005' } });
		expect(result.items.map((i) => i.json)).toEqual([
			expect.objectContaining({ mobile: '13800000001', taskId: expect.any(String), status: expect.any(String), carrier: expect.any(String) }),
			expect.objectContaining({ mobile: '13800000005', taskId: expect.any(String) }),
		]);
	});

	test('Number Detect refuses a bad number before sending', async () => {
		const result = await run({ resource: 'number', operation: 'detect', mobiles: '1380000' });
		expect(result.error?.message).toMatch(/Mobile Numbers: "1380000"/);
		expect(received()).toHaveLength(0);
	});

	test('a Base URL that is not http(s) is a clear credential error', async () => {
		const result = await run({ resource: 'account', operation: 'getBalance' }, { baseUrl: 'sms-api.upyun.com' });
		expect(result.error?.message).toBe('The UPYUN SMS credential has no valid Base URL');
		expect(sandbox.server.received).toHaveLength(0);
	});
});
