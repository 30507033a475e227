import axios, { type AxiosInstance } from 'axios';

import { basicHeader, JPushSandbox, jpushTestCredentials } from './index';

const sandbox = new JPushSandbox();
const { appKey, masterSecret, devKey, devSecret } = jpushTestCredentials;
let api: AxiosInstance;
let baseURL: string;

beforeAll(async () => {
	baseURL = await sandbox.start(0);
	api = axios.create({ baseURL, headers: { Authorization: basicHeader(appKey, masterSecret) }, validateStatus: () => true });
});
afterAll(async () => await sandbox.stop());
beforeEach(() => sandbox.reset());

const recipients = (n: number) => Array.from({ length: n }, (_x, i) => ({ mobile: `1380${String(i).padStart(7, '0')}`, temp_para: { number: String(i) } }));

describe('JPush sandbox: auth, routing and bodies', () => {
	it('wants Basic appKey:masterSecret: none → 400/50001, wrong → 401/50002', async () => {
		const none = await axios.get(`${baseURL}/v1/accounts/app`, { validateStatus: () => true });
		expect([none.status, none.data]).toEqual([400, { error: { code: 50001, message: 'missing auth' } }]);
		for (const Authorization of [`Bearer ${masterSecret}`, basicHeader(appKey, 'nope'), basicHeader(devKey, devSecret)]) {
			const wrong = await axios.get(`${baseURL}/v1/accounts/app`, { headers: { Authorization }, validateStatus: () => true });
			expect([wrong.status, wrong.data.error.code]).toEqual([401, 50002]);
		}
		expect((await api.get('/v1/accounts/app')).data).toEqual({ app_balance: 1000, app_voice: 100, app_industry: 500, app_market: 300 });
	});

	it('/v1/accounts/dev takes only the developer pair unless told otherwise', async () => {
		expect((await api.get('/v1/accounts/dev')).status).toBe(401);
		const dev = await axios.get(`${baseURL}/v1/accounts/dev`, { headers: { Authorization: basicHeader(devKey, devSecret) } });
		expect(dev.data).toEqual({ dev_balance: 9, dev_voice: 702, dev_industry: 121981, dev_market: null });
		sandbox.devAcceptsAppPair = true;
		expect((await api.get('/v1/accounts/dev')).status).toBe(200);
	});

	it('unknown path → 404/50016, wrong method → 405/50018', async () => {
		expect((await api.get('/v1/nothing')).data.error.code).toBe(50016);
		const wrong = await api.get('/v1/messages');
		expect([wrong.status, wrong.data.error.code]).toEqual([405, 50018]);
	});

	it('JSON routes: other media → 415/50017, empty → 400/50003, broken or mistyped → 403/50007', async () => {
		const form = await api.post('/v1/messages', 'mobile=1', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
		expect([form.status, form.data.error.code]).toEqual([415, 50017]);
		const empty = await api.post('/v1/messages', '', { headers: { 'content-type': 'application/json' }, transformRequest: [(data: unknown) => data] });
		expect([empty.status, empty.data.error.code]).toEqual([400, 50003]);
		const broken = await api.post('/v1/messages', '{"mobile":', { headers: { 'content-type': 'application/json' } });
		expect([broken.status, broken.data.error.code]).toEqual([403, 50007]);
		const typed = await api.post('/v1/messages', { mobile: '13800138000', temp_id: '1002', temp_para: { number: '1' } });
		expect(typed.data.error.code).toBe(50007);
	});

	it('send checks: missing mobile/temp_id, bad number, template states and types, variables', async () => {
		const post = async (body: object) => (await api.post('/v1/messages', body)).data.error?.code;
		expect(await post({ temp_id: 1002 })).toBe(50004);
		expect(await post({ mobile: '13800138000' })).toBe(50005);
		expect(await post({ mobile: '12345', temp_id: 1002 })).toBe(50006);
		expect(await post({ mobile: '13800138000', temp_id: 9 })).toBe(50013);
		expect(await post({ mobile: '13800138000', temp_id: 1004, temp_para: { number: '1' } })).toBe(50020);
		expect(await post({ mobile: '13800138000', temp_id: 1005, temp_para: { number: '1' } })).toBe(50021);
		expect(await post({ mobile: '13800138000', temp_id: 1001 })).toBe(50025);
		expect(await post({ mobile: '13800138000', temp_id: 1002 })).toBe(50022);
		expect(await post({ mobile: '13800138000', temp_id: 1002, temp_para: { number: '' } })).toBe(50023);
		expect(await post({ mobile: '13800138000', temp_id: 1002, temp_para: { number: '【x】' } })).toBe(50054);
		expect(await post({ mobile: '13800138000', temp_id: 1002, temp_para: { number: 'x'.repeat(340) } })).toBe(50038);
		expect(await post({ mobile: '13800138000', temp_id: 1002, sign_id: 503, temp_para: { number: '1' } })).toBe(50102);
		const ok = await api.post('/v1/messages', { mobile: '13800138000', temp_id: 1002, temp_para: { number: '1' } });
		expect(ok.data).toEqual({ msg_id: '288193860302' });
		sandbox.msgIdAsNumber = true;
		const bare = await api.post('/v1/messages', { mobile: '13800138001', temp_id: 1006 }, { transformResponse: (text) => text });
		expect(bare.data).toBe('{"msg_id":288193860303}');
	});

	it('batch: 1000 recipients accepted, 1001 → 50031, none → 50030; failures stay in the list in order', async () => {
		sandbox.appBalance.app_industry = 5000;
		const full = await api.post('/v1/messages/batch', { temp_id: 1002, recipients: recipients(1000) });
		expect([full.status, full.data.success_count, full.data.recipients.length]).toEqual([200, 1000, 1000]);
		expect((await api.post('/v1/messages/batch', { temp_id: 1002, recipients: recipients(1001) })).data.error.code).toBe(50031);
		expect((await api.post('/v1/messages/batch', { temp_id: 1002, recipients: [] })).data.error.code).toBe(50030);
		const mixed = await api.post('/v1/messages/batch', { temp_id: 1002, recipients: [{ mobile: '13812345678', temp_para: { number: '1' } }, { mobile: '186030', temp_para: { number: '2' } }] });
		expect(mixed.data).toEqual({
			success_count: 1,
			failure_count: 1,
			recipients: [
				{ msg_id: expect.any(String), mobile: '13812345678' },
				{ error_code: '50006', error_message: 'invalid mobile', msg_id: expect.any(String), mobile: '186030', temp_para: { number: '2' } },
			],
		});
	});

	it('codes: generated, verified once, expiring on the sandbox clock; voice checks', async () => {
		const sent = await api.post('/v1/codes', { mobile: '13800138000', temp_id: 1007 });
		const code = sandbox.lastCode('13800138000')!.code;
		expect((await api.post(`/v1/codes/${sent.data.msg_id}/valid`, { code: '000000' })).data).toEqual({ is_valid: false, error: { code: 50010, message: 'invalid code' } });
		expect((await api.post(`/v1/codes/${sent.data.msg_id}/valid`, { code })).data).toEqual({ is_valid: true });
		expect((await api.post(`/v1/codes/${sent.data.msg_id}/valid`, { code })).data.error.code).toBe(50012);
		expect((await api.post(`/v1/codes/${sent.data.msg_id}/valid`, {})).data.error.code).toBe(50015);
		const voice = await api.post('/v1/voice_codes', { mobile: '13900139000', code: '1234', ttl: 10 });
		const start = sandbox.now();
		sandbox.now = () => start + 11_000;
		expect((await api.post(`/v1/codes/${voice.data.msg_id}/valid`, { code: '1234' })).data.error.code).toBe(50011);
		expect((await api.post('/v1/voice_codes', { mobile: '13900139000', code: '12' })).data.error.code).toBe(50038);
		expect((await api.post('/v1/voice_codes', { mobile: '13900139000', code: '12ab' })).data.error.code).toBe(50039);
		expect((await api.post('/v1/voice_codes', { mobile: '13900139000', voice_lang: 5 })).data.error.code).toBe(50040);
		expect((await api.post('/v1/voice_codes', { mobile: '13900139000', ttl: 0 })).data.error.code).toBe(50041);
	});

	it('signatures want multipart (415 otherwise); /v1/sign/ is an alias; DELETE answers 200 with no body', async () => {
		expect((await api.post('/v1/sign', { sign: 'ACME' })).data.error.code).toBe(50017);
		const boundary = 'b0undary';
		const body = `--${boundary}\r\nContent-Disposition: form-data; name="sign"\r\n\r\nACME\r\n--${boundary}--\r\n`;
		const made = await api.post('/v1/sign/', body, { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
		expect(made.data).toEqual({ sign_id: 10000 });
		const removed = await api.delete('/v1/sign/10000', { transformResponse: (text) => text });
		expect([removed.status, removed.data, removed.headers['content-length']]).toEqual([200, '', '0']);
	});

	it('failNext answers once (optionally as HTTP 200); reset restores the seed and forgets requests; hooks work over HTTP', async () => {
		sandbox.failNext(50019);
		const failed = await api.get('/v1/accounts/app');
		expect([failed.status, failed.data]).toEqual([500, { error: { code: 50019, message: 'server error' } }]);
		await axios.post(`${baseURL}/__sandbox/fail-next`, { code: 50014, asHttp200: true });
		const http200 = await api.get('/v1/accounts/app');
		expect([http200.status, http200.data.error.code]).toEqual([200, 50014]);
		expect((await api.get('/v1/accounts/app')).status).toBe(200);
		await axios.post(`${baseURL}/__sandbox/templates/1004/status`, { status: 1 });
		expect(sandbox.templates.get(1004)?.status).toBe(1);
		expect(sandbox.server.received).toHaveLength(3);
		await axios.post(`${baseURL}/__sandbox/reset`);
		expect(sandbox.templates.get(1004)?.status).toBe(0);
		expect(sandbox.server.received).toHaveLength(0);
	});
});

describe('JPush sandbox: pull APIs (jpush.md §2.22–2.23)', () => {
	const report = (i: number, receiveTime = Date.now()) => ({ msgId: String(300000000000 + i), phone: '13800138000', receiveTime, status: 4001 });

	it('hand each record out once, at most 500 a call, one call per API every 5 s (50009 otherwise, nothing handed out)', async () => {
		const start = 1_800_000_000_000;
		let clock = start;
		sandbox.now = () => clock;
		sandbox.reports = Array.from({ length: 501 }, (_x, i) => report(i, clock));
		sandbox.replies = [{ phone: '13800138000', replyTime: clock, content: 'TD' }];
		const first = await api.get('/v1/report');
		expect([first.status, first.data.length, first.data[0].msgId]).toEqual([200, 500, '300000000000']);
		clock += 4999;
		const refused = await api.get('/v1/report');
		expect([refused.status, refused.data]).toEqual([403, { error: { code: 50009, message: 'out of freq' } }]);
		expect(sandbox.reports).toHaveLength(1);
		expect(sandbox.refusedPulls).toEqual([{ path: '/v1/report', at: clock }]);
		// The other API has its own 5 s.
		expect((await api.get('/v1/reply')).data).toEqual([{ phone: '13800138000', replyTime: start, content: 'TD' }]);
		clock += 1;
		expect((await api.get('/v1/report')).data.map((one: { msgId: string }) => one.msgId)).toEqual(['300000000500']);
		clock += 5000;
		expect((await api.get('/v1/report')).data).toEqual([]);
		clock += 5000;
		expect((await api.get('/v1/reply')).data).toEqual([]);
	});

	it('reports older than 3 days are never handed out', async () => {
		const now = Date.now();
		sandbox.reports = [report(1, now - 3 * 24 * 3600 * 1000 - 1), report(2, now - 3 * 24 * 3600 * 1000 + 60_000)];
		expect((await api.get('/v1/report')).data.map((one: { msgId: string }) => one.msgId)).toEqual(['300000000002']);
		expect(sandbox.reports).toEqual([]);
	});
});
