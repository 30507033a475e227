import { runListSearch } from '../harness/runWorkflow';
import { everything, template, useUpyun } from './setup';

const { sandbox, run, received, token } = useUpyun();

const create = (extra: Record<string, unknown> = {}) => ({
	resource: 'template',
	operation: 'create',
	title: 'order sent',
	content: 'Your order {$var1} has shipped',
	tempSign: 'ACME',
	type: 'industry',
	reportType: 'vip',
	signLocation: 'top',
	...extra,
});

describe('UPYUN Template', () => {
	test('Create sends all six documented fields and returns the template under review', async () => {
		const result = await run(create());
		expect(result.error).toBeUndefined();
		expect(received()).toHaveLength(1);
		expect(received()[0]).toMatchObject({
			method: 'POST',
			path: '/api/templates',
			body: { title: 'order sent', content: 'Your order {$var1} has shipped', temp_sign: 'ACME', sign_location: 'top', type: 'industry', report_type: 'vip' },
		});
		expect(received()[0].headers.authorization).toBe(token);
		expect(result.items).toEqual([{ json: expect.objectContaining({ id: 100, status: 'review', title: 'order sent' }), pairedItem: { item: 0 } }]);
		expect(sandbox.templates.get(100)?.status).toBe('review');
	});

	describe('Create refuses what UPYUN would reject, before sending', () => {
		test.each([
			['a title of 12 characters', { title: 'x'.repeat(12) }, /Title: .* must be 1 to 11 characters/],
			['a signature with brackets', { tempSign: '【ACME】' }, /Signature: contains 【】/],
			['a signature of 2 characters', { tempSign: 'AC' }, /Signature: "AC" must be 3 to 8 characters/],
			['a signature with symbols', { tempSign: 'AC-ME' }, /must be 3 to 8 characters with no symbols/],
			['content with only variables', { content: '{$var1}{$var2}' }, /Content: has only variables/],
			['a marketing text without 退订', { type: 'marketing', content: 'Big sale' }, /must end with "退订回T"/],
			['content too long', { content: 'x'.repeat(345) }, /Content: signature \+ content is 351 characters/],
		])('%s', async (_name, extra, message) => {
			const result = await run(create(extra));
			expect(result.error?.message).toMatch(message);
			expect(result.error?.message).toContain('[item 0]');
			expect(received()).toHaveLength(0);
		});

		test('international templates may have a longer signature', async () => {
			const result = await run(create({ type: 'intl', tempSign: 'ACME Global Ltd' }));
			expect(result.error).toBeUndefined();
			expect(received()).toHaveLength(1);
		});
	});

	test('Create maps UPYUN’s TEMPLATE_LIMIT', async () => {
		for (let i = 0; i < 40; i++) sandbox.templates.set(1000 + i, { ...sandbox.templates.get(1)!, id: 1000 + i });
		const result = await run(create());
		expect(result.error).toMatchObject({ message: expect.stringMatching(/^UPYUN SMS error TEMPLATE_LIMIT/), httpCode: '409' });
	});

	test('Update sends only the changed fields with PATCH and returns the template back in review', async () => {
		const result = await run({ resource: 'template', operation: 'update', templateId: template(1), updateFields: { title: 'new title', tempSign: ' NEWCO ' } });
		expect(result.error).toBeUndefined();
		expect(received()[0]).toMatchObject({ method: 'PATCH', path: '/api/templates/1', body: { title: 'new title', temp_sign: 'NEWCO' } });
		expect(result.items[0].json).toMatchObject({ id: 1, title: 'new title', status: 'review' });
	});

	test('Update with nothing to change is refused before sending', async () => {
		const result = await run({ resource: 'template', operation: 'update', templateId: template(1), updateFields: {} });
		expect(result.error?.message).toMatch(/Update Fields: nothing to update/);
		expect(received()).toHaveLength(0);
	});

	test('Delete answers 204 with no body and outputs deleted: true', async () => {
		const result = await run({ resource: 'template', operation: 'delete', templateId: template(7) });
		expect(result.error).toBeUndefined();
		expect(received()[0]).toMatchObject({ method: 'DELETE', path: '/api/templates/7' });
		expect(result.items).toEqual([{ json: { deleted: true, templateId: '7' }, pairedItem: { item: 0 } }]);
		expect(sandbox.templates.has(7)).toBe(false);
	});

	test('Delete of an unknown template is TEMPLATE_NOT_FOUND; of another account’s, REQUIRE_TEMPLATE_OWNER', async () => {
		expect((await run({ resource: 'template', operation: 'delete', templateId: template(999) })).error?.message).toMatch(/TEMPLATE_NOT_FOUND: The template does not exist/);
		expect((await run({ resource: 'template', operation: 'delete', templateId: template(5) })).error?.message).toMatch(/REQUIRE_TEMPLATE_OWNER/);
	});

	test('Get finds one template in the list', async () => {
		const result = await run({ resource: 'template', operation: 'get', templateId: template(2) });
		expect(received().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/templates']);
		expect(result.items).toEqual([{ json: expect.objectContaining({ id: 2, title: 'promo', type: 'marketing' }), pairedItem: { item: 0 } }]);
	});

	test('Get of an unknown template names it', async () => {
		const result = await run({ resource: 'template', operation: 'get', templateId: template(42) });
		expect(result.error?.message).toMatch(/Template: template 42 is not in this UPYUN account/);
	});

	test('Get Many passes the filters as UPYUN’s query names and honours the limit', async () => {
		const filtered = await run({ resource: 'template', operation: 'getMany', returnAll: true, filters: { status: 'success', type: 'industry', reportType: 'vip' } });
		expect(received()[0].query).toEqual({ status: 'success', type: 'industry', report_type: 'vip' });
		expect(filtered.items.map((i) => i.json.id)).toEqual(expect.arrayContaining([1, 7]));
		expect(filtered.items.every((i) => i.json.status === 'success' && i.json.type === 'industry')).toBe(true);
		const limited = await run({ resource: 'template', operation: 'getMany', returnAll: false, limit: 2 });
		expect(limited.items).toHaveLength(2);
	});

	test('the template list search shows title, status and text, and filters', async () => {
		const credentials = { upyunSmsApi: { token, baseUrl: sandbox.server.baseUrl } };
		const spec = { type: 'n8n-nodes-china-sms.upyunSms', credentialType: 'upyunSmsApi', parameters: {} };
		const all = await runListSearch(spec, 'searchTemplates', credentials);
		expect(all.results).toContainEqual({ name: 'login code · Approved · 【ACME】Your code is {$var1}, valid {$var2} minutes', value: '1' });
		expect(all.results).toContainEqual({ name: expect.stringContaining('pending · Under review, cannot send yet'), value: '3' });
		expect(all.results.map((r) => r.value)).not.toContain('5');
		const found = await runListSearch(spec, 'searchTemplates', credentials, 'PARCEL');
		expect(found.results.map((r) => r.value)).toEqual(['7']);
	});

	test('no operation leaks the token, even on errors', async () => {
		const result = await run({ resource: 'template', operation: 'delete', templateId: template(5) });
		expect(everything(result)).not.toContain(token);
	});
});
