import type { IDataObject } from 'n8n-workflow';

import { Yunpian } from '../../nodes/Yunpian/Yunpian.node';
import { byId, expectFormPost, fieldsOf, form, jsonOf, useYunpian, vars } from './setup';

const { sandbox, run, received, resourceMapping, listSearch, apiKey, baseUrl } = useYunpian();

/** Yunpian templates as users write them: a repeated name, two names side by side, and # that is not a variable. */
const REPEATED = 11;
const ADJACENT = 12;
const LOOK_ALIKES = 13;

beforeEach(() => {
	const add = (tpl_id: number, tpl_content: string) => sandbox.templates.set(tpl_id, { tpl_id, tpl_content, check_status: 'SUCCESS', reason: null });
	add(REPEATED, '【ACME】#code# is your code; again: #code#. Valid for #minutes# minutes');
	add(ADJACENT, '【ACME】Dear #first##last#, order #12 shipped');
	add(LOOK_ALIKES, '【ACME】Ticket ## and # 12 # for #user name# (＃code＃ {{code}} ${code} {$var1}): #code#');
});

const sendPaths = () => received().filter((request) => !request.path.endsWith('/v2/tpl/get.json')).map((request) => request.path);

describe('Yunpian Template Variables: the fields of the chosen template (resource mapper)', () => {
	const fieldIds = async (templateId: IDataObject) => (await resourceMapping({ resource: 'sms', operation: 'sendTemplate', templateId })).fields.map((field) => field.id);

	test('one required text field per distinct #name#, in order, labelled with the text before it; loaded through tpl/get', async () => {
		const loaded = await resourceMapping({ resource: 'sms', operation: 'sendTemplate', templateId: { __rl: true, mode: 'list', value: '2' } });
		expect(loaded.fields).toEqual([
			{ id: 'name', displayName: 'name (【ACME】Hello …)', required: true, defaultMatch: false, canBeUsedToMatch: false, display: true, type: 'string' },
			{ id: 'code', displayName: 'code (your code is …)', required: true, defaultMatch: false, canBeUsedToMatch: false, display: true, type: 'string' },
		]);
		expect(received().map((request) => [request.path, form(request)])).toEqual([['/v2/tpl/get.json', { tpl_id: '2', apikey: apiKey }]]);
	});

	test('a repeated name is one field; adjacent names are two; ##, # 12 #, #user name#, full-width ＃ and other providers’ syntaxes are text', async () => {
		expect(await fieldIds(byId(REPEATED))).toEqual(['code', 'minutes']);
		expect(await fieldIds(byId(ADJACENT))).toEqual(['first', 'last']);
		expect(await fieldIds(byId(LOOK_ALIKES))).toEqual(['code']);
	});

	test('a template without variables has no fields; no template chosen yet says what to do and asks nothing', async () => {
		expect(await resourceMapping({ resource: 'sms', operation: 'sendTemplate', templateId: byId(5) })).toEqual({ fields: [] });
		const none = await resourceMapping({ resource: 'sms', operation: 'sendTemplate', templateId: { __rl: true, mode: 'list', value: '' } });
		expect(none).toEqual({ fields: [], emptyFieldsNotice: 'Choose a template first: its variables then appear here as fields.' });
		expect(received()).toHaveLength(1);
	});

	test('voice templates too (Voice → Send Notification)', async () => {
		expect(await resourceMapping({ resource: 'voice', operation: 'sendNotification', templateId: byId(101) })).toMatchObject({ fields: [{ id: 'order' }, { id: 'time' }] });
	});

	test('an unknown template is Yunpian’s own error, for the editor to show', async () => {
		await expect(resourceMapping({ resource: 'sms', operation: 'sendTemplate', templateId: byId(999) })).rejects.toThrow(/^Yunpian error 5/);
	});

	test('the description: the mapper depends on the template; Variables Input defaults to the list in version 1 and to the fields from 1.1', () => {
		const description = new Yunpian().description;
		expect(description.version).toEqual([1, 1.1]);
		expect(description.defaultVersion).toBe(1.1);
		for (const operation of ['sendTemplate', 'sendTemplateBatch', 'sendNotification']) {
			const own = description.properties.filter((property) => property.displayOptions?.show?.operation?.includes(operation));
			const inputs = own.filter((property) => property.name === 'variablesInput');
			expect(inputs.map((property) => [property.default, property.displayOptions?.show?.['@version']])).toEqual([
				['list', [1]],
				['fields', [{ _cnd: { gte: 1.1 } }]],
			]);
			const mapper = own.find((property) => property.name === 'templateVariables');
			expect(mapper).toMatchObject({ type: 'resourceMapper', required: true, typeOptions: { loadOptionsDependsOn: ['templateId.value'], resourceMapper: { resourceMapperMethod: 'getTemplateVariables' } } });
			expect(mapper?.displayOptions?.show?.variablesInput).toEqual(['fields']);
			expect(own.find((property) => property.name === 'variables')?.displayOptions?.show?.variablesInput).toEqual(['list']);
		}
	});
});

describe('Yunpian template sends from the fields (version 1.1, the default for new nodes)', () => {
	const sendTemplate = (templateId: number, value: Record<string, string>, extra: IDataObject = {}) => ({
		resource: 'sms',
		operation: 'sendTemplate',
		mobile: '13800138000',
		templateId: byId(templateId),
		templateVariables: fieldsOf(value),
		...extra,
	});
	const v11 = { typeVersion: 1.1 };

	test('tpl_value is built from the fields as Yunpian documents it (#name# and value each URL-encoded); the preview is the filled template', async () => {
		const result = await run(sendTemplate(2, { code: '1234', name: '张三 & co' }), v11);
		expect(result.error).toBeUndefined();
		const [check, post] = received();
		expect(form(check)).toEqual({ tpl_id: '2', apikey: apiKey });
		expect(expectFormPost(post, 'sms/tpl_single_send', apiKey)).toEqual({
			mobile: '13800138000',
			tpl_id: '2',
			tpl_value: '%23name%23=%E5%BC%A0%E4%B8%89%20%26%20co&%23code%23=1234',
			apikey: apiKey,
		});
		const text = '【ACME】Hello 张三 & co, your code is 1234';
		expect(sandbox.messages[0].text).toBe(text);
		expect(jsonOf(result)).toEqual([
			{ success: true, mobile: '13800138000', messageId: '9007199254740993', segments: 1, preview: { text, length: [...text].length, segments: 1 }, fee: 0.05, unit: 'RMB', templateId: '2' },
		]);
	});

	test.each([
		['a repeated name: one value, filled at each place', REPEATED, { code: '42', minutes: '5' }, '%23code%23=42&%23minutes%23=5', '【ACME】42 is your code; again: 42. Valid for 5 minutes'],
		['adjacent names', ADJACENT, { first: 'Ada', last: 'Lovelace' }, '%23first%23=Ada&%23last%23=Lovelace', '【ACME】Dear AdaLovelace, order #12 shipped'],
		['look-alikes left as text', LOOK_ALIKES, { code: '#1&=%' }, '%23code%23=%231%26%3D%25', '【ACME】Ticket ## and # 12 # for #user name# (＃code＃ {{code}} ${code} {$var1}): #1&=%'],
	])('%s', async (_name, templateId, value, tplValue, text) => {
		const result = await run(sendTemplate(templateId, value), v11);
		expect(result.error).toBeUndefined();
		expect(form(received()[1]).tpl_value).toBe(tplValue);
		expect(sandbox.messages[0].text).toBe(text);
		expect(jsonOf(result)[0].preview).toMatchObject({ text });
	});

	test('a template without variables: no fields to fill (the mapper keeps a null value), tpl_value empty', async () => {
		const result = await run({ resource: 'sms', operation: 'sendTemplate', mobile: '13800138000', templateId: byId(5), templateVariables: { mappingMode: 'defineBelow', value: null } }, v11);
		expect(result.error).toBeUndefined();
		expect(form(sandbox.requests('sms/tpl_single_send')[0])).toMatchObject({ tpl_id: '5', tpl_value: '' });
		expect(jsonOf(result)[0]).toMatchObject({ success: true, preview: { text: '【ACME】Your parcel has arrived' } });
		const untouched = await run({ resource: 'sms', operation: 'sendTemplate', mobile: '13800138001', templateId: byId(5) }, v11);
		expect(untouched.error).toBeUndefined();
		expect(sandbox.requests('sms/tpl_single_send')).toHaveLength(2);
	});

	test('fields take expressions per item; the template is read once per run for all items', async () => {
		const input = [{ m: '13800000001', c: '11' }, { m: '13800000002', c: '22' }, { m: '13800000003', c: '33' }];
		const result = await run(sendTemplate(1, { code: '={{ $json.c }}' }, { mobile: '={{ $json.m }}' }), { ...v11, input });
		expect(result.error).toBeUndefined();
		expect(sandbox.requests('tpl/get')).toHaveLength(1);
		expect(sandbox.requests('sms/tpl_single_send').map((request) => form(request).tpl_value)).toEqual(['%23code%23=11', '%23code%23=22', '%23code%23=33']);
		expect(jsonOf(result).map((json) => (json.preview as IDataObject).text)).toEqual(['【ACME】Your code is 11', '【ACME】Your code is 22', '【ACME】Your code is 33']);
	});

	test.each([
		['a field left empty', { name: 'x', code: '' }, 'Template Variables → code (your code is …): is empty [item 0]'],
		['a field missing (the template gained a variable)', { name: 'x' }, 'Template Variables → code (your code is …): is empty [item 0]'],
		['a field the template does not have (it changed after the fields were filled)', { name: 'x', code: '1', coupon: 'A1' }, 'Template Variables → coupon: the template has no such variable [item 0]'],
	])('%s is an input error naming the field; nothing is sent', async (_name, value, message) => {
		const result = await run(sendTemplate(2, value), v11);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
		expect(result.error?.description).toBeTruthy();
		expect(sendPaths()).toEqual([]);
	});

	test('an unapproved template is said first, before its fields; nothing is sent', async () => {
		const result = await run(sendTemplate(3, {}), v11);
		expect(result.error?.message).toBe('Template: template 3 is under review [item 0]');
		expect(sendPaths()).toEqual([]);
	});

	test('with Continue On Fail a bad item is its own error item and the others go out', async () => {
		const input = [{ c: '1' }, { c: '' }];
		const result = await run(sendTemplate(1, { code: '={{ $json.c }}' }), { ...v11, input, continueOnFail: true });
		expect(jsonOf(result).map((json) => [json.success, json.errorCode ?? null])).toEqual([
			[true, null],
			[false, 'INVALID_INPUT'],
		]);
		expect(sandbox.requests('sms/tpl_single_send')).toHaveLength(1);
	});

	test('Send Template Batch: one tpl/get, the same values to every number, one preview per number', async () => {
		const result = await run(
			{ resource: 'sms', operation: 'sendTemplateBatch', mobiles: '13800000001, 13800000002', templateId: byId(REPEATED), templateVariables: fieldsOf({ code: '9', minutes: '10' }) },
			v11,
		);
		expect(result.error).toBeUndefined();
		expect(expectFormPost(sandbox.requests('sms/tpl_batch_send')[0], 'sms/tpl_batch_send', apiKey)).toEqual({
			mobile: '13800000001,13800000002',
			tpl_id: String(REPEATED),
			tpl_value: '%23code%23=9&%23minutes%23=10',
			apikey: apiKey,
		});
		const text = '【ACME】9 is your code; again: 9. Valid for 10 minutes';
		expect(jsonOf(result).map((json) => [json.mobile, json.success, json.preview])).toEqual([
			['13800000001', true, { text, length: [...text].length, segments: 1 }],
			['13800000002', true, { text, length: [...text].length, segments: 1 }],
		]);
	});

	test('Voice → Send Notification: the fields become name=value without # marks (values with & or = encoded); no text preview', async () => {
		const result = await run(
			{ resource: 'voice', operation: 'sendNotification', mobile: '13800138000', templateId: byId(101), templateVariables: fieldsOf({ time: '17点', order: 'A&B=1' }) },
			v11,
		);
		expect(result.error).toBeUndefined();
		expect(received().map((request) => request.path)).toEqual(['/v2/tpl/get.json', '/v2/voice/tpl_notify.json']);
		expect(expectFormPost(received()[1], 'voice/tpl_notify', apiKey)).toEqual({ mobile: '13800138000', tpl_id: '101', tpl_value: 'order=A%26B%3D1&time=17点', apikey: apiKey });
		expect(jsonOf(result)[0]).not.toHaveProperty('preview');
		const missing = await run({ resource: 'voice', operation: 'sendNotification', mobile: '13800138000', templateId: byId(101), templateVariables: fieldsOf({ order: '1' }) }, v11);
		expect(missing.error?.message).toMatch(/^Template Variables → time \(.*\): is empty \[item 0\]$/);
		expect(sandbox.requests('voice/tpl_notify')).toHaveLength(1);
	});

	test('List stays available in 1.1, for a template chosen by an expression', async () => {
		const result = await run(
			{ resource: 'sms', operation: 'sendTemplate', mobile: '13800138000', templateId: byId('={{ $json.t }}'), variablesInput: 'list', variables: vars({ code: '77' }) },
			{ ...v11, input: [{ t: '1' }] },
		);
		expect(result.error).toBeUndefined();
		expect(form(sandbox.requests('sms/tpl_single_send')[0])).toMatchObject({ tpl_id: '1', tpl_value: '%23code%23=77' });
	});
});

describe('Yunpian version-1 workflows send what they sent before', () => {
	/** A Send by Template node as version 1 saved it: no Variables Input, the name/value list. */
	const saved = { resource: 'sms', operation: 'sendTemplate', mobile: '13800138000', templateId: byId(2), variables: vars({ '#name#': '张三 & co', code: '1234' }) };

	test('version 1 reads the list (its default) and posts the same requests; version 1.1 reads the fields, so the same parameters are refused, not sent differently', async () => {
		const v1 = await run(saved, { typeVersion: 1 });
		expect(v1.error).toBeUndefined();
		expect(received().map((request) => [request.path, form(request)])).toEqual([
			['/v2/tpl/get.json', { tpl_id: '2', apikey: apiKey }],
			['/v2/sms/tpl_single_send.json', { mobile: '13800138000', tpl_id: '2', tpl_value: '%23name%23=%E5%BC%A0%E4%B8%89%20%26%20co&%23code%23=1234', apikey: apiKey }],
		]);
		expect(jsonOf(v1)[0]).toMatchObject({ success: true, templateId: '2', preview: { text: '【ACME】Hello 张三 & co, your code is 1234' } });

		const v11 = await run(saved, { typeVersion: 1.1 });
		expect(v11.error?.message).toBe('Template Variables → name (【ACME】Hello …): is empty [item 0]');
		expect(sandbox.requests('sms/tpl_single_send')).toHaveLength(1);
	});

	test('version 1 with the check off still reads no template before sending', async () => {
		const result = await run({ ...saved, templateId: byId(1), variables: vars({ code: '5' }), options: { checkTemplate: false } }, { typeVersion: 1 });
		expect(result.error).toBeUndefined();
		expect(received().map((request) => request.path)).toEqual(['/v2/sms/tpl_single_send.json']);
		expect(jsonOf(result)[0]).not.toHaveProperty('preview');
	});
});

describe('Yunpian pickers (From List), through n8n-core’s load-options path', () => {
	test('templates: ID, Yunpian’s review state with what it means, and the text; unapproved ones are listed but marked not usable', async () => {
		const { results } = await listSearch('searchTemplates');
		expect(results.slice(0, 4)).toEqual([
			{ name: '1 · SUCCESS, approved · 【ACME】Your code is #code#', value: '1' },
			{ name: '2 · SUCCESS, approved · 【ACME】Hello #name#, your code is #code#', value: '2' },
			{ name: '3 · CHECKING, under review: not usable yet · 【ACME】Pending #code#', value: '3' },
			{ name: '4 · FAIL, rejected: not usable · 【ACME】Rejected #code#', value: '4', description: "Yunpian's review: 模板开头必须带签名" },
		]);
		expect((await listSearch('searchTemplates', 'not usable')).results.map((result) => result.value)).toEqual(['3', '4']);
		expect((await listSearch('searchTemplates', 'minutes')).results.map((result) => result.value)).toEqual([String(REPEATED)]);
	});

	test('signatures: the text and its review state; searchable by either', async () => {
		expect((await listSearch('searchSignatures')).results).toEqual([
			{ name: '【ACME】 · SUCCESS, approved', value: 'ACME' },
			{ name: '【Pending】 · CHECKING, under review: not usable yet', value: 'Pending' },
			{ name: '【Rejected】 · FAIL, rejected: not usable', value: 'Rejected' },
		]);
		expect((await listSearch('searchSignatures', 'rejected')).results.map((result) => result.value)).toEqual(['Rejected']);
	});

	test('By ID is always possible next to the list', () => {
		const locator = new Yunpian().description.properties.find((property) => property.name === 'templateId' && property.displayOptions?.show?.operation?.includes('sendTemplate'));
		expect(locator?.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
	});
});

describe('Yunpian Preview Only (Send Nothing): every send, no request to a send endpoint', () => {
	const product = (path: string) => (path.startsWith('voice/') ? 'voice' : path.startsWith('vsms/') ? 'vsms' : 'sms');
	const urlOf = (path: string) => `${baseUrl().split('{type}').join(product(path))}/v2/${path}.json`;
	const previewOnly = { previewOnly: true };

	test.each([
		['SMS → Send', { resource: 'sms', operation: 'send', mobile: '13800138000', text: '【ACME】Your code is 1234', options: previewOnly }, 'sms/single_send', { mobile: '13800138000', text: '【ACME】Your code is 1234' }, '【ACME】Your code is 1234'],
		['SMS → Send Batch', { resource: 'sms', operation: 'sendBatch', mobiles: '13800000001', text: '【ACME】Your parcel has arrived', options: previewOnly }, 'sms/batch_send', { mobile: '13800000001', text: '【ACME】Your parcel has arrived' }, '【ACME】Your parcel has arrived'],
		['SMS → Send Personalized', { resource: 'sms', operation: 'sendMulti', mobile: '13800000001', text: '【ACME】Your code is 1, ok', options: previewOnly }, 'sms/multi_send', { mobile: '13800000001', text: encodeURIComponent('【ACME】Your code is 1, ok') }, '【ACME】Your code is 1, ok'],
		['SMS → Send by Template', { resource: 'sms', operation: 'sendTemplate', mobile: '13800138000', templateId: byId(1), templateVariables: fieldsOf({ code: '1234' }), options: previewOnly }, 'sms/tpl_single_send', { mobile: '13800138000', tpl_id: '1', tpl_value: '%23code%23=1234' }, '【ACME】Your code is 1234'],
		['SMS → Send Template Batch', { resource: 'sms', operation: 'sendTemplateBatch', mobiles: '13800000001', templateId: byId(1), templateVariables: fieldsOf({ code: '1234' }), options: previewOnly }, 'sms/tpl_batch_send', { mobile: '13800000001', tpl_id: '1', tpl_value: '%23code%23=1234' }, '【ACME】Your code is 1234'],
		['Voice → Send Code', { resource: 'voice', operation: 'sendCode', mobile: '13800138000', code: '1234', options: previewOnly }, 'voice/send', { mobile: '13800138000', code: '1234' }, undefined],
		['Voice → Send Notification', { resource: 'voice', operation: 'sendNotification', mobile: '13800138000', templateId: byId(101), templateVariables: fieldsOf({ order: 'A1', time: '17点' }), options: previewOnly }, 'voice/tpl_notify', { mobile: '13800138000', tpl_id: '101', tpl_value: 'order=A1&time=17点' }, undefined],
		['Video SMS → Send', { resource: 'videoSms', operation: 'send', mobiles: '13800000001', videoTemplateId: '126', options: previewOnly }, 'vsms/tpl_batch_send', { mobile: '13800000001', tpl_id: '126' }, undefined],
	])('%s', async (_name, parameters, path, body, text) => {
		const result = await run(parameters, { typeVersion: 1.1 });
		expect(result.error).toBeUndefined();
		expect(sandbox.requests(path)).toHaveLength(0);
		expect(sendPaths()).toEqual([]);
		const expected: IDataObject = { success: false, dryRun: true, mobile: body.mobile, messageId: null };
		if (text !== undefined) expected.segments = 1;
		if (text !== undefined) expected.preview = { text, length: [...text].length, segments: 1 };
		expected.request = { method: 'POST', url: urlOf(path), contentType: 'application/x-www-form-urlencoded', body };
		const json = jsonOf(result)[0];
		expect(json).toMatchObject(expected);
		if (text === undefined) expect(json).not.toHaveProperty('preview');
		expect(JSON.stringify(result.items)).not.toContain(apiKey);
		expect(result.run?.data.resultData.runData['Node Under Test'][0].hints).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/^Preview only, nothing was sent: 1 recipient\(s\), 1 message\(s\)/) }));
	});

	test('every send offers the option in its Options; calls and video SMS say they have no text preview', () => {
		const { properties } = new Yunpian().description;
		const optionOf = (resource: string, operation: string) =>
			properties
				.filter((property) => property.name === 'options' && property.displayOptions?.show?.resource?.includes(resource) && property.displayOptions?.show?.operation?.includes(operation))
				.flatMap((property) => property.options as Array<{ name: string; displayName: string; description?: string }>)
				.find((option) => option.name === 'previewOnly');
		const sends = [['sms', 'send'], ['sms', 'sendBatch'], ['sms', 'sendMulti'], ['sms', 'sendTemplate'], ['sms', 'sendTemplateBatch'], ['voice', 'sendCode'], ['voice', 'sendNotification'], ['videoSms', 'send']];
		for (const [resource, operation] of sends) {
			const option = optionOf(resource, operation);
			expect(option?.displayName).toBe('Preview Only (Send Nothing)');
			if (resource === 'sms') expect(option?.description).toContain('the final text');
			else expect(option?.description).toContain('so there is no text preview');
		}
	});

	test('the same parameters without the option do send (the test above would see it)', async () => {
		const result = await run({ resource: 'sms', operation: 'send', mobile: '13800138000', text: '【ACME】Your code is 1234' });
		expect(result.error).toBeUndefined();
		expect(sandbox.requests('sms/single_send')).toHaveLength(1);
	});

	test('a preview still checks everything: a bad item is the same error, and nothing is sent', async () => {
		const result = await run({ resource: 'sms', operation: 'sendTemplate', mobile: '13800138000', templateId: byId(2), templateVariables: fieldsOf({ name: 'x' }), options: previewOnly }, { typeVersion: 1.1 });
		expect(result.error?.message).toBe('Template Variables → code (your code is …): is empty [item 0]');
		expect(sendPaths()).toEqual([]);
	});

	test('a version-1 list send with the check off reads the template for its preview only when previewing', async () => {
		const result = await run({ resource: 'sms', operation: 'sendTemplate', mobile: '13800138000', templateId: byId(1), variables: vars({ code: '5' }), options: { checkTemplate: false, previewOnly: true } });
		expect(result.error).toBeUndefined();
		expect(received().map((request) => request.path)).toEqual(['/v2/tpl/get.json']);
		expect(jsonOf(result)[0]).toMatchObject({ dryRun: true, preview: { text: '【ACME】Your code is 5' } });
	});

	test('a batch preview shows one request per chunk, as it would go out, and the totals', async () => {
		const result = await run({ resource: 'sms', operation: 'sendBatch', mobiles: '13800000001, 13800000002, 13800000003', text: `【ACME】${'长'.repeat(70)}`, options: { batchSize: 2, previewOnly: true } });
		expect(result.error).toBeUndefined();
		expect(received()).toHaveLength(0);
		expect(jsonOf(result).map((json) => [json.mobile, (json.request as IDataObject).body, json.segments])).toEqual([
			['13800000001', expect.objectContaining({ mobile: '13800000001,13800000002' }), 2],
			['13800000002', expect.objectContaining({ mobile: '13800000001,13800000002' }), 2],
			['13800000003', expect.objectContaining({ mobile: '13800000003' }), 2],
		]);
		expect(result.run?.data.resultData.runData['Node Under Test'][0].hints).toContainEqual(
			expect.objectContaining({ message: 'Preview only, nothing was sent: 3 recipient(s), 3 message(s), 6 billed segment(s) would go out.' }),
		);
	});
});
