import { template, useUpyun, variables } from './setup';

const { sandbox, run, received } = useUpyun();

describe('UPYUN Message → Send Bulk', () => {
	const bulk = (extra: Record<string, unknown> = {}) => ({
		resource: 'message',
		operation: 'sendBulk',
		mobiles: '13800000001\n13800000002\n13800000003',
		templateId: template(1),
		variables: variables('8888', '10'),
		...extra,
	});

	test('queues one task with the list, vars and Beijing send time', async () => {
		const result = await run(bulk({ options: { sendAt: '2026-12-01T02:00:00.000Z', custom: 'campaign-7' } }));
		expect(result.error).toBeUndefined();
		const post = received().find((r) => r.method === 'POST')!;
		expect(post).toMatchObject({ path: '/api/messages/async' });
		expect(post.body).toEqual({
			template_id: 1,
			mobile: '13800000001,13800000002,13800000003',
			vars: '8888|10',
			time: '2026-12-01 10:00:00',
			custom: 'campaign-7',
		});
		// One item per recipient in the shared send schema, each with the one task's id.
		const taskId = result.items[0].json.taskId;
		expect(taskId).toEqual(expect.stringMatching(/\S/));
		expect(result.items).toEqual(
			['13800000001', '13800000002', '13800000003'].map((mobile) => ({
				json: { success: true, mobile, messageId: null, segments: 1, preview: { text: '【ACME】Your code is 8888, valid 10 minutes', length: 41, segments: 1 }, taskId, templateId: '1', scheduledAt: '2026-12-01 10:00:00', message: 'OK' },
				pairedItem: { item: 0 },
			})),
		);
	});

	test('splits a long list into tasks of the batch size', async () => {
		const result = await run(bulk({ options: { batchSize: 2, checkTemplate: false } }));
		expect(received().map((r) => (r.body as { mobile: string }).mobile)).toEqual(['13800000001,13800000002', '13800000003']);
		const [first, second, third] = result.items.map((i) => i.json.taskId);
		expect(first).toBe(second);
		expect(third).not.toBe(first);
	});

	test('refuses a time that is not a date, before sending', async () => {
		const result = await run(bulk({ options: { sendAt: 'next friday' } }));
		expect(result.error?.message).toMatch(/Send At: "next friday" is not a date and time/);
		expect(received()).toHaveLength(0);
	});
});

describe('UPYUN Message → Send Personalized', () => {
	const personalized = (extra: Record<string, unknown> = {}) => ({
		resource: 'message',
		operation: 'sendPersonalized',
		mobile: '={{ $json.mobile }}',
		templateId: template(1),
		variables: { values: [{ value: '={{ $json.code }}' }, { value: '5' }] },
		...extra,
	});

	test('merges items into one task with per-recipient variables (shape B)', async () => {
		const input = [
			{ mobile: '13800000001', code: '1111' },
			{ mobile: '13800000002', code: '2222' },
		];
		const result = await run(personalized({ options: { sign: 'ACME' } }), { input });
		expect(result.error).toBeUndefined();
		const posts = received().filter((r) => r.method === 'POST');
		expect(posts).toHaveLength(1);
		expect(posts[0].body).toEqual({
			template_id: 1,
			mobile: [
				{ phone: '13800000001', variables: ['1111', '5'], sign: 'ACME' },
				{ phone: '13800000002', variables: ['2222', '5'], sign: 'ACME' },
			],
		});
		expect(result.items.map((i) => [i.json.mobile, i.json.taskId, i.pairedItem])).toEqual([
			['13800000001', expect.any(String), { item: 0 }],
			['13800000002', expect.any(String), { item: 1 }],
		]);
		expect(sandbox.messages.map((m) => m.content)).toEqual(['【ACME】Your code is 1111, valid 5 minutes', '【ACME】Your code is 2222, valid 5 minutes']);
	});

	test('with Continue On Fail, a bad item is an error item and the rest are sent', async () => {
		const input = [{ mobile: '13800000001', code: '1' }, { mobile: '13800000002,13800000003', code: '2' }];
		const result = await run(personalized(), { input, continueOnFail: true });
		expect(result.items[0].json).toMatchObject({ mobile: '13800000001' });
		expect(result.items[1]).toEqual({ json: expect.objectContaining({ error: expect.stringContaining('more than one number') }), pairedItem: { item: 1 } });
		expect((received().find((r) => r.method === 'POST')!.body as { mobile: unknown[] }).mobile).toHaveLength(1);
	});

	test('a bad signature is refused before sending', async () => {
		const result = await run(personalized({ options: { sign: 'A+' } }), { input: [{ mobile: '13800000001', code: '1' }] });
		expect(result.error?.message).toMatch(/Signature: "A\+" is not a valid signature/);
		expect(received()).toHaveLength(0);
	});
});

describe('UPYUN Message → Send From File', () => {
	const csv = (text: string, fileName = 'list.csv') => ({
		json: {},
		binary: { data: { data: Buffer.from(text).toString('base64'), mimeType: 'text/csv', fileName } },
	});
	const fromFile = (extra: Record<string, unknown> = {}) => ({
		resource: 'message',
		operation: 'sendFromFile',
		binaryPropertyName: 'data',
		templateId: template(1),
		...extra,
	});

	test('uploads the CSV as multipart with the template and time', async () => {
		const text = '13800000001,1111,5\n13800000002,2222,5\n';
		const result = await run(fromFile({ options: { sendAt: '2026-12-01 09:30:00' } }), { input: [csv(text)] });
		expect(result.error).toBeUndefined();
		// The template is read first: approved, and each line gives its two variables.
		const [list, upload] = received();
		expect(list).toMatchObject({ method: 'GET', path: '/api/templates' });
		expect(upload).toMatchObject({ method: 'POST', path: '/api/messages/file', body: { template_id: '1', time: '2026-12-01 09:30:00' } });
		expect(upload.contentType).toMatch(/^multipart\/form-data; boundary=/);
		expect(upload.files).toHaveLength(1);
		expect(upload.files[0]).toMatchObject({ fieldName: 'file', fileName: 'list.csv', contentType: 'text/csv' });
		expect(upload.files[0].content.toString()).toBe(text);
		expect(result.items[0].json).toEqual({
			templateId: '1',
			rows: 2,
			fileName: 'list.csv',
			scheduledAt: '2026-12-01 09:30:00',
			message: 'OK',
			// Read with the template: what each line's number gets, and the segments billed in all.
			segments: 2,
			previews: [
				{ mobile: '13800000001', text: '【ACME】Your code is 1111, valid 5 minutes', length: 40, segments: 1 },
				{ mobile: '13800000002', text: '【ACME】Your code is 2222, valid 5 minutes', length: 40, segments: 1 },
			],
		});
	});

	test('with Check Template Before Sending off, the upload goes alone and its item is as before', async () => {
		const result = await run(fromFile({ options: { checkTemplate: false } }), { input: [csv('13800000001,1111,5\n')] });
		expect(received().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/messages/file']);
		expect(result.items[0].json).toEqual({ templateId: '1', rows: 1, fileName: 'list.csv', scheduledAt: null, message: 'OK' });
	});

	test.each([
		['an empty file', '\n', /the CSV file is empty/],
		['a header row', 'mobile,code\n13800000001,1', /line 1: "mobile" is not a mobile number/],
		['too many columns', '13800000001,a,b,c,d,e', /line 1 has 6 columns/],
	])('refuses %s before sending', async (_name, text, message) => {
		const result = await run(fromFile(), { input: [csv(text)] });
		expect(result.error?.message).toMatch(message);
		expect(received()).toHaveLength(0);
	});

	test('a missing binary field is a clear error', async () => {
		const result = await run(fromFile(), { input: [{ json: {} }] });
		expect(result.error?.message).toMatch(/binary/i);
		expect(received()).toHaveLength(0);
	});
});
