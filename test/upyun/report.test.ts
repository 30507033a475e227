import { template, useUpyun, variables } from './setup';

const { sandbox, run, received } = useUpyun();

async function sendTo(mobiles: string, templateId = 1) {
	const result = await run({ resource: 'message', operation: 'send', mobiles, templateId: template(templateId), variables: templateId === 6 ? variables('42') : variables('1', '2') });
	expect(result.error).toBeUndefined();
	sandbox.server.clearRequests();
}

describe('UPYUN Report', () => {
	test('Get Many pages through the domestic report with the filters', async () => {
		const mobiles = Array.from({ length: 230 }, (_, i) => `138${String(i).padStart(8, '0')}`);
		for (let i = 0; i < mobiles.length; i += 100) await sendTo(mobiles.slice(i, i + 100).join(','));
		sandbox.advance();
		const result = await run({ resource: 'report', operation: 'getMany', returnAll: true, filters: { date: new Date().toISOString() } });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(230);
		expect(received().map((r) => r.query.page)).toEqual(['1', '2', '3']);
		expect(received()[0].query).toMatchObject({ per_page: '100', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
		expect(result.items[0].json).toMatchObject({ id: expect.stringMatching(/^\d{22}$/), status: expect.stringMatching(/success|failed/), template_id: 1 });
	});

	test('Limit asks for one page of that size; mobile and status filters pass through', async () => {
		await sendTo('13800000001,13800000002,13800000010');
		sandbox.advance();
		const result = await run({ resource: 'report', operation: 'getMany', returnAll: false, limit: 5, filters: { mobile: '+86 13800000010', status: 'failed' } });
		expect(received()).toHaveLength(1);
		expect(received()[0].query).toEqual({ mobile: '13800000010', status: 'failed', page: '1', per_page: '5' });
		expect(result.items.map((i) => [i.json.mobile, i.json.status])).toEqual([['13800000010', 'failed']]);
	});

	test('22-digit ids sent as bare JSON numbers are kept exact', async () => {
		await sendTo('13800000001');
		const expected = sandbox.messages[0].id;
		sandbox.idsAsNumbers = true;
		const result = await run({ resource: 'report', operation: 'getMany', returnAll: true });
		expect(result.items[0].json.id).toBe(String(expected));
	});

	test('Get Many International reads the international report', async () => {
		await sendTo('13800000001', 6);
		await sendTo('13800000002', 1);
		const result = await run({ resource: 'report', operation: 'getManyInternational', returnAll: true });
		expect(received()[0].path).toBe('/api/messages/intl');
		expect(result.items.map((i) => i.json.mobile)).toEqual(['13800000001']);
	});

	test('a date that is not a date is refused before sending', async () => {
		const result = await run({ resource: 'report', operation: 'getMany', returnAll: true, filters: { date: 'last week' } });
		expect(result.error?.message).toMatch(/Date: "last week" is not a date/);
		expect(received()).toHaveLength(0);
	});
});
