import { useLiupai } from './setup';

const { run, received } = useLiupai();

/** What Sub-Account → Get Many keeps with Simplify on, in this order. */
const SUB_ACCOUNT_KEYS = ['accountid', 'company', 'signature', 'status', 'failreason', 'totalnum', 'usednum', 'istemnocheck', 'addtime', 'statusurl'];

describe('Liupai Sub-Account → Get Many: Simplify (on by default) and raw answers', () => {
	test('simplified: ten fields per sub-account, no callback credentials', async () => {
		const result = await run({ resource: 'subAccount', operation: 'getMany', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(received().map((request) => request.path)).toEqual(['/sms/accountlist']);
		expect(result.items.map((item) => item.json)).toEqual([
			{ accountid: 12, company: 'Demo Co. Ltd', signature: '【Demo】', status: 1, failreason: '', totalnum: 500, usednum: 0, istemnocheck: 0, addtime: expect.any(Number), statusurl: 'https://example.com/status' },
			expect.objectContaining({ accountid: 13, company: 'Other Co. Ltd' }),
		]);
		for (const item of result.items) expect(Object.keys(item.json)).toEqual(SUB_ACCOUNT_KEYS);
		expect(JSON.stringify(result.items)).not.toMatch(/cb-user|cb-pass|replypassword|\*\*\*/);
	});

	test('raw: Liupai’s thirteen fields, the callback password masked', async () => {
		const result = await run({ resource: 'subAccount', operation: 'getMany', returnAll: true, simplify: false });
		expect(result.items[0].json).toEqual(
			expect.objectContaining({ accountid: 12, replyurl: '', replyusername: 'cb-user', replypassword: '***', statusurl: 'https://example.com/status' }),
		);
		expect(Object.keys(result.items[0].json)).toHaveLength(13);
	});

	test('Include Callback Password keeps the password in the simplified output, as asked', async () => {
		const result = await run({ resource: 'subAccount', operation: 'getMany', limit: 1, options: { includePassword: true } });
		expect(result.items.map((item) => item.json)).toEqual([expect.objectContaining({ accountid: 12, replypassword: 'cb-pass' })]);
		expect(Object.keys(result.items[0].json)).toEqual([...SUB_ACCOUNT_KEYS, 'replypassword']);
	});
});
