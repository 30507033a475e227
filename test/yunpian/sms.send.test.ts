import { capturedLogs } from '../harness/logCapture';
import { byId, everything, expectFormPost, form, jsonOf, useYunpian, vars } from './setup';

const { sandbox, run, received, apiKey } = useYunpian();

const FIRST_SID = '9007199254740993';

/** What the phone shows, as every send's output gives it: the text, its length and the 70/67 segments (one here). */
const preview = (text: string) => ({ text, length: [...text].length, segments: 1 });

describe('Yunpian SMS → Send (single_send)', () => {
	const send = (extra: Record<string, unknown> = {}) => ({ resource: 'sms', operation: 'send', mobile: '+86 138 0013 8000', text: '【ACME】Your code is 1234', ...extra });

	test('posts the text with the key in the form body; the sid above 2^53 is the message ID, as a string', async () => {
		const result = await run(send({ options: { uid: 'order-1', callbackUrl: 'https://example.com/cb', extend: '01', register: true } }));
		expect(result.error).toBeUndefined();
		expect(expectFormPost(received()[0], 'sms/single_send', apiKey)).toEqual({
			mobile: '13800138000',
			text: '【ACME】Your code is 1234',
			uid: 'order-1',
			callback_url: 'https://example.com/cb',
			extend: '01',
			register: 'true',
			apikey: apiKey,
		});
		expect(received()[0].rawBody).toContain('text=%E3%80%90ACME%E3%80%91Your+code+is+1234');
		expect(result.items).toEqual([
			{ json: { success: true, mobile: '13800138000', messageId: FIRST_SID, segments: 1, preview: preview('【ACME】Your code is 1234'), fee: 0.05, unit: 'RMB' }, pairedItem: { item: 0 } },
		]);
	});

	test('sends to an international number in E.164', async () => {
		const result = await run(send({ mobile: '+14155550100' }));
		expect(form(received()[0]).mobile).toBe('+14155550100');
		expect(received()[0].rawBody).toContain('mobile=%2B14155550100');
		expect(jsonOf(result)[0]).toMatchObject({ mobile: '+14155550100', success: true });
	});

	test('one request per input item, each paired', async () => {
		const result = await run(send({ mobile: '={{ $json.m }}' }), { input: [{ m: '13800000001' }, { m: '13800000002' }] });
		expect(received()).toHaveLength(2);
		expect(result.items.map((i) => [i.json.mobile, i.pairedItem])).toEqual([['13800000001', { item: 0 }], ['13800000002', { item: 1 }]]);
	});

	describe('bad input is refused before anything is sent', () => {
		test.each([
			['two numbers', { mobile: '13800000001,13800000002' }, /Mobile Number: 2 numbers given/],
			['a bad number', { mobile: '12345' }, /Mobile Number: "12345" is not a mobile number/],
			['no signature', { text: 'Your code is 1234' }, /Text: the text does not start with a 【signature】/],
			['ASCII brackets', { text: '[ACME]Your code is 1234' }, /ASCII brackets/],
			['a one-character signature', { text: '【A】Your code is 1234' }, /does not start with a 【signature】/],
			['only a signature', { text: '【ACME】 ' }, /no content after the signature/],
			['a text over 500 characters', { text: `【ACME】${'x'.repeat(500)}` }, /506 characters \(8 segments\)/],
			['an extension with letters', { options: { extend: '1a' } }, /Extension Number/],
			['a callback that is not a URL', { options: { callbackUrl: 'example.com' } }, /Callback URL: "example.com" is not an http\(s\) address/],
		])('%s', async (_name, extra, message) => {
			const result = await run(send(extra));
			expect(result.error?.name).toBe('NodeOperationError');
			expect(result.error?.message).toMatch(message);
			expect(result.error?.message).toMatch(/\[item 0\]/);
			expect(result.error?.description).toBeTruthy();
			expect(received()).toHaveLength(0);
		});
	});

	describe('Yunpian refusals become NodeApiErrors', () => {
		test.each([
			['an unapproved signature', { text: '【Pending】Your code is 1234' }, '15', 'The signature does not match an approved one'],
			['a blocked word', { text: '【ACME】Your code is 发票' }, '4', 'The text contains a blocked keyword'],
			['a text matching no template', { text: '【ACME】Hello there' }, '5', 'No matching template was found'],
		])('%s', async (_name, extra, code, meaning) => {
			const result = await run(send(extra));
			expect(result.error).toMatchObject({ name: 'NodeApiError', message: `Yunpian error ${code}: ${meaning}`, httpCode: '400' });
			expect(received()).toHaveLength(1);
		});

		test('a low balance is code 3', async () => {
			sandbox.account.balance = 0.01;
			const result = await run(send());
			expect(result.error?.message).toBe('Yunpian error 3: The account balance is too low');
			expect(result.error?.description).toContain('Top up');
		});

		test('the same text to the same number within 30 s is code 8; the send is not retried', async () => {
			await run(send());
			const again = await run(send());
			expect(again.error?.message).toBe('Yunpian error 8: The same content was sent to this number within 30 seconds');
			expect(sandbox.requests('sms/single_send')).toHaveLength(2);
		});
	});
});

describe('Yunpian SMS → Send Batch (batch_send)', () => {
	const sendBatch = (extra: Record<string, unknown> = {}) => ({ resource: 'sms', operation: 'sendBatch', mobiles: '13800000001, 13800000002\n13800000001', text: '【ACME】Your parcel has arrived', ...extra });

	test('joins the numbers with commas (repeats once) and outputs one item per number', async () => {
		const result = await run(sendBatch());
		expect(result.error).toBeUndefined();
		expect(expectFormPost(received()[0], 'sms/batch_send', apiKey)).toEqual({ text: '【ACME】Your parcel has arrived', mobile: '13800000001,13800000002', apikey: apiKey });
		expect(jsonOf(result)).toEqual([
			{ success: true, mobile: '13800000001', messageId: FIRST_SID, segments: 1, preview: preview('【ACME】Your parcel has arrived'), fee: 0.05, unit: 'RMB' },
			{ success: true, mobile: '13800000002', messageId: '9007199254740994', segments: 1, preview: preview('【ACME】Your parcel has arrived'), fee: 0.05, unit: 'RMB' },
		]);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	test('merges items with the same text into chunks of Batch Size, results paired to their items', async () => {
		const input = ['13800000001', '13800000002', '13800000003', '13800000004', '13800000005'].map((m) => ({ m }));
		const result = await run(sendBatch({ mobiles: '={{ $json.m }}', options: { batchSize: 2 } }), { input });
		expect(result.error).toBeUndefined();
		expect(received().map((r) => form(r).mobile)).toEqual(['13800000001,13800000002', '13800000003,13800000004', '13800000005']);
		expect(result.items.map((i) => [i.json.mobile, i.pairedItem])).toEqual(input.map((item, index) => [item.m, { item: index }]));
	});

	test('2,500 numbers go in chunks of 1000', async () => {
		sandbox.account.balance = 1000;
		const mobiles = Array.from({ length: 2500 }, (_, i) => `139${String(i).padStart(8, '0')}`).join(',');
		const result = await run(sendBatch({ mobiles }));
		expect(result.error).toBeUndefined();
		expect(received().map((r) => form(r).mobile.split(',').length)).toEqual([1000, 1000, 500]);
		expect(result.items).toHaveLength(2500);
	});

	test('items with different texts go in separate requests', async () => {
		const result = await run(sendBatch({ mobiles: '13800000001', text: '={{ $json.t }}' }), {
			input: [{ t: '【ACME】Your parcel has arrived' }, { t: '【ACME】Your code is 9' }],
		});
		expect(result.error).toBeUndefined();
		expect(received().map((r) => form(r).text)).toEqual(['【ACME】Your parcel has arrived', '【ACME】Your code is 9']);
	});

	test('a refused number inside an HTTP 200 answer is a failed item with Yunpian’s code, our meaning and its msg; the others succeed', async () => {
		const result = await run(sendBatch({ mobiles: '13800000010, 13800000002' }));
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)).toEqual([
			{
				success: false,
				mobile: '13800000010',
				messageId: null,
				segments: 0,
				error: 'Yunpian error 10: The number is on the blacklist. Yunpian said: "手机号黑名单过滤". Remove this number from the list: Yunpian will not deliver to it.',
				errorCode: '10',
				preview: preview('【ACME】Your parcel has arrived'),
				fee: 0,
				unit: 'RMB',
			},
			{ success: true, mobile: '13800000002', messageId: '9007199254740993', segments: 1, preview: preview('【ACME】Your parcel has arrived'), fee: 0.05, unit: 'RMB' },
		]);
	});

	test('international numbers are refused (batch_send is mainland only)', async () => {
		const result = await run(sendBatch({ mobiles: '+14155550100' }));
		expect(result.error?.message).toMatch(/Mobile Numbers: .*international/);
		expect(received()).toHaveLength(0);
	});

	test('one bad item stops the node before any request; with Continue On Fail it is an error item', async () => {
		const input = [{ m: '13800000001' }, { m: 'oops' }];
		const stopped = await run(sendBatch({ mobiles: '={{ $json.m }}' }), { input });
		expect(stopped.error?.message).toMatch(/\[item 1\]/);
		expect(received()).toHaveLength(0);
		const continued = await run(sendBatch({ mobiles: '={{ $json.m }}' }), { input, continueOnFail: true });
		expect(continued.items).toEqual([
			{ json: expect.objectContaining({ mobile: '13800000001', success: true }), pairedItem: { item: 0 } },
			{ json: expect.objectContaining({ success: false, mobile: null, messageId: null, errorCode: 'INVALID_INPUT', error: expect.stringContaining('"oops"') }), pairedItem: { item: 1 } },
		]);
		expect(received()).toHaveLength(1);
	});

	test('a failed request with Continue On Fail gives each of its numbers an error item, paired to its item', async () => {
		sandbox.failNext(-53);
		const input = [{ m: '13800000001' }, { m: '13800000002' }];
		const result = await run(sendBatch({ mobiles: '={{ $json.m }}' }), { input, continueOnFail: true });
		const failed = (mobile: string) => ({
			success: false,
			mobile,
			messageId: null,
			segments: 1,
			error: 'Yunpian error -53: The SMS could not be submitted',
			errorCode: '-53',
			description: expect.stringContaining('check the send records (SMS → Get Records) first'),
			httpCode: '400',
			preview: preview('【ACME】Your parcel has arrived'),
		});
		expect(result.items).toEqual([
			{ json: failed('13800000001'), pairedItem: { item: 0 } },
			{ json: failed('13800000002'), pairedItem: { item: 1 } },
		]);
	});
});

describe('Yunpian SMS → Send Personalized (multi_send)', () => {
	const multi = { resource: 'sms', operation: 'sendMulti', mobile: '={{ $json.m }}', text: '={{ $json.t }}' };
	const input = [
		{ m: '13800000001', t: '【ACME】Your code is 1, ok' },
		{ m: '13800000002', t: '【ACME】Your code is 张三' },
	];

	test('URL-encodes each text and joins them with commas, in the order of the numbers', async () => {
		const result = await run(multi, { input });
		expect(result.error).toBeUndefined();
		const fields = expectFormPost(received()[0], 'sms/multi_send', apiKey);
		expect(fields.mobile).toBe('13800000001,13800000002');
		expect(fields.text).toBe(`${encodeURIComponent(input[0].t)},${encodeURIComponent(input[1].t)}`);
		expect(received()[0].rawBody).toContain(`text=${encodeURIComponent(fields.text)}`);
		expect(result.items.map((i) => [i.json.mobile, i.json.success, i.pairedItem])).toEqual([
			['13800000001', true, { item: 0 }],
			['13800000002', true, { item: 1 }],
		]);
		expect(sandbox.messages.map((m) => m.text)).toEqual(input.map((i) => i.t));
	});

	test('a number repeated across items goes in separate requests', async () => {
		const result = await run(multi, { input: [input[0], { ...input[1], m: '13800000001' }] });
		expect(received()).toHaveLength(2);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	test('a list in one item is refused before sending', async () => {
		const result = await run({ ...multi, mobile: '13800000001,13800000002', text: '【ACME】Your code is 1' });
		expect(result.error?.message).toMatch(/Mobile Number: 2 numbers given/);
		expect(received()).toHaveLength(0);
	});
});

describe('Yunpian SMS → Send by Template (tpl_single_send)', () => {
	const sendTemplate = (extra: Record<string, unknown> = {}) => ({
		resource: 'sms',
		operation: 'sendTemplate',
		mobile: '13800138000',
		templateId: byId(2),
		variables: vars({ '#name#': '张三 & co', code: '1234' }),
		...extra,
	});

	test('checks the template, then sends tpl_value encoded as Yunpian requires', async () => {
		const result = await run(sendTemplate());
		expect(result.error).toBeUndefined();
		const [check, post] = received();
		expect(form(check)).toEqual({ tpl_id: '2', apikey: apiKey });
		const fields = expectFormPost(post, 'sms/tpl_single_send', apiKey);
		expect(fields.tpl_value).toBe('%23name%23=%E5%BC%A0%E4%B8%89%20%26%20co&%23code%23=1234');
		// …and encoded once more by the form encoding.
		expect(post.rawBody).toContain('tpl_value=%2523name%2523%3D%25E5%25BC%25A0%25E4%25B8%2589%2520%2526%2520co%26%2523code%2523%3D1234');
		expect(jsonOf(result)).toEqual([
			{ success: true, mobile: '13800138000', messageId: FIRST_SID, segments: 1, preview: preview('【ACME】Hello 张三 & co, your code is 1234'), fee: 0.05, unit: 'RMB', templateId: '2' },
		]);
		expect(sandbox.messages[0].text).toBe('【ACME】Hello 张三 & co, your code is 1234');
	});

	test('a template without variables sends an empty tpl_value', async () => {
		const result = await run(sendTemplate({ templateId: byId(5), variables: {} }));
		expect(result.error).toBeUndefined();
		expect(form(received()[1]).tpl_value).toBe('');
	});

	test('with the check off, one request and Yunpian’s own refusal', async () => {
		const result = await run(sendTemplate({ templateId: byId(3), variables: vars({ code: '1' }), options: { checkTemplate: false } }));
		expect(received()).toHaveLength(1);
		expect(result.error?.message).toBe('Yunpian error 7: The template is not usable yet');
	});

	test.each([
		['a missing variable', { variables: vars({ name: 'x' }) }, /Template Variables: template 2 has #name#, #code#: missing #code#/],
		['an extra variable', { variables: vars({ name: 'x', code: '1', other: '2' }) }, /not in the template: #other#/],
		['a template under review', { templateId: byId(3), variables: vars({ code: '1' }) }, /Template: template 3 is under review/],
		['a rejected template', { templateId: byId(4), variables: vars({ code: '1' }) }, /Template: template 4 is rejected \(模板开头必须带签名\)/],
		['a filled text over 500 characters', { variables: vars({ name: 'x'.repeat(500), code: '1' }) }, /Template Variables: \d+ characters/],
	])('%s is refused after the template check, before sending', async (_name, extra, message) => {
		const result = await run(sendTemplate(extra));
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toMatch(message);
		expect(received().map((r) => r.path)).toEqual(['/v2/tpl/get.json']);
	});

	test.each([
		['an empty value', vars({ name: '', code: '1' }), /variable 1 "name" has no value/],
		['a name twice', vars({ code: '1', '#code#': '2' }), /"code" is given twice/],
		['a name with =', vars({ 'a=b': '1' }), /contains #, & or =/],
		['no name', { values: [{ name: '', value: '1' }] }, /variable 1 has no name/],
	])('%s is refused without any request', async (_name, variables, message) => {
		const result = await run(sendTemplate({ variables }));
		expect(result.error?.message).toMatch(message);
		expect(received()).toHaveLength(0);
	});

	test('an unknown template is Yunpian code 5 from the check', async () => {
		const result = await run(sendTemplate({ templateId: byId(999) }));
		expect(result.error?.message).toMatch(/^Yunpian error 5/);
	});
});

describe('Yunpian SMS → Send Template Batch (tpl_batch_send)', () => {
	const batch = (extra: Record<string, unknown> = {}) => ({
		resource: 'sms',
		operation: 'sendTemplateBatch',
		mobiles: '13800000001,13800000002,13800000003',
		templateId: byId(1),
		variables: vars({ code: '8888' }),
		...extra,
	});

	test('loads the template once, chunks by Batch Size (default 200) and answers per number', async () => {
		const input = [{}, {}];
		const result = await run(batch({ options: { batchSize: 2 } }), { input: [{}] });
		expect(result.error).toBeUndefined();
		const posts = sandbox.requests('sms/tpl_batch_send');
		expect(posts.map((r) => form(r).mobile)).toEqual(['13800000001,13800000002', '13800000003']);
		expect(form(posts[0])).toMatchObject({ tpl_id: '1', tpl_value: '%23code%23=8888', apikey: apiKey });
		expect(jsonOf(result).map((j) => [j.mobile, j.success, j.templateId, j.segments])).toEqual([
			['13800000001', true, '1', 1],
			['13800000002', true, '1', 1],
			['13800000003', true, '1', 1],
		]);
		const twice = await run(batch({ mobiles: '={{ "1380000000" + ($itemIndex + 4) }}' }), { input });
		expect(twice.error).toBeUndefined();
		expect(sandbox.requests('tpl/get')).toHaveLength(2); // one per run, not per item
		expect(sandbox.requests('sms/tpl_batch_send').slice(2).map((r) => form(r).mobile)).toEqual(['13800000004,13800000005']);
	});

	test('items with different values are different requests', async () => {
		const result = await run(batch({ mobiles: '13800000001', variables: { values: [{ name: 'code', value: '={{ $json.c }}' }] } }), { input: [{ c: '1' }, { c: '2' }] });
		expect(result.error).toBeUndefined();
		expect(sandbox.requests('sms/tpl_batch_send').map((r) => form(r).tpl_value)).toEqual(['%23code%23=1', '%23code%23=2']);
	});

	test('a batch larger than Yunpian takes is refused by Yunpian with code 2', async () => {
		sandbox.maxBatch = 2;
		const result = await run(batch({ options: { batchSize: 3 } }));
		expect(result.error?.message).toBe('Yunpian error 2: A parameter has the wrong format');
		expect(result.error?.description).toContain('mobile 个数超过 2');
	});
});

describe('Yunpian SMS: the API key never leaks', () => {
	test('not in items, errors or logs, on success or failure', async () => {
		const ok = await run({ resource: 'sms', operation: 'send', mobile: '13800138000', text: '【ACME】Your code is 1234' });
		expect(everything(ok)).not.toContain(apiKey);
		sandbox.failNext(-50, `echo ${apiKey}`);
		const failed = await run({ resource: 'sms', operation: 'send', mobile: '13800138001', text: '【ACME】Your code is 1234' });
		expect(failed.error?.message).toMatch(/^Yunpian error -50/);
		expect(failed.error?.description).toContain('***');
		expect(everything(failed)).not.toContain(apiKey);
		expect(capturedLogs()).not.toContain(apiKey);
	});
});
