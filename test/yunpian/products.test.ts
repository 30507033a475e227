import { byId, expectFormPost, form, jsonOf, useYunpian, vars } from './setup';

const { sandbox, run, received, apiKey } = useYunpian();

describe('Yunpian Voice', () => {
	test('Send Code posts voice/send; the call’s 32-hex sid is its message ID', async () => {
		const result = await run({ resource: 'voice', operation: 'sendCode', mobile: '13800138000', code: '123456', options: { callbackUrl: 'https://example.com/v', displayNum: '01088880000' } });
		expect(result.error).toBeUndefined();
		expect(expectFormPost(received()[0], 'voice/send', apiKey)).toEqual({ mobile: '13800138000', code: '123456', callback_url: 'https://example.com/v', display_num: '01088880000', apikey: apiKey });
		expect(jsonOf(result)).toEqual([{ success: true, mobile: '13800138000', messageId: expect.stringMatching(/^[0-9a-f]{32}$/), segments: 1, fee: 0.05, unit: 'RMB' }]);
	});

	test('Send Code calls landlines too', async () => {
		const result = await run({ resource: 'voice', operation: 'sendCode', mobile: '010-8888-0000', code: '1234' });
		expect(form(received()[0]).mobile).toBe('01088880000');
		expect(jsonOf(result)[0]).toMatchObject({ mobile: '01088880000', success: true });
	});

	test.each([
		[{ code: '12' }, /Code: "12" is not 4–6 digits/],
		[{ mobile: '12345' }, /Phone Number: "12345"/],
		[{ options: { displayNum: 'abc' } }, /Caller Number/],
	])('Send Code refuses bad input before sending', async (extra, message) => {
		const result = await run({ resource: 'voice', operation: 'sendCode', mobile: '13800138000', code: '1234', ...extra });
		expect(result.error?.message).toMatch(message);
		expect(received()).toHaveLength(0);
	});

	test('Send Notification sends tpl_value as name=value without # marks, encoding only values with = & %', async () => {
		const result = await run({ resource: 'voice', operation: 'sendNotification', mobile: '13800138000', templateId: byId(101), variables: vars({ '#order#': 'A&B=1', time: '17点' }) });
		expect(result.error).toBeUndefined();
		expect(expectFormPost(received()[0], 'voice/tpl_notify', apiKey)).toEqual({ mobile: '13800138000', tpl_id: '101', tpl_value: 'order=A%26B%3D1&time=17点', apikey: apiKey });
		expect(jsonOf(result)[0]).toMatchObject({ success: true, templateId: '101' });
		expect(sandbox.voiceCalls[0]).toMatchObject({ text: 'Your order A&B=1 has shipped at 17点' });
	});

	test('Send Notification with a missing variable is Yunpian code 2', async () => {
		const result = await run({ resource: 'voice', operation: 'sendNotification', mobile: '13800138000', templateId: byId(101), variables: vars({ order: '1' }) });
		expect(result.error?.message).toMatch(/^Yunpian error 2/);
		expect(result.error?.description).toContain('缺少变量 time');
	});

	test('Pull Call Reports sends the type and returns each report once', async () => {
		await run({ resource: 'voice', operation: 'sendCode', mobile: '13800138000', code: '1234' });
		const result = await run({ resource: 'voice', operation: 'pullStatus', pageSize: 10, type: 1 });
		expect(form(received()[1])).toEqual({ page_size: '10', type: '1', apikey: apiKey });
		expect(jsonOf(result)).toEqual([expect.objectContaining({ mobile: '13800138000', report_status: 'SUCCESS', duration: 10 })]);
		expect((await run({ resource: 'voice', operation: 'pullStatus', pageSize: 10, type: 1 })).items).toEqual([]);
	});
});

describe('Yunpian Short URL', () => {
	test('Shorten posts long_url and the options, returns the link', async () => {
		const result = await run({ resource: 'shortUrl', operation: 'shorten', longUrl: 'https://example.com/a b', options: { name: 'promo', provider: 2, statDuration: 7 } });
		expect(expectFormPost(received()[0], 'short_url/shorten', apiKey)).toEqual({ long_url: 'https://example.com/a b', name: 'promo', provider: '2', stat_duration: '7', apikey: apiKey });
		expect(result.error?.message).toMatch(/^Yunpian error 2: /);
		expect(result.error?.description).toContain('long_url');
	});

	test('Shorten returns the short_url object', async () => {
		const result = await run({ resource: 'shortUrl', operation: 'shorten', longUrl: 'https://example.com/offer', options: {} });
		expect(form(received()[0])).toEqual({ long_url: 'https://example.com/offer', apikey: apiKey });
		expect(jsonOf(result)).toEqual([{ sid: 's00001', long_url: 'https://example.com/offer', short_url: 'https://yp2.cn/s00001', enter_url: 'https://yp2.cn/s00001', name: '', stat_expire: '2026-12-26 10:00:00' }]);
	});

	test('Shorten refuses a relative URL before sending', async () => {
		const result = await run({ resource: 'shortUrl', operation: 'shorten', longUrl: '/offer', options: {} });
		expect(result.error?.message).toMatch(/Long URL: "\/offer" is not an http\(s\) address \[item 0\]/);
		expect(received()).toHaveLength(0);
	});

	test('Get Stats lists clicks per time slot and totals them', async () => {
		const result = await run({ resource: 'shortUrl', operation: 'getStats', sid: '7uRTPb', options: { startTime: '2026-11-26 09:30:00' } });
		expect(expectFormPost(received()[0], 'short_url/stat', apiKey)).toEqual({ sid: '7uRTPb', start_time: '2026-11-26 09:30:00', apikey: apiKey });
		expect(jsonOf(result)).toEqual([{ sid: '7uRTPb', total: 5, stats: [{ time: '2026-11-26 10:00:00', clicks: 5 }] }]);
		const unknown = await run({ resource: 'shortUrl', operation: 'getStats', sid: 'nope', options: {} });
		expect(unknown.error?.message).toBe('Yunpian error -55: The record does not exist');
	});
});

describe('Yunpian Video SMS', () => {
	test('Create Template posts multipart with the apikey part, the layout and the material zip', async () => {
		const zip = Buffer.from('PK\u0003\u0004 fake zip content');
		const input = [{ json: {}, binary: { data: { data: zip.toString('base64'), mimeType: 'application/zip', fileName: 'promo.zip' } } }];
		const layout = JSON.stringify({ vlVersion: '0.0.1', subject: 'Sale', frames: [{ index: 1, playTimes: 1, attachments: [] }] });
		const result = await run({ resource: 'videoSms', operation: 'createTemplate', sign: '【ACME】', layout, binaryPropertyName: 'data', options: { callbackUrl: 'https://example.com/v' } }, { input });
		expect(result.error).toBeUndefined();
		const request = received()[0];
		expect(request).toMatchObject({ method: 'POST', path: '/v2/vsms/add_tpl.json' });
		expect(request.contentType).toContain('multipart/form-data');
		expect(request.body).toEqual({ apikey: apiKey, sign: '【ACME】', layout, callback_url: 'https://example.com/v' });
		expect(request.files).toEqual([expect.objectContaining({ fieldName: 'material', fileName: 'promo.zip', contentType: 'application/zip' })]);
		expect(request.files[0].content.equals(zip)).toBe(true);
		expect(jsonOf(result)).toEqual([{ templateId: '200', status: 'CHECKING', approved: false }]);
	});

	test.each([
		[{ sign: 'ACME' }, /Signature: "ACME" is not a signature in 【】/],
		[{ layout: '{"frames": []}' }, /Layout \(JSON\): has no frames/],
		[{ layout: '{oops' }, /Layout \(JSON\): is not valid JSON/],
		[{ binaryPropertyName: 'missing' }, /Material Binary Field: the input item has no binary field "missing"/],
	])('Create Template refuses bad input before sending', async (extra, message) => {
		const input = [{ json: {}, binary: { data: { data: Buffer.from('zip').toString('base64'), mimeType: 'application/zip', fileName: 'a.zip' } } }];
		const result = await run({ resource: 'videoSms', operation: 'createTemplate', sign: '【ACME】', layout: '{"frames":[{"index":1}]}', binaryPropertyName: 'data', options: {}, ...extra }, { input });
		expect(result.error?.message).toMatch(message);
		expect(received()).toHaveLength(0);
	});

	test('Get Template unwraps data', async () => {
		const result = await run({ resource: 'videoSms', operation: 'getTemplate', videoTemplateId: '126' });
		expect(expectFormPost(received()[0], 'vsms/get_tpl', apiKey)).toEqual({ tpl_id: '126', apikey: apiKey });
		expect(jsonOf(result)).toEqual([
			{ templateId: '126', status: 'SUCCESS', approved: true, expireTime: '2027-02-26 12:12:12', reason: null, chinaMobileEnabled: true, chinaUnicomEnabled: true, chinaTelecomEnabled: false },
		]);
	});

	test('Send merges numbers into tpl_batch_send and answers per number', async () => {
		const result = await run({ resource: 'videoSms', operation: 'send', mobiles: '={{ $json.m }}', videoTemplateId: '126', options: { uid: 'v-1' } }, { input: [{ m: '13800000001' }, { m: '13800000002' }] });
		expect(expectFormPost(received()[0], 'vsms/tpl_batch_send', apiKey)).toEqual({ tpl_id: '126', uid: 'v-1', mobile: '13800000001,13800000002', apikey: apiKey });
		expect(result.items).toEqual([
			{ json: { success: true, mobile: '13800000001', messageId: '9007199254740993', segments: 1, fee: 0.2, unit: 'RMB', templateId: '126' }, pairedItem: { item: 0 } },
			{ json: { success: true, mobile: '13800000002', messageId: '9007199254740994', segments: 1, fee: 0.2, unit: 'RMB', templateId: '126' }, pairedItem: { item: 1 } },
		]);
		const pending = await run({ resource: 'videoSms', operation: 'send', mobiles: '13800000001', videoTemplateId: '127', options: {} });
		expect(pending.error?.message).toBe('Yunpian error 7: The template is not usable yet');
	});
});

describe('Yunpian Flow', () => {
	test('Get Packages filters by carrier', async () => {
		const result = await run({ resource: 'flow', operation: 'getPackages', carrier: '10086' });
		expect(expectFormPost(received()[0], 'flow/get_package', apiKey)).toEqual({ carrier: '10086', apikey: apiKey });
		expect(jsonOf(result)).toEqual([{ sn: 1008601, carrier_price: 3, discount: 0.95, capacity: 10, carrier: '10086', name: '中国移动10M' }]);
	});

	test('Recharge tops up one number; an unknown package is code 26', async () => {
		const result = await run({ resource: 'flow', operation: 'recharge', mobile: '13800138000', sn: '1008601', options: { callbackUrl: 'https://example.com/f' } });
		expect(expectFormPost(received()[0], 'flow/recharge', apiKey)).toEqual({ mobile: '13800138000', sn: '1008601', callback_url: 'https://example.com/f', apikey: apiKey });
		expect(jsonOf(result)).toEqual([{ success: true, mobile: '13800138000', rechargeId: '9007199254740993', sn: '1008601', fee: 2.85, unit: 'RMB' }]);
		const unknown = await run({ resource: 'flow', operation: 'recharge', mobile: '13800138000', sn: '42', options: {} });
		expect(unknown.error?.message).toBe('Yunpian error 26: The data package is not supported');
		const bad = await run({ resource: 'flow', operation: 'recharge', mobile: '13800138000', sn: 'big', options: {} });
		expect(bad.error?.message).toMatch(/Package Serial Number: "big"/);
		expect(received()).toHaveLength(2);
	});

	test('Pull Top-Up Reports returns each report once', async () => {
		await run({ resource: 'flow', operation: 'recharge', mobile: '13800138000', sn: '1008601', options: {} });
		const result = await run({ resource: 'flow', operation: 'pullStatus', pageSize: 5 });
		expect(form(received()[1])).toEqual({ page_size: '5', apikey: apiKey });
		expect(jsonOf(result)).toEqual([expect.objectContaining({ sid: '9007199254740993', mobile: '13800138000', report_status: 'SUCCESS' })]);
	});
});
