import axios, { type AxiosInstance } from 'axios';
import { sleep } from 'n8n-workflow';

import { YunpianSandbox, yunpianTestApiKey, yunpianWrongApiKey } from './index';

const sandbox = new YunpianSandbox();
let api: AxiosInstance;
let baseURL: string;

/** POSTs a form with the test key (unless `apikey` is given). */
const post = async (path: string, fields: Record<string, string> = {}) =>
	await api.post(`/v2/${path}.json`, new URLSearchParams({ apikey: yunpianTestApiKey, ...fields }).toString(), {
		headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
	});

beforeAll(async () => {
	baseURL = await sandbox.start(0);
	api = axios.create({ baseURL, validateStatus: () => true });
});

afterAll(async () => await sandbox.stop());

beforeEach(() => {
	sandbox.reset();
	sandbox.now = () => new Date('2026-11-26T02:00:00.000Z');
});

describe('Yunpian sandbox: transport rules', () => {
	test('POST only: GET is code 11', async () => {
		const answer = await api.get('/v2/user/get.json');
		expect([answer.status, answer.data]).toEqual([400, { http_status_code: 400, code: 11, msg: '接口不支持GET方式调用', detail: expect.any(String) }]);
	});

	test('apikey: missing is 1, wrong is -1, JSON bodies carry none, IP whitelist is -3', async () => {
		expect((await post('user/get', { apikey: '' })).data.code).toBe(1);
		expect((await post('user/get', { apikey: yunpianWrongApiKey })).data).toMatchObject({ code: -1, msg: '非法的apikey', detail: 'apikey不正确或没有授权' });
		expect((await api.post('/v2/user/get.json', { apikey: yunpianTestApiKey })).data.code).toBe(1);
		sandbox.ipAllowed = false;
		expect((await post('user/get')).data.code).toBe(-3);
	});

	test('product prefixes must match the resource; unknown paths are 404', async () => {
		expect((await api.post('/sms/v2/user/get.json', new URLSearchParams({ apikey: yunpianTestApiKey }).toString(), { headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(200);
		expect((await api.post('/voice/v2/user/get.json', 'apikey=x', { headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(404);
		expect((await post('user/nothing')).status).toBe(404);
	});

	test('failNext answers once; hooks are not recorded', async () => {
		sandbox.failNext(-50);
		expect((await post('user/get')).data.code).toBe(-50);
		expect((await post('user/get')).status).toBe(200);
		await api.post('/__sandbox/fail-next', { code: -5 });
		expect((await post('user/get')).data.code).toBe(-5);
		expect(sandbox.server.received.every((request) => !request.path.startsWith('/__sandbox/'))).toBe(true);
	});

	test('sids above 2^53 are written as bare JSON numbers', async () => {
		const answer = await api.post('/v2/sms/single_send.json', new URLSearchParams({ apikey: yunpianTestApiKey, mobile: '13800138000', text: '【ACME】Your code is 1' }).toString(), {
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			responseType: 'text',
			transformResponse: (raw) => raw,
		});
		expect(answer.data).toContain('"sid":9007199254740993');
	});
});

describe('Yunpian sandbox: sending', () => {
	test('single_send: one number, intl allowed; two numbers are code 2', async () => {
		expect((await post('sms/single_send', { mobile: '+14155550100', text: '【ACME】Your code is 1' })).data).toMatchObject({ code: 0, mobile: '+14155550100', count: 1, fee: 0.05 });
		expect((await post('sms/single_send', { mobile: '13800000001,13800000002', text: '【ACME】Your code is 1' })).data.code).toBe(2);
		expect((await post('sms/single_send', { mobile: '13800000001' })).data).toMatchObject({ code: 1, detail: 'text 不能为空' });
	});

	test('text rules: 16 without 【】, 15 unapproved, 4 blocked, 5 unmatched', async () => {
		const codes = [];
		for (const text of ['Your code is 1', '【Pending】Your code is 1', '【ACME】Your code is 发票', '【ACME】random text']) {
			codes.push((await post('sms/single_send', { mobile: '13800000001', text })).data.code);
		}
		expect(codes).toEqual([16, 15, 4, 5]);
	});

	test('batch_send: per-number codes in a 200 answer, intl numbers refused, the 1000 cap', async () => {
		const answer = await post('sms/batch_send', { mobile: '13800000010,13800000001', text: '【ACME】Your parcel has arrived' });
		expect(answer.data).toMatchObject({ total_count: 1, total_fee: '0.0500', unit: 'RMB', data: [{ code: 10, sid: 0 }, { code: 0, mobile: '13800000001' }] });
		expect((await post('sms/batch_send', { mobile: '+14155550100', text: '【ACME】Your parcel has arrived' })).data.code).toBe(2);
		sandbox.maxBatch = 1;
		expect((await post('sms/batch_send', { mobile: '13800000001,13800000002', text: '【ACME】Your parcel has arrived' })).data.code).toBe(2);
	});

	test('duplicates: 8 within 30 s, 9 after three in five minutes', async () => {
		const send = async () => (await post('sms/single_send', { mobile: '13800000001', text: '【ACME】Your code is 1' })).data.code;
		expect(await send()).toBe(0);
		expect(await send()).toBe(8);
		sandbox.now = () => new Date('2026-11-26T02:00:40.000Z');
		expect(await send()).toBe(0);
		sandbox.now = () => new Date('2026-11-26T02:01:20.000Z');
		expect(await send()).toBe(0);
		sandbox.now = () => new Date('2026-11-26T02:02:00.000Z');
		expect(await send()).toBe(9);
	});

	test('multi_send: texts must be encoded one by one; counts must match (25)', async () => {
		const texts = ['【ACME】Your code is 1', '【ACME】Your code is 2'];
		expect((await post('sms/multi_send', { mobile: '13800000001,13800000002', text: texts.map(encodeURIComponent).join(',') })).data.data).toHaveLength(2);
		expect((await post('sms/multi_send', { mobile: '13800000001', text: texts.map(encodeURIComponent).join(',') })).data.code).toBe(25);
		expect((await post('sms/multi_send', { mobile: '13800000001', text: texts[0] })).data.code).toBe(2);
	});

	test('tpl_value: names with #, both sides URL-encoded, every variable given', async () => {
		const send = async (tplValue: string, tplId = '2') => (await post('sms/tpl_single_send', { mobile: '13800000001', tpl_id: tplId, tpl_value: tplValue })).data;
		expect(await send('%23name%23=%E5%BC%A0&%23code%23=1')).toMatchObject({ code: 0 });
		expect(sandbox.messages[0].text).toBe('【ACME】Hello 张, your code is 1');
		expect((await send('#name#=x&#code#=1')).detail).toContain('urlencode');
		expect((await send('name=x&code=1')).detail).toContain('#号');
		expect((await send('%23name%23=x')).detail).toBe('tpl_value 缺少变量 #code#');
		expect((await send('%23name%23=&%23code%23=1')).detail).toContain('值为空');
		expect((await send('', '3')).code).toBe(7);
		expect((await send('', '99')).code).toBe(5);
		expect((await send('', 'x')).code).toBe(2);
	});

	test('a balance too low for the whole request is code 3', async () => {
		sandbox.account.balance = 0.05;
		expect((await post('sms/batch_send', { mobile: '13800000001,13800000002', text: '【ACME】Your parcel has arrived' })).data.code).toBe(3);
		expect(sandbox.messages).toHaveLength(0);
	});
});

describe('Yunpian sandbox: templates, signatures and queries', () => {
	test('tpl/get answers an array without id and an object with one', async () => {
		expect(Array.isArray((await post('tpl/get')).data)).toBe(true);
		expect((await post('tpl/get', { tpl_id: '1' })).data).toEqual({ tpl_id: 1, tpl_content: '【ACME】Your code is #code#', check_status: 'SUCCESS', reason: null });
	});

	test('sign/add rules and sign/get paging', async () => {
		expect((await post('sign/add', { sign: '云片网' })).data.code).toBe(34);
		expect((await post('sign/add', { sign: 'ACME' })).data.code).toBe(-54);
		expect((await post('sign/add', { sign: 'Shop', notify: 'maybe' })).data.code).toBe(2);
		expect((await post('sign/get', { page_num: '2', page_size: '2' })).data).toMatchObject({ total: 3, sign: [{ sign: 'Rejected' }] });
	});

	test('queries check their times and page sizes', async () => {
		expect((await post('sms/get_record', { start_time: '2026-11-26', end_time: '2026-11-26 23:59:59' })).data.code).toBe(2);
		expect((await post('sms/get_reply', { start_time: '2026-11-26 00:00:00', end_time: '2026-11-26 23:59:59', page_num: '1' })).data.code).toBe(1);
		expect((await post('sms/pull_status', { page_size: '101' })).data.code).toBe(2);
		expect((await post('sms/count', { start_time: '2026-11-26 00:00:00', end_time: '2026-11-26 23:59:59' })).data).toEqual({ total: 0 });
	});

	test('voice, flow, short links and video SMS answer their documented shapes', async () => {
		expect((await post('voice/send', { mobile: '13800000001', code: '12' })).data.code).toBe(2);
		expect((await post('voice/tpl_notify', { mobile: '13800000001', tpl_id: '101', tpl_value: 'order=1&time=2' })).data).toMatchObject({ count: 1, fee: 0.05, sid: expect.stringMatching(/^[0-9a-f]{32}$/) });
		expect((await post('flow/get_package', { carrier: '1' })).data.code).toBe(2);
		expect((await post('short_url/shorten', { long_url: 'https://example.com', stat_duration: '31' })).data.code).toBe(2);
		expect((await post('vsms/get_tpl', { tpl_id: '126' })).data).toMatchObject({ code: 0, msg: 'OK', data: { tpl_id: 126, check_status: 'SUCCESS' } });
		expect((await post('vsms/add_tpl', { sign: '【ACME】' })).data.code).toBe(1); // not multipart
	});
});

describe('Yunpian sandbox: pulls and the call rate', () => {
	test('pull_status hands each report out once, page_size at a time', async () => {
		sandbox.smsReports = [1, 2, 3].map((sid) => ({ sid, uid: null, user_receive_time: '2026-11-26 10:00:00', error_msg: 'DELIVRD', error_detail: '接收成功', mobile: '13800000001', report_status: 'SUCCESS' }));
		expect((await post('sms/pull_status', { page_size: '2' })).data.map((row: { sid: number }) => row.sid)).toEqual([1, 2]);
		expect((await post('sms/pull_status', { page_size: '2' })).data.map((row: { sid: number }) => row.sid)).toEqual([3]);
		expect((await post('sms/pull_status', { page_size: '2' })).data).toEqual([]);
	});

	test('above maxCallsPerSecond calls of one key in a second, Yunpian answers -5 and hands nothing out (the seed: 3000 TPS per key)', async () => {
		expect(sandbox.maxCallsPerSecond).toBe(3000);
		sandbox.maxCallsPerSecond = 2;
		sandbox.pendingReplies = sandbox.pendingReplies.slice(0, 1);
		// Start at the beginning of a second, so that all three calls fall in it.
		await sleep(1000 - (Date.now() % 1000));
		expect((await post('user/get')).status).toBe(200);
		expect((await post('user/get')).status).toBe(200);
		const refused = await post('sms/pull_reply', { page_size: '20' });
		expect([refused.status, refused.data.code, refused.data.msg]).toEqual([400, -5, '访问频率超限']);
		expect(sandbox.pendingReplies).toHaveLength(1);
		expect(sandbox.rateRefused).toEqual(['/v2/sms/pull_reply.json']);
	});
});
