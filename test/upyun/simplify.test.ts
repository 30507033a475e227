import { template, useUpyun } from './setup';

const { sandbox, run, received } = useUpyun();

/** What Template → Get and Get Many keep with Simplify on, in this order. */
const TEMPLATE_KEYS = ['id', 'title', 'temp_sign', 'content', 'status', 'type', 'report_type', 'sign_location', 'updated_at'];
/** What Report → Get Many and Get Many International keep with Simplify on, in this order. */
const REPORT_KEYS = ['id', 'mobile', 'status', 'content', 'quantity', 'template_id', 'title', 'type', 'created_at', 'sent_at'];

/** Two delivered messages, straight into the sandbox's report (template 1 domestic, template 6 international). */
function seedReports(): void {
	sandbox.accept(sandbox.templates.get(1)!, '13800000001', 'Your code is 4821, valid 5 minutes', { source: 'send' });
	sandbox.accept(sandbox.templates.get(6)!, '13800000002', 'Code 42', { source: 'send' });
	sandbox.advance();
}

describe('UPYUN Simplify (on by default) and raw answers', () => {
	test('Template → Get: the template’s own fields only, without the owner’s balance buckets; raw keeps UPYUN’s answer', async () => {
		const simplified = await run({ resource: 'template', operation: 'get', templateId: template(1) });
		expect(simplified.error).toBeUndefined();
		expect(received().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/templates']);
		expect(simplified.items).toEqual([
			{
				json: {
					id: 1,
					title: 'login code',
					temp_sign: 'ACME',
					content: 'Your code is {$var1}, valid {$var2} minutes',
					status: 'success',
					type: 'industry',
					report_type: 'vip',
					sign_location: 'top',
					updated_at: '2026-11-20T02:00:00.000Z',
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(Object.keys(simplified.items[0].json)).toEqual(TEMPLATE_KEYS);

		const raw = await run({ resource: 'template', operation: 'get', templateId: template(1), simplify: false });
		expect(raw.items[0].json).toEqual({ ...simplified.items[0].json, owner: expect.objectContaining({ id: 9, name: 'acme', industry: expect.any(Number) }) });
		expect(Object.keys(raw.items[0].json).length).toBeGreaterThan(TEMPLATE_KEYS.length);
	});

	test('Template → Get Many: every template simplified; raw has the owner too', async () => {
		const simplified = await run({ resource: 'template', operation: 'getMany', returnAll: true });
		expect(simplified.error).toBeUndefined();
		expect(simplified.items.length).toBeGreaterThanOrEqual(6);
		for (const item of simplified.items) expect(Object.keys(item.json)).toEqual(TEMPLATE_KEYS);
		expect(simplified.items.map((item) => item.pairedItem)).toEqual(simplified.items.map(() => ({ item: 0 })));

		const raw = await run({ resource: 'template', operation: 'getMany', returnAll: true, simplify: false });
		expect(raw.items.map((item) => item.json.id)).toEqual(simplified.items.map((item) => item.json.id));
		for (const item of raw.items) expect(item.json).toHaveProperty('owner');
	});

	test('Report → Get Many: ten fields per report; raw keeps report_type, temp_sign and owner', async () => {
		seedReports();
		const simplified = await run({ resource: 'report', operation: 'getMany', returnAll: true });
		expect(simplified.error).toBeUndefined();
		expect(received()[0]).toMatchObject({ method: 'GET', path: '/api/messages' });
		expect(simplified.items).toHaveLength(1);
		const [report] = simplified.items.map((item) => item.json);
		expect(Object.keys(report)).toEqual(REPORT_KEYS);
		expect(report).toEqual({
			id: sandbox.messages[0].id,
			mobile: '13800000001',
			status: 'success',
			content: '【ACME】Your code is 4821, valid 5 minutes',
			quantity: 1,
			template_id: 1,
			title: 'login code',
			type: 'industry',
			created_at: sandbox.messages[0].created_at,
			sent_at: expect.any(String),
		});

		const raw = await run({ resource: 'report', operation: 'getMany', returnAll: true, simplify: false });
		expect(raw.items[0].json).toEqual({ ...report, report_type: 'vip', temp_sign: 'ACME', owner: expect.objectContaining({ id: 9 }) });
	});

	test('Report → Get Many International: simplified the same way; raw is UPYUN’s answer', async () => {
		seedReports();
		const simplified = await run({ resource: 'report', operation: 'getManyInternational', returnAll: true });
		expect(received()[0]).toMatchObject({ method: 'GET', path: '/api/messages/intl' });
		expect(simplified.items.map((item) => item.json)).toEqual([expect.objectContaining({ mobile: '13800000002', template_id: 6, type: 'intl' })]);
		expect(Object.keys(simplified.items[0].json)).toEqual(REPORT_KEYS);

		const raw = await run({ resource: 'report', operation: 'getManyInternational', returnAll: true, simplify: false });
		expect(raw.items[0].json).toMatchObject({ mobile: '13800000002', report_type: 'vip', temp_sign: 'ACME', owner: expect.any(Object) });
	});

	test('an expression may switch Simplify per item', async () => {
		const result = await run(
			{ resource: 'template', operation: 'get', templateId: template(1), simplify: '={{ $json.simplify }}' },
			{ input: [{ simplify: true }, { simplify: false }] },
		);
		expect(result.items.map((item) => 'owner' in item.json)).toEqual([false, true]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});
