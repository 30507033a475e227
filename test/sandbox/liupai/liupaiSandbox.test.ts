import axios, { type AxiosInstance } from 'axios';

import { FIRST_MSGID, LiupaiSandbox, liupaiTestAppkey, matchesTemplate } from './index';

const sandbox = new LiupaiSandbox();
let api: AxiosInstance;
let baseURL: string;

/** POSTs a form to `/sms/<name>` with the appkey in the query, as the node does. */
const call = async (name: string, fields: Record<string, string> = {}, appkey = liupaiTestAppkey) =>
	(await api.post(`/sms/${name}`, new URLSearchParams(fields).toString(), { params: { appkey }, headers: { 'content-type': 'application/x-www-form-urlencoded' } })).data;

beforeAll(async () => {
	baseURL = await sandbox.start(0);
	api = axios.create({ baseURL, validateStatus: () => true });
});

afterAll(async () => await sandbox.stop());

beforeEach(() => sandbox.reset());

describe('Liupai sandbox', () => {
	test('checks the appkey in the query or the form, GET or POST; HTTP 200 either way', async () => {
		expect(await call('balance', {}, 'nope')).toEqual({ status: 101, msg: 'APPKEY为空或不存在', result: '' });
		const get = await api.get('/sms/balance', { params: { appkey: liupaiTestAppkey } });
		expect([get.status, get.data]).toEqual([200, { status: 200, msg: 'ok', result: { accountid: 0, company: 'Sandbox Co.', totalnum: 1000, usednum: 0 } }]);
		const inBody = await api.post('/sms/balance', new URLSearchParams({ appkey: liupaiTestAppkey }).toString(), { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
		expect(inBody.data.status).toBe(200);
		expect(sandbox.server.received).toHaveLength(3);
	});

	test('404 off the eight paths, 405 for other methods, JSON bodies are not read', async () => {
		expect((await api.get('/sms/nothing')).status).toBe(404);
		const put = await api.put('/sms/send');
		expect([put.status, put.data.status]).toEqual([405, 405]);
		const json = await api.post('/sms/send', { mobile: '13800138000' }, { params: { appkey: liupaiTestAppkey } });
		expect(json.data).toEqual({ status: 201, msg: 'mobile不能为空', result: [] });
	});

	test('send: required fields, one mobile only, approval, content match, then the quota is charged', async () => {
		const base = { mobile: '13800138000', templateid: '1001', content: '【Demo】您的验证码是1234' };
		expect((await call('send', { ...base, mobile: '' })).msg).toBe('mobile不能为空');
		expect((await call('send', { ...base, mobile: '13800138000,13800138001' })).msg).toBe('mobile(不支持群发)格式错误');
		expect((await call('send', { ...base, mobile: '1380013800' })).status).toBe(202);
		expect((await call('send', { ...base, templateid: 'x' })).status).toBe(202);
		expect((await call('send', { ...base, templateid: '9' })).msg).toBe('模板不存在');
		expect((await call('send', { ...base, templateid: '1002', content: '【Demo】您的订单1已发货' })).status).toBe(204);
		expect((await call('send', { ...base, content: '【Demo】您的验证码是' })).status).toBe(205);
		expect(await call('send', base)).toEqual({ status: 200, msg: 'ok', result: { count: '1', msgid: FIRST_MSGID.toString(), accountid: 12 } });
		expect([sandbox.root.usednum, sandbox.accounts.get(12)?.usednum, sandbox.logs]).toEqual([1, 1, [expect.objectContaining({ mobile: '13800138000', templateid: 1001 })]]);
	});

	test('send: the seed’s anti-abuse rule per number (4 a minute, 5 an hour, 8 a day) for non-marketing templates', async () => {
		sandbox.setClock('2026-11-26T00:00:00Z');
		const code = { mobile: '13800138000', templateid: '1001', content: '【Demo】您的验证码是1' };
		const statuses: number[] = [];
		for (let i = 0; i < 5; i++) statuses.push((await call('send', code)).status);
		expect(statuses).toEqual([200, 200, 200, 200, 104]);
		expect((await call('send', { ...code, templateid: '1004', content: '【Demo】新品上市,回TD退订' })).status).toBe(200);
		sandbox.advanceClock(60_000);
		expect((await call('send', code)).status).toBe(200);
		sandbox.advanceClock(60_000);
		expect((await call('send', code)).status).toBe(104);
	});

	test('send: 206 when the quota would be exceeded; 70 characters are one message', async () => {
		sandbox.root.usednum = 999;
		const long = { mobile: '13800138000', templateid: '1001', content: `【Demo】您的验证码是${'1'.repeat(20)}` };
		expect((await call('send', long)).result.count).toBe('1');
		expect((await call('send', { ...long, mobile: '13800138001' })).status).toBe(206);
		expect(matchesTemplate('【A】@和@', '【A】x和y')).toBe(true);
		expect(matchesTemplate('【A】@和@', '【A】x和')).toBe(false);
	});

	test('addaccount / editaccount / accountlist', async () => {
		expect((await call('addaccount', { company: 'C', signature: 'C', totalnum: '5' })).status).toBe(207);
		expect((await call('addaccount', { company: 'C', signature: '【CC】', totalnum: '0' })).status).toBe(202);
		expect((await call('addaccount', { company: 'C', signature: '【CC】' })).msg).toBe('totalnum不能为空');
		const created = await call('addaccount', { company: 'C', signature: '【CC】', totalnum: '5' });
		expect(created.result).toEqual({ company: 'C', signature: '【CC】', statusurl: '', replyurl: '', replyusername: '', replypassword: '', totalnum: 5, accountid: 20 });
		expect((await call('editaccount', { accountid: '20', totalnum: '7' })).result).toMatchObject({ company: 'C', totalnum: 7 });
		sandbox.editMode = 'replace';
		expect((await call('editaccount', { accountid: '20', totalnum: '8' })).result).toMatchObject({ company: '', signature: '', totalnum: 8 });
		expect((await call('editaccount', { accountid: '99' })).status).toBe(203);
		const list = await call('accountlist', { page: '1', pageSize: '2' });
		expect(list.result).toMatchObject({ total: 3, page: 1, pagesize: 2, list: [{ accountid: 12 }, { accountid: 13 }] });
		sandbox.listShape = 'array';
		expect((await call('accountlist', { page: '2', pageSize: '2' })).result).toEqual([expect.objectContaining({ accountid: 20 })]);
		expect((await call('accountlist', { page: '0' })).status).toBe(202);
	});

	test('addtemplate / templatelist', async () => {
		expect((await call('addtemplate', { accountid: '12', title: 't', content: '促销', ismarket: '1' })).status).toBe(208);
		expect((await call('addtemplate', { accountid: '12', title: 't', content: 'x', ismarket: '2' })).status).toBe(202);
		expect((await call('addtemplate', { accountid: '12', title: 't', content: 'x' })).msg).toBe('ismarket不能为空');
		expect((await call('addtemplate', { accountid: '98', title: 't', content: 'x', ismarket: '0' })).msg).toBe('子账号不存在');
		const created = await call('addtemplate', { accountid: '13', title: 't', content: '【Other】@', ismarket: '0' });
		expect(created.result).toEqual({ accountid: 13, name: 't', content: '【Other】@', templateid: 2001, status: 0, ismarket: 0 });
		const list = await call('templatelist', { accountid: '13' });
		expect(list.result.list.map((row: { templateid: number }) => row.templateid)).toEqual([1005, 2001]);
		expect((await call('templatelist', {})).msg).toBe('accountid不能为空');
	});

	test('sendlogs: bare-number msgid, dates checked, 20 rows a page, newest first', async () => {
		sandbox.setClock('2026-11-26T00:00:00Z');
		for (let i = 0; i < 3; i++) {
			await call('send', { mobile: `1390013900${i}`, templateid: '1001', content: '【Demo】您的验证码是1' });
			sandbox.advanceClock(1000);
		}
		const raw = await api.post('/sms/sendlogs', '', { params: { appkey: liupaiTestAppkey }, transformResponse: (text) => text });
		expect(raw.data).toContain(`"msgid":${(FIRST_MSGID + 2n).toString()}`);
		const logs = await call('sendlogs', { start_date: '2026-11-26', end_date: '2026-11-26' });
		expect(logs.result.list.map((row: { mobile: string; is_ok: number }) => [row.mobile, row.is_ok])).toEqual([
			['13900139002', 1],
			['13900139001', 1],
			['13900139000', 0],
		]);
		expect((await call('sendlogs', { start_date: '26/11/2026' })).status).toBe(202);
		expect((await call('sendlogs', { start_date: '2026-11-27', end_date: '2026-11-26' })).status).toBe(202);
		expect((await call('sendlogs', { page: '2' })).result.list).toEqual([]);
	});

	test('failNext faults, once each; reset restores the seed and forgets requests', async () => {
		sandbox.failNext({ kind: 'http', httpStatus: 503 });
		sandbox.failNext({ kind: 'jsonp' });
		expect((await api.post('/sms/balance', '', { params: { appkey: liupaiTestAppkey } })).status).toBe(503);
		const jsonp = await api.post('/sms/balance', '', { params: { appkey: liupaiTestAppkey }, transformResponse: (text) => text });
		expect(jsonp.data).toMatch(/^cb\(\{"status":200/);
		expect((await call('balance')).status).toBe(200);
		sandbox.accounts.delete(12);
		sandbox.reset();
		expect(sandbox.accounts.has(12)).toBe(true);
		expect(sandbox.server.received).toHaveLength(0);
	});

	test('hooks over HTTP: config, template status, state', async () => {
		await api.post('/__sandbox/config', { statusAsString: true, echoAppkey: true });
		expect(await call('balance', {}, 'bad-key')).toEqual({ status: '101', msg: 'APPKEY为空或不存在: bad-key (POST /sms/balance?appkey=bad-key)', result: '' });
		await api.post('/__sandbox/templates/1002/status', { status: 1 });
		const state = (await api.get('/__sandbox/state')).data;
		expect(state.templates.find((row: { templateid: number }) => row.templateid === 1002).status).toBe(1);
		await api.post('/__sandbox/fail-next', { kind: 'empty' });
		expect((await api.post('/sms/balance', '', { params: { appkey: liupaiTestAppkey }, transformResponse: (text) => text })).data).toBe('');
		await api.post('/__sandbox/reset');
		expect(sandbox.statusAsString).toBe(false);
	});
});
