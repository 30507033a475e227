import { byId, everything, expectFormPost, form, jsonOf, useYunpian } from './setup';

const { sandbox, run, received, apiKey, listSearch } = useYunpian();

describe('Yunpian Template', () => {
	test('Create posts tpl/add with the options and returns the new template under review', async () => {
		const result = await run({
			resource: 'template',
			operation: 'create',
			content: '【ACME】Your order #order# has shipped',
			options: { notifyType: 1, region: 'abroad', tplType: 0, callback: 'https://example.com/tpl', website: 'https://example.com' },
		});
		expect(result.error).toBeUndefined();
		expect(expectFormPost(received()[0], 'tpl/add', apiKey)).toEqual({
			tpl_content: '【ACME】Your order #order# has shipped',
			notify_type: '1',
			region: 'abroad',
			tpl_type: '0',
			callback: 'https://example.com/tpl',
			website: 'https://example.com',
			apikey: apiKey,
		});
		expect(jsonOf(result)).toEqual([{ templateId: '1000', content: '【ACME】Your order #order# has shipped', status: 'CHECKING', approved: false, reason: null }]);
	});

	test('Create refuses content without a 【signature】 before sending; Yunpian refuses an unapproved one (code 6)', async () => {
		const bad = await run({ resource: 'template', operation: 'create', content: 'Your order #order#', options: {} });
		expect(bad.error?.message).toMatch(/Content: the text does not start with a 【signature】 \[item 0\]/);
		expect(received()).toHaveLength(0);
		const refused = await run({ resource: 'template', operation: 'create', content: '【Pending】Your order #order#', options: {} });
		expect(refused.error?.message).toBe('Yunpian error 6: The template could not be added');
	});

	test('Get, Get Many (with filter and limit) and Get Default Templates', async () => {
		const one = await run({ resource: 'template', operation: 'get', templateId: { __rl: true, mode: 'list', value: '2' } });
		expect(form(received()[0])).toEqual({ tpl_id: '2', apikey: apiKey });
		expect(jsonOf(one)).toEqual([{ templateId: '2', content: '【ACME】Hello #name#, your code is #code#', status: 'SUCCESS', approved: true, reason: null }]);

		const approved = await run({ resource: 'template', operation: 'getMany', returnAll: true, filters: { checkStatus: 'SUCCESS' } });
		expect(form(received()[1])).toEqual({ apikey: apiKey });
		expect(jsonOf(approved).map((t) => t.templateId)).toEqual(['1', '2', '5']);
		const limited = await run({ resource: 'template', operation: 'getMany', returnAll: false, limit: 2, filters: {} });
		expect(jsonOf(limited).map((t) => t.templateId)).toEqual(['1', '2']);

		const defaults = await run({ resource: 'template', operation: 'getDefault', defaultTemplateId: '' });
		expect(form(received()[3])).toEqual({ apikey: apiKey });
		expect(jsonOf(defaults)).toHaveLength(2);
		expect(Object.keys(jsonOf(defaults)[0]).slice(0, 5)).toEqual(['templateId', 'content', 'status', 'approved', 'reason']);
		const oneDefault = await run({ resource: 'template', operation: 'getDefault', defaultTemplateId: '2' });
		expect(form(received()[4])).toEqual({ tpl_id: '2', apikey: apiKey });
		expect(jsonOf(oneDefault).map((t) => t.templateId)).toEqual(['2']);
	});

	test('Update sends tpl_id and the new content; the template goes back to review', async () => {
		const result = await run({ resource: 'template', operation: 'update', templateId: byId(1), content: '【ACME】Your login code is #code#', options: { notifyType: 3 } });
		expect(expectFormPost(received()[0], 'tpl/update', apiKey)).toEqual({ tpl_id: '1', tpl_content: '【ACME】Your login code is #code#', notify_type: '3', apikey: apiKey });
		expect(jsonOf(result)[0]).toMatchObject({ templateId: '1', status: 'CHECKING', approved: false });
	});

	test('Delete outputs { deleted: true }; an unknown template is code 5', async () => {
		const result = await run({ resource: 'template', operation: 'delete', templateId: byId(4) });
		expect(expectFormPost(received()[0], 'tpl/del', apiKey)).toEqual({ tpl_id: '4', apikey: apiKey });
		expect(jsonOf(result)).toEqual([{ deleted: true, templateId: '4' }]);
		expect(sandbox.templates.has(4)).toBe(false);
		const again = await run({ resource: 'template', operation: 'delete', templateId: byId(4) });
		expect(again.error?.message).toMatch(/^Yunpian error 5: /);
		expect(everything(again)).not.toContain(apiKey);
	});

	test('voice templates: create and update', async () => {
		const created = await run({ resource: 'template', operation: 'createVoice', content: 'Your order #order# is ready', options: { notifyType: 2 } });
		expect(expectFormPost(received()[0], 'tpl/add_voice_notify', apiKey)).toEqual({ tpl_content: 'Your order #order# is ready', notify_type: '2', apikey: apiKey });
		expect(jsonOf(created)[0]).toMatchObject({ templateId: '1000', status: 'CHECKING' });
		const updated = await run({ resource: 'template', operation: 'updateVoice', templateId: byId(101), content: 'Order #order# ships at #time#' });
		expect(expectFormPost(received()[1], 'tpl/update_voice_notify', apiKey)).toEqual({ tpl_id: '101', tpl_content: 'Order #order# ships at #time#', apikey: apiKey });
		expect(jsonOf(updated)[0]).toMatchObject({ templateId: '101', content: 'Order #order# ships at #time#' });
	});

	test.each([
		['get', { templateId: byId('={{ "abc" }}') }, /Template: "abc" is not an ID/],
		['delete', { templateId: byId('={{ "" }}') }, /Template: no ID given/],
		['createVoice', { content: '={{ " " }}', options: {} }, /Content: no content given/],
		['getDefault', { defaultTemplateId: 'x' }, /Default Template ID: "x" is not a number/],
	])('%s refuses bad input before sending', async (operation, extra, message) => {
		const result = await run({ resource: 'template', operation, ...extra });
		expect(result.error?.message).toMatch(message);
		expect(received()).toHaveLength(0);
	});

	test('From List: templates with their review state, searchable', async () => {
		const all = await listSearch('searchTemplates');
		expect(all.results).toContainEqual({ name: '1 · SUCCESS, approved · 【ACME】Your code is #code#', value: '1' });
		expect(all.results).toContainEqual({ name: '3 · CHECKING, under review: not usable yet · 【ACME】Pending #code#', value: '3' });
		const found = await listSearch('searchTemplates', 'PARCEL');
		expect(found.results.map((r) => r.value)).toEqual(['5']);
		expect(form(received()[0])).toEqual({ apikey: apiKey });
	});
});

describe('Yunpian Signature', () => {
	test('Create posts sign/add with the options and returns the signature', async () => {
		const result = await run({
			resource: 'signature',
			operation: 'create',
			signText: 'NewShop',
			options: { notify: false, applyVip: true, industryType: '电子商务', licenseUrl: 'https://example.com/l.jpg' },
		});
		expect(expectFormPost(received()[0], 'sign/add', apiKey)).toEqual({
			sign: 'NewShop',
			notify: 'false',
			apply_vip: 'true',
			industry_type: '电子商务',
			license_url: 'https://example.com/l.jpg',
			apikey: apiKey,
		});
		expect(jsonOf(result)).toEqual([{ signature: 'NewShop', status: 'CHECKING', approved: false, applyState: 'CHECKING', isApplyVip: true, isOnlyGlobal: false, industryType: '电子商务' }]);
	});

	test.each([
		['【ACME】', /contains brackets/],
		['A', /"A" has 1 characters/],
		['云片网', /"云片网" is Yunpian’s own signature/],
		['x'.repeat(21), /has 21 characters/],
	])('Create refuses "%s" before sending', async (signText, message) => {
		const result = await run({ resource: 'signature', operation: 'create', signText, options: {} });
		expect(result.error?.message).toMatch(message);
		expect(received()).toHaveLength(0);
	});

	test('Create of an existing signature is code -54', async () => {
		const result = await run({ resource: 'signature', operation: 'create', signText: 'ACME', options: {} });
		expect(result.error?.message).toBe('Yunpian error -54: The record already exists');
	});

	test('Update sends old_sign and the new text', async () => {
		const result = await run({ resource: 'signature', operation: 'update', sign: { __rl: true, mode: 'list', value: 'Rejected' }, newSignText: 'Fixed', options: {} });
		expect(expectFormPost(received()[0], 'sign/update', apiKey)).toEqual({ old_sign: 'Rejected', sign: 'Fixed', apikey: apiKey });
		expect(jsonOf(result)[0]).toMatchObject({ signature: 'Fixed', status: 'CHECKING' });
		expect(sandbox.signatures.has('Rejected')).toBe(false);
	});

	test('Update of an approved signature is refused by Yunpian; 【】 around the old text is removed', async () => {
		const result = await run({ resource: 'signature', operation: 'update', sign: byId('【ACME】'), newSignText: '', options: {} });
		expect(form(received()[0]).old_sign).toBe('ACME');
		expect(result.error?.message).toMatch(/^Yunpian error 2/);
		expect(result.error?.description).toContain('只有审核中或审核失败的签名可以修改');
	});

	test('Get Many pages through sign/get', async () => {
		const result = await run({ resource: 'signature', operation: 'getMany', returnAll: false, limit: 2, filters: {} });
		expect(form(received()[0])).toEqual({ page_num: '1', page_size: '2', apikey: apiKey });
		expect(jsonOf(result).map((s) => [s.signature, s.status, s.approved])).toEqual([['ACME', 'SUCCESS', true], ['Pending', 'CHECKING', false]]);
		const filtered = await run({ resource: 'signature', operation: 'getMany', returnAll: true, filters: { sign: '【Pending】' } });
		expect(form(received()[1])).toMatchObject({ sign: 'Pending', page_size: '100' });
		expect(jsonOf(filtered).map((s) => s.signature)).toEqual(['Pending']);
	});

	test('From List: signatures with their review state', async () => {
		const all = await listSearch('searchSignatures');
		expect(all.results).toEqual([
			{ name: '【ACME】 · SUCCESS, approved', value: 'ACME' },
			{ name: '【Pending】 · CHECKING, under review: not usable yet', value: 'Pending' },
			{ name: '【Rejected】 · FAIL, rejected: not usable', value: 'Rejected' },
		]);
		expect((await listSearch('searchSignatures', 'pend')).results.map((r) => r.value)).toEqual(['Pending']);
	});
});
