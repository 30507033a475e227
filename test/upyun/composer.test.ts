import type { IDataObject } from 'n8n-workflow';

import { everything, template, useUpyun, variables } from './setup';
import { SELF_OWNER, type SandboxTemplate } from '../sandbox/upyun/types';

const { sandbox, run, received, token, baseUrl, variableFields, searchTemplates } = useUpyun();

/** A template of the caller's account, approved unless told. */
function addTemplate(id: number, content: string, extra: Partial<SandboxTemplate> = {}): void {
	sandbox.templates.set(id, {
		id,
		title: `t${id}`,
		temp_sign: 'ACME',
		content,
		sign_location: 'top',
		type: 'industry',
		report_type: 'vip',
		status: 'success',
		updated_at: '2026-11-20T02:00:00.000Z',
		ownerId: SELF_OWNER.id,
		...extra,
	});
}

/** The resource mapper's saved value, as the editor writes it. */
const fields = (value: Record<string, string> | null) => ({ mappingMode: 'defineBelow', value, matchingColumns: [], schema: [] });

const sendFields = (extra: IDataObject = {}): IDataObject => ({
	resource: 'message',
	operation: 'send',
	mobiles: '13800138000',
	templateId: template(1),
	templateVariables: fields({ var1: '123456', var2: '5' }),
	...extra,
});

/** The preview of a one-segment text: the text, its length in characters, 1 segment. */
const shown = (text: string) => ({ text, length: [...text].length, segments: 1 });

const posts = () => received().filter((request) => request.method === 'POST');
const labels = (result: { fields: Array<{ id: string; displayName: string }> }) => result.fields.map((field) => [field.id, field.displayName]);

describe('UPYUN template variables as named fields (version 1.1)', () => {
	test('the fields of a picked template: one per placeholder, named by position and the text before it, each required text', async () => {
		const result = await variableFields({ resource: 'message', operation: 'send', templateId: template(1) });
		expect(result.fields).toEqual([
			{ id: 'var1', displayName: 'var1 (Your code is …)', required: true, defaultMatch: false, canBeUsedToMatch: false, display: true, type: 'string' },
			{ id: 'var2', displayName: 'var2 (valid …)', required: true, defaultMatch: false, canBeUsedToMatch: false, display: true, type: 'string' },
		]);
		expect(received().map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api/templates']);
	});

	test('the fields follow the template picked from the list (resource locator value), and a template without variables has none', async () => {
		expect(labels(await variableFields({ templateId: { __rl: true, mode: 'list', value: '6' } }))).toEqual([['var1', 'var1 (Code …)']]);
		const none = await variableFields({ templateId: template(7) });
		expect(none).toEqual({ fields: [], emptyFieldsNotice: expect.stringContaining('no variables') });
	});

	test('no template, or one of another account: no fields and a notice saying what to do', async () => {
		expect(await variableFields({ templateId: { __rl: true, mode: 'list', value: '' } })).toEqual({ fields: [], emptyFieldsNotice: expect.stringContaining('Pick a template') });
		expect(await variableFields({ templateId: template(5) })).toEqual({ fields: [], emptyFieldsNotice: 'Template 5 is not in this UPYUN account. Pick one from the list.' });
	});

	describe('real UPYUN templates: repeated, adjacent and look-alike placeholders', () => {
		test.each([
			[
				'a placeholder written twice takes a value each time (UPYUN fills by position)',
				'Code {$var1}, again: {$var1}',
				[['var1', 'var1 (Code …)'], ['var2', 'var2: var1 (again: …)']],
				{ var1: '111', var2: '222' },
				'111|222',
				'【ACME】Code 111, again: 222',
			],
			[
				'adjacent placeholders',
				'{$var1}{$var2} is your code',
				[['var1', 'var1'], ['var2', 'var2 (… is your code)']],
				{ var1: 'AB', var2: '12' },
				'AB|12',
				'【ACME】AB12 is your code',
			],
			[
				'look-alikes that are text: {var}, $var, { $var}, and a $ before a placeholder',
				'Pay ${$var1} not {var2} nor $var3 or { $var4}; ref {$var2}',
				[['var1', 'var1 (Pay $ …)'], ['var2', 'var2 (…ar3 or { $var4}; ref …)']],
				{ var1: '5', var2: 'R-9' },
				'5|R-9',
				'【ACME】Pay $5 not {var2} nor $var3 or { $var4}; ref R-9',
			],
		])('%s', async (_name, content, expectedFields, values, vars, text) => {
			addTemplate(60, content);
			expect(labels(await variableFields({ templateId: template(60) }))).toEqual(expectedFields);
			sandbox.server.clearRequests();
			const result = await run(sendFields({ templateId: template(60), templateVariables: fields(values) }), { typeVersion: 1.1 });
			expect(result.error).toBeUndefined();
			expect(posts().map((request) => request.body)).toEqual([{ template_id: 60, mobile: '13800138000', vars }]);
			expect(result.items[0].json.preview).toEqual({ text, length: [...text].length, segments: 1 });
			expect(sandbox.messages.map((message) => message.content)).toEqual([text]);
		});
	});

	test('a send builds vars from the fields in placeholder order (expressions per item), the template read once for the run', async () => {
		const input = [
			{ mobile: '13800000001', code: '1111' },
			{ mobile: '13800000002', code: '2222' },
			{ mobile: '13800000003', code: '3333' },
		];
		const result = await run(
			sendFields({ mobiles: '={{ $json.mobile }}', templateVariables: fields({ var2: '10', var1: '={{ $json.code }}' }) }),
			{ input, typeVersion: 1.1 },
		);
		expect(result.error).toBeUndefined();
		expect(received().filter((request) => request.method === 'GET')).toHaveLength(1);
		expect(posts().map((request) => request.body)).toEqual(
			input.map(({ mobile, code }) => ({ template_id: 1, mobile, vars: `${code}|10` })),
		);
		expect(result.items.map((item) => [item.json.success, item.json.mobile, item.json.preview, item.pairedItem])).toEqual(
			input.map(({ mobile, code }, index) => [
				true,
				mobile,
				shown(`【ACME】Your code is ${code}, valid 10 minutes`),
				{ item: index },
			]),
		);
	});

	test('the preview puts the signature where the template says (sign_location bottom)', async () => {
		addTemplate(61, 'Your parcel {$var1} has arrived', { sign_location: 'bottom' });
		const result = await run(sendFields({ templateId: template(61), templateVariables: fields({ var1: 'SF-1' }) }), { typeVersion: 1.1 });
		expect(result.items[0].json).toMatchObject({ success: true, segments: 1, preview: shown('Your parcel SF-1 has arrived【ACME】') });
		expect(sandbox.messages[0].content).toBe('Your parcel SF-1 has arrived【ACME】');
	});

	test('a long text shows its billed segments (70, then 67 per segment)', async () => {
		const result = await run(sendFields({ templateVariables: fields({ var1: 'x'.repeat(80), var2: '5' }) }), { typeVersion: 1.1 });
		expect(result.items[0].json).toMatchObject({ segments: 2, preview: { length: 116, segments: 2 } });
	});

	test('a template without variables needs no fields and sends no vars', async () => {
		const result = await run(sendFields({ templateId: template(7), templateVariables: fields(null) }), { typeVersion: 1.1 });
		expect(result.error).toBeUndefined();
		expect(posts()[0].body).toEqual({ template_id: 7, mobile: '13800138000' });
		expect(result.items[0].json.preview).toEqual(shown('【ACME】Your parcel has arrived'));
	});

	describe('missing, empty or extra values: an error naming the field, nothing sent', () => {
		test.each([
			['a missing value', { var1: '123456' }, 'Template Variables → var2 (valid …): is empty [item 0]'],
			['an empty value', { var1: '123456', var2: '  ' }, 'Template Variables → var2 (valid …): is empty [item 0]'],
			['an expression that gives nothing', { var1: '={{ $json.nothing }}', var2: '5' }, 'Template Variables → var1 (Your code is …): is empty [item 0]'],
			['a value the template has no placeholder for (the template changed)', { var1: '1', var2: '2', var3: '3' }, 'Template Variables → var3: the template has no such variable [item 0]'],
			['a value with |, which would split it in two', { var1: '12|34', var2: '5' }, 'Template Variables → var1 (Your code is …): contains "|", which UPYUN uses to separate variables [item 0]'],
		])('%s', async (_name, values, message) => {
			const result = await run(sendFields({ templateVariables: fields(values) }), { typeVersion: 1.1 });
			expect(result.error?.message).toBe(message);
			expect(result.error?.description).toBeTruthy();
			expect(posts()).toHaveLength(0);
		});

		test('the template’s own checks still hold: an unapproved template is refused before sending', async () => {
			const result = await run(sendFields({ templateId: template(3), templateVariables: fields({ var1: 'x' }) }), { typeVersion: 1.1 });
			expect(result.error?.message).toMatch(/^Template: template 3 is under review/);
			expect(posts()).toHaveLength(0);
		});
	});

	test('Send Bulk and Send Personalized take the fields too', async () => {
		// A second signature of the account (UPYUN signatures live in templates).
		addTemplate(62, 'Welcome', { temp_sign: 'Shops' });
		const bulk = await run(
			{ resource: 'message', operation: 'sendBulk', mobiles: '13800000001,13800000002', templateId: template(1), templateVariables: fields({ var1: '8888', var2: '10' }) },
			{ typeVersion: 1.1 },
		);
		expect(bulk.error).toBeUndefined();
		const personalized = await run(
			{ resource: 'message', operation: 'sendPersonalized', mobile: '={{ $json.mobile }}', templateId: template(1), templateVariables: fields({ var1: '={{ $json.code }}', var2: '5' }), options: { sign: 'Shops' } },
			{ typeVersion: 1.1, input: [{ mobile: '13800000003', code: '42' }] },
		);
		expect(personalized.error).toBeUndefined();
		expect(posts().map((request) => request.body)).toEqual([
			{ template_id: 1, mobile: '13800000001,13800000002', vars: '8888|10' },
			{ template_id: 1, mobile: [{ phone: '13800000003', variables: ['42', '5'], sign: 'Shops' }] },
		]);
		expect(bulk.items.map((item) => item.json.preview)).toEqual([
			shown('【ACME】Your code is 8888, valid 10 minutes'),
			shown('【ACME】Your code is 8888, valid 10 minutes'),
		]);
		// A send's own signature is what the phone shows.
		expect(personalized.items[0].json.preview).toEqual(shown('【Shops】Your code is 42, valid 5 minutes'));
		expect(sandbox.messages.map((message) => message.content)).toContain('【Shops】Your code is 42, valid 5 minutes');
	});
});

describe('UPYUN Variables Input: the list stays, version 1 workflows behave as before', () => {
	const listSend = (extra: IDataObject = {}): IDataObject => ({
		resource: 'message',
		operation: 'send',
		mobiles: '13800138000',
		templateId: template(1),
		variables: variables('123456', '5'),
		...extra,
	});

	test('a version 1 node as saved (no Variables Input): the list, the same requests as before, plus the preview', async () => {
		const result = await run(listSend(), { typeVersion: 1 });
		expect(result.error).toBeUndefined();
		expect(received().map((request) => [request.method, request.path, request.body])).toEqual([
			['GET', '/api/templates', undefined],
			['POST', '/api/messages', { template_id: 1, mobile: '13800138000', vars: '123456|5' }],
		]);
		expect(result.items[0].json).toEqual({
			success: true,
			mobile: '13800138000',
			messageId: expect.stringMatching(/^\d{22}$/),
			segments: 1,
			preview: shown('【ACME】Your code is 123456, valid 5 minutes'),
			templateId: '1',
			reportCode: '0',
		});
	});

	test('a version 1 node with Check Template Before Sending off still sends one request and reads nothing', async () => {
		const result = await run(listSend({ options: { checkTemplate: false } }), { typeVersion: 1 });
		expect(received().map((request) => `${request.method} ${request.path}`)).toEqual(['POST /api/messages']);
		expect(result.items[0].json).toEqual({ success: true, mobile: '13800138000', messageId: expect.stringMatching(/^\d{22}$/), templateId: '1', reportCode: '0' });
	});

	test('a version 1 node ignores a field mapping it does not show', async () => {
		const result = await run(listSend({ templateVariables: fields({ var1: 'other', var2: 'other' }) }), { typeVersion: 1 });
		expect(posts()[0].body).toMatchObject({ vars: '123456|5' });
		expect(result.error).toBeUndefined();
	});

	test('a version 1.1 node left on the default uses the fields, and ignores a stale list', async () => {
		const result = await run(sendFields({ variables: variables('stale', 'stale') }), { typeVersion: 1.1 });
		expect(posts()[0].body).toMatchObject({ vars: '123456|5' });
		expect(result.error).toBeUndefined();
	});

	test('a version 1.1 node may choose List, e.g. for a template chosen by an expression', async () => {
		const result = await run(
			listSend({ variablesInput: 'list', templateId: { __rl: true, mode: 'id', value: '={{ $json.template }}' } }),
			{ typeVersion: 1.1, input: [{ template: '1' }] },
		);
		expect(result.error).toBeUndefined();
		expect(posts().map((request) => request.body)).toEqual([{ template_id: 1, mobile: '13800138000', vars: '123456|5' }]);
		expect(result.items[0].json.preview).toEqual(shown('【ACME】Your code is 123456, valid 5 minutes'));
	});
});

describe('UPYUN Preview Only (Send Nothing): no request reaches a send endpoint', () => {
	/** Every request the sandbox received, as "METHOD path": a preview may only read the template list. */
	const requestLog = () => received().map((request) => `${request.method} ${request.path}`);

	test('Send: per recipient the final text, length, segments and the request that would go out', async () => {
		const result = await run(sendFields({ mobiles: '13800000001, 13800000002', options: { previewOnly: true, extendCode: '01' } }), { typeVersion: 1.1 });
		expect(result.error).toBeUndefined();
		expect(requestLog()).toEqual(['GET /api/templates']);
		expect(sandbox.messages).toHaveLength(0);
		const request = { method: 'POST', url: `${baseUrl()}/api/messages`, body: { template_id: 1, mobile: '13800000001,13800000002', vars: '123456|5', extend_code: '01' } };
		const preview = shown('【ACME】Your code is 123456, valid 5 minutes');
		expect(result.items).toEqual(
			['13800000001', '13800000002'].map((mobile) => ({
				json: { success: false, dryRun: true, mobile, messageId: null, segments: 1, preview, request, templateId: '1' },
				pairedItem: { item: 0 },
			})),
		);
		expect(everything(result)).not.toContain(token);
		const hints = result.run?.data.resultData.runData['Node Under Test'][0].hints;
		expect(hints).toEqual([{ message: 'Preview only, nothing was sent: 2 recipient(s), 2 message(s), 2 billed segment(s) would go out.', location: 'outputPane' }]);
	});

	test('Send, version 1 list with the template check off: the preview still reads and checks the template', async () => {
		const result = await run(
			{ resource: 'message', operation: 'send', mobiles: '13800138000', templateId: template(1), variables: variables('123456'), options: { previewOnly: true, checkTemplate: false } },
			{ typeVersion: 1 },
		);
		expect(result.error?.message).toMatch(/Template Variables: template 1 has 2 variable\(s\) but 1 value\(s\) were given/);
		expect(requestLog()).toEqual(['GET /api/templates']);
	});

	test('Send Bulk: the queued task it would create', async () => {
		const result = await run(
			{ resource: 'message', operation: 'sendBulk', mobiles: '13800000001\n13800000002', templateId: template(1), templateVariables: fields({ var1: '8888', var2: '10' }), options: { previewOnly: true, sendAt: '2026-12-01 09:30:00', custom: 'c7' } },
			{ typeVersion: 1.1 },
		);
		expect(result.error).toBeUndefined();
		expect(requestLog()).toEqual(['GET /api/templates']);
		expect(result.items.map((item) => item.json)).toEqual(
			['13800000001', '13800000002'].map((mobile) => ({
				success: false,
				dryRun: true,
				mobile,
				messageId: null,
				segments: 1,
				preview: shown('【ACME】Your code is 8888, valid 10 minutes'),
				request: {
					method: 'POST',
					url: `${baseUrl()}/api/messages/async`,
					body: { template_id: 1, mobile: '13800000001,13800000002', vars: '8888|10', time: '2026-12-01 09:30:00', custom: 'c7' },
				},
				templateId: '1',
				scheduledAt: '2026-12-01 09:30:00',
			})),
		);
	});

	test('Send Personalized: each recipient’s own text in one task', async () => {
		const input = [{ mobile: '13800000001', code: '1111' }, { mobile: '13800000002', code: '2222' }];
		const result = await run(
			{ resource: 'message', operation: 'sendPersonalized', mobile: '={{ $json.mobile }}', templateId: template(1), templateVariables: fields({ var1: '={{ $json.code }}', var2: '5' }), options: { previewOnly: true } },
			{ typeVersion: 1.1, input },
		);
		expect(result.error).toBeUndefined();
		expect(requestLog()).toEqual(['GET /api/templates']);
		const body = { template_id: 1, mobile: [{ phone: '13800000001', variables: ['1111', '5'] }, { phone: '13800000002', variables: ['2222', '5'] }] };
		expect(result.items.map((item) => [item.json.dryRun, item.json.mobile, item.json.preview, item.json.request, item.pairedItem])).toEqual([
			[true, '13800000001', shown('【ACME】Your code is 1111, valid 5 minutes'), { method: 'POST', url: `${baseUrl()}/api/messages/async`, body }, { item: 0 }],
			[true, '13800000002', shown('【ACME】Your code is 2222, valid 5 minutes'), { method: 'POST', url: `${baseUrl()}/api/messages/async`, body }, { item: 1 }],
		]);
	});

	test('Send From File: each line’s text, the segments in all and the upload it would make', async () => {
		const text = '13800000001,1111,5\n13800000002,2222,10\n';
		const result = await run(
			{ resource: 'message', operation: 'sendFromFile', binaryPropertyName: 'data', templateId: template(1), options: { previewOnly: true } },
			{ typeVersion: 1.1, input: [{ json: {}, binary: { data: { data: Buffer.from(text).toString('base64'), mimeType: 'text/csv', fileName: 'list.csv' } } }] },
		);
		expect(result.error).toBeUndefined();
		expect(requestLog()).toEqual(['GET /api/templates']);
		expect(sandbox.messages).toHaveLength(0);
		expect(result.items).toEqual([
			{
				json: {
					success: false,
					dryRun: true,
					templateId: '1',
					rows: 2,
					fileName: 'list.csv',
					scheduledAt: null,
					segments: 2,
					previews: [
						{ mobile: '13800000001', ...shown('【ACME】Your code is 1111, valid 5 minutes') },
						{ mobile: '13800000002', ...shown('【ACME】Your code is 2222, valid 10 minutes') },
					],
					request: { method: 'POST', url: `${baseUrl()}/api/messages/file`, body: { template_id: '1', file: { fileName: 'list.csv', contentType: 'text/csv', bytes: text.length, lines: 2 } } },
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(result.run?.data.resultData.runData['Node Under Test'][0].hints).toEqual([
			{ message: 'Preview only, nothing was sent: 2 recipient(s), 2 message(s), 2 billed segment(s) would go out.', location: 'outputPane' },
		]);
	});

	test('Preview Only that is not true or false stops before anything is read or sent', async () => {
		const result = await run(sendFields({ options: { previewOnly: '={{ "maybe" }}' } }), { typeVersion: 1.1 });
		expect(result.error?.message).toBe('Preview Only (Send Nothing): "maybe" is not true or false [item 0]');
		expect(received()).toHaveLength(0);
	});
});

describe('UPYUN template picker (From List)', () => {
	test('every template with title, review status and signed text; approved first, unapproved marked as unusable', async () => {
		const { results } = await searchTemplates();
		expect(results).toEqual([
			{ name: 'login code · Approved · 【ACME】Your code is {$var1}, valid {$var2} minutes', value: '1' },
			{ name: 'promo · Approved · 【ACME】Big sale this week 退订回T', value: '2' },
			{ name: 'intl code · Approved · 【ACME】Code {$var1}', value: '6' },
			{ name: 'notice · Approved · 【ACME】Your parcel has arrived', value: '7' },
			{ name: 'pending · Under review, cannot send yet · 【ACME】Pending {$var1}', value: '3' },
			{ name: 'rejected · Rejected, cannot send · 【ACME】Rejected {$var1}', value: '4' },
		]);
		expect(received().map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api/templates']);
	});

	test('searchable by title, text or ID', async () => {
		expect((await searchTemplates('PARCEL')).results.map((entry) => entry.value)).toEqual(['7']);
		expect((await searchTemplates('pend')).results.map((entry) => entry.value)).toEqual(['3']);
		expect((await searchTemplates('6')).results.map((entry) => entry.value)).toEqual(['6']);
	});
});
