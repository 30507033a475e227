import axios, { type AxiosInstance, type AxiosRequestConfig } from 'axios';

import { beijingDay, UpyunSandbox, upyunTestToken } from './index';

const sandbox = new UpyunSandbox();
let api: AxiosInstance;
let baseURL: string;

/** `[body, config]` for `api.post(path, ...form(fields))`. */
const form = (fields: Record<string, string>): [string, AxiosRequestConfig] => [
	new URLSearchParams(fields).toString(),
	{ headers: { 'content-type': 'application/x-www-form-urlencoded' } },
];

/** `[body, config]` for `api.post(path, ...multipart(fields, file))`. */
function multipart(fields: Record<string, string>, file?: { name: string; type: string; content: string }): [Buffer, AxiosRequestConfig] {
	const boundary = 'sandbox-test-boundary';
	let body = '';
	for (const [name, value] of Object.entries(fields)) {
		body += `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
	}
	if (file) {
		body += `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n${file.content}\r\n`;
	}
	body += `--${boundary}--\r\n`;
	return [Buffer.from(body, 'utf8'), { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }];
}

const newTemplate = {
	title: 'welcome',
	content: 'Welcome {$var1}',
	temp_sign: 'ACME',
	sign_location: 'top',
	type: 'industry',
	report_type: 'vip',
};

beforeAll(async () => {
	baseURL = await sandbox.start(0);
	api = axios.create({ baseURL, headers: { Authorization: upyunTestToken }, validateStatus: () => true });
});

afterAll(async () => {
	await sandbox.stop();
});

beforeEach(() => {
	sandbox.reset();
});

describe('auth and routing', () => {
	it('wants the raw token in Authorization', async () => {
		for (const headers of [{}, { Authorization: `Bearer ${upyunTestToken}` }, { Authorization: 'wrong' }]) {
			const answer = await axios.get(`${baseURL}/api/users/remain`, { headers, validateStatus: () => true });
			expect(answer.status).toBe(401);
			expect(answer.data.error_code).toBe('INVALID_CREDENTIALS');
		}
		const ok = await api.get('/api/users/remain');
		expect(ok.status).toBe(200);
		expect(ok.data).toEqual({ industry: 1000, marketing: 500, intl: 50, idn: 0, jpn: 0, sgp: 0 });
		expect(sandbox.server.requests('GET', '/api/users/remain')).toHaveLength(4);
	});

	it('answers 404 NOT_FOUND off the 11 paths and 400 MISSING_PARAMETER to a broken body', async () => {
		const missing = await api.get('/api/nothing');
		expect([missing.status, missing.data.error_code]).toEqual([404, 'NOT_FOUND']);
		const broken = await api.post('/api/templates', '{"title":', { headers: { 'content-type': 'application/json' } });
		expect([broken.status, broken.data.error_code]).toEqual([400, 'MISSING_PARAMETER']);
	});

	it('failNext answers one error, then serves normally', async () => {
		sandbox.failNext(500, 'SYSTEM_ERROR');
		const failed = await api.get('/api/users/remain');
		expect(failed.status).toBe(500);
		expect(failed.data).toEqual({ error_code: 'SYSTEM_ERROR', message: '系统错误' });
		expect((await api.get('/api/users/remain')).status).toBe(200);

		await axios.post(`${baseURL}/__sandbox/fail-next`, { status: 500, error_code: 'SMS_SYSTEM_ERROR', message: 'upstream down' });
		const hooked = await api.get('/api/templates');
		expect([hooked.status, hooked.data.error_code, hooked.data.message]).toEqual([500, 'SMS_SYSTEM_ERROR', 'upstream down']);
		expect(sandbox.server.received.some((request) => request.path.startsWith('/__sandbox/'))).toBe(false);
	});
});

describe('templates', () => {
	it('creates (JSON and form) with status review and ids from 100', async () => {
		const created = await api.post('/api/templates', newTemplate);
		expect(created.status).toBe(201);
		expect(created.data).toMatchObject({ ...newTemplate, id: 100, status: 'review', owner: { id: 9 } });
		const viaForm = await api.post('/api/templates', ...form({ ...newTemplate, title: 'second' }));
		expect([viaForm.status, viaForm.data.id]).toEqual([201, 101]);
	});

	it.each([
		['empty title', 400, 'MISSING_PARAMETER', { title: '' }],
		['12-character title', 409, 'ILLEGAL_TITLE', { title: 'twelve chars' }],
		['2-character signature', 409, 'ILLEGAL_SIGNATURE', { temp_sign: 'AB' }],
		['signature with -', 409, 'ILLEGAL_SIGNATURE', { temp_sign: 'A-B-C' }],
		['signature with 【】', 409, 'ILLEGAL_SIGNATURE', { temp_sign: '【ACME】' }],
		['4 + 345 + 2 characters', 409, 'ILLEGAL_CONTENT_LENGTH', { content: 'x'.repeat(345) }],
		['report_type fast', 409, 'ILLEGAL_REPORT_TYPE', { report_type: 'fast' }],
		['type verification', 409, 'ILLEGAL_PARAMER', { type: 'verification' }],
		['sign_location middle', 409, 'ILLEGAL_PARAMER', { sign_location: 'middle' }],
	])('rejects a template with %s: %i %s', async (_label, status, code, change) => {
		const answer = await api.post('/api/templates', { ...newTemplate, ...change });
		expect([answer.status, answer.data.error_code]).toEqual([status, code]);
		expect(typeof answer.data.message).toBe('string');
	});

	it('applies the edge rules: intl signature length, marketing suffix, 40 per channel', async () => {
		expect((await api.post('/api/templates', { ...newTemplate, type: 'intl', temp_sign: 'AB' })).status).toBe(201);
		expect((await api.post('/api/templates', { ...newTemplate, content: 'x'.repeat(344) })).status).toBe(201);
		const marketing = await api.post('/api/templates', { ...newTemplate, type: 'marketing', content: 'Sale now' });
		expect([marketing.status, marketing.data.status]).toEqual([201, 'defeat']);
		for (let id = 200; id < 240; id++) sandbox.templates.set(id, { ...sandbox.templates.get(1)!, id });
		const full = await api.post('/api/templates', newTemplate);
		expect([full.status, full.data.error_code]).toEqual([409, 'TEMPLATE_LIMIT']);
	});

	it('deletes with 204 and no body, and checks ids', async () => {
		const deleted = await api.delete('/api/templates/7', { responseType: 'text', transformResponse: (raw) => raw });
		expect(deleted.status).toBe(204);
		expect(deleted.data).toBe('');
		expect(deleted.headers['content-type']).toBeUndefined();
		expect(sandbox.templates.has(7)).toBe(false);
		expect((await api.delete('/api/templates/7')).data.error_code).toBe('TEMPLATE_NOT_FOUND');
		expect((await api.delete('/api/templates/abc')).status).toBe(422);
		expect((await api.delete('/api/templates/5')).data.error_code).toBe('REQUIRE_TEMPLATE_OWNER');
	});

	it('patches back to review and ignores type', async () => {
		const patched = await api.patch('/api/templates/1', { title: 'login', type: 'marketing' });
		expect(patched.status).toBe(200);
		expect(patched.data).toMatchObject({ id: 1, title: 'login', type: 'industry', status: 'review' });
		expect((await api.patch('/api/templates/1', { temp_sign: 'AB' })).data.error_code).toBe('ILLEGAL_SIGNATURE');
	});

	it('lists only own templates, with filters', async () => {
		const all = await api.get('/api/templates');
		expect(all.data.templates.map((one: { id: number }) => one.id)).toEqual([1, 2, 3, 4, 6, 7]);
		const approved = await api.get('/api/templates', { params: { status: 'success', type: 'industry' } });
		expect(approved.data.templates.map((one: { id: number }) => one.id)).toEqual([1, 7]);
		expect((await api.get('/api/templates', { params: { status: 'approved' } })).data.error_code).toBe('ILLEGAL_PARAMER');
	});
});

describe('sending', () => {
	it('answers one entry per mobile in input order and records report rows', async () => {
		const answer = await api.post('/api/messages', { mobile: '1380013,13800000000', template_id: 1, vars: '123456|5' });
		expect(answer.status).toBe(200);
		expect(answer.data).toEqual({
			code: 0,
			message_ids: [
				{ report_code: '1004011', error_code: 'ILLEGAL_MOBILE', mobile: '1380013' },
				{ report_code: '0', msg_id: '2026112600000010000001', mobile: '13800000000' },
			],
		});
		expect(sandbox.messages).toHaveLength(1);
		expect(sandbox.messages[0]).toMatchObject({
			id: '2026112600000010000001',
			content: '【ACME】Your code is 123456, valid 5 minutes',
			status: 'processing',
			sent_at: null,
			quantity: 1,
		});
		expect(sandbox.balance.industry).toBe(999);
	});

	it('takes form bodies with template_id as a string, and the legacy shape', async () => {
		sandbox.sendResponseShape = 'legacy';
		const answer = await api.post('/api/messages', ...form({ mobile: '13800000000,1', template_id: '7' }));
		expect(answer.data).toEqual({
			message_ids: [
				{ message_id: 1001, mobile: '13800000000' },
				{ error_code: 'ILLEGAL_MOBILE', mobile: '1' },
			],
		});
	});

	it.each([
		['no template_id', 400, 'MISSING_PARAMETER', { template_id: undefined }],
		['template_id abc', 422, 'ILLEGAL_TEMPLATE_ID', { template_id: 'abc' }],
		['unknown template', 404, 'TEMPLATE_NOT_FOUND', { template_id: 999 }],
		['foreign template', 403, 'REQUIRE_TEMPLATE_OWNER', { template_id: 5 }],
		['template in review', 409, 'TEMPLATE_AUDITING', { template_id: 3 }],
		['rejected template', 409, 'TEMPLATE_FAILED', { template_id: 4 }],
		['1 value for 2 variables', 409, 'ILLEGAL_PARAMER', { vars: '123456' }],
		['101 mobiles', 409, 'MOBILE_LIMIT', { mobile: Array(101).fill('13800000000').join(',') }],
	])('rejects a send with %s: %i %s', async (_label, status, code, change) => {
		const answer = await api.post('/api/messages', { mobile: '13800000000', template_id: 1, vars: '1|2', ...change });
		expect([answer.status, answer.data.error_code]).toEqual([status, code]);
		expect(sandbox.messages).toHaveLength(0);
	});

	it('checks the balance and the 10-a-day industry cap', async () => {
		sandbox.balance.industry = 1;
		const poor = await api.post('/api/messages', { mobile: '13800000000,13900000000', template_id: 7 });
		expect([poor.status, poor.data.error_code]).toEqual([409, 'INSUFFICIENT_FUNDS']);
		sandbox.balance.industry = 100;
		const answer = await api.post('/api/messages', { mobile: Array(11).fill('13900000000').join(','), template_id: 7 });
		const entries = answer.data.message_ids;
		expect(entries.slice(0, 10).every((entry: { msg_id?: string }) => entry.msg_id)).toBe(true);
		expect(entries[10]).toEqual({ report_code: '1004012', error_code: 'MOBILE_LIMIT', mobile: '13900000000' });
		expect(sandbox.balance.industry).toBe(90);
	});

	it('sends async (both shapes) and from a file', async () => {
		const shapeA = await api.post('/api/messages/async', { template_id: 1, mobile: '13800000000,13900000000', vars: 'a|b' });
		expect(shapeA.data).toEqual({ code: 0, message: 'OK', id: '8801' });
		const shapeB = await api.post('/api/messages/async', {
			template_id: 1,
			mobile: [{ phone: '13700000000', variables: ['x', 'y'], sign: 'ACME' }],
			time: '2099-01-01 09:00:00',
		});
		expect(shapeB.data.id).toBe('8802');
		const badTime = await api.post('/api/messages/async', { template_id: 7, mobile: '13800000000', time: '2099-01-01T09:00' });
		expect([badTime.status, badTime.data.error_code]).toEqual([409, 'ILLEGAL_PARAMER']);
		const foreignSign = await api.post('/api/messages/async', { template_id: 7, mobile: [{ phone: '13800000000', sign: 'OTHER' }] });
		expect(foreignSign.data.error_code).toBe('REQUIRE_SIGNATURE_OWNER');

		const csv = { name: 'list.csv', type: 'text/csv', content: '13600000000,1,2\n13500000000,3,4\n' };
		const file = await api.post('/api/messages/file', ...multipart({ template_id: '1' }, csv));
		expect(file.data).toEqual({ code: 0, message: 'OK' });
		const noFile = await api.post('/api/messages/file', ...multipart({ template_id: '1' }));
		expect([noFile.status, noFile.data.error_code]).toEqual([400, 'INVALID_FILE']);

		expect(sandbox.messages.map((row) => [row.source, row.mobile])).toEqual([
			['async', '13800000000'],
			['async', '13900000000'],
			['async', '13700000000'],
			['file', '13600000000'],
			['file', '13500000000'],
		]);
		const visible = await api.get('/api/messages');
		expect(visible.data.total).toBe(4); // the scheduled row stays hidden
	});

	it('detects numbers', async () => {
		const answer = await api.post('/api/detection/mobile', { mobile: '13300000005,13800000001' });
		expect(answer.data).toMatchObject({ id: 301, sum: 2, count: 2, mobiles: [13300000005, 13800000001] });
		expect(answer.data.data[0]).toMatchObject({ phoneStatus: 5, carrier: 3 });
		expect((await api.post('/api/detection/mobile', { mobile: '123' })).data.error_code).toBe('ILLEGAL_MOBILE');
	});
});

describe('reports', () => {
	beforeEach(async () => {
		const mobiles = Array.from({ length: 25 }, (_, i) => `138000000${String(i).padStart(2, '0')}`);
		await api.post('/api/messages', { mobile: mobiles.join(','), template_id: 7 });
		await api.post('/api/messages', { mobile: '13800000000', template_id: 6, vars: '42' });
	});

	it('pages newest first and counts the total before paging', async () => {
		const first = await api.get('/api/messages', { params: { date: beijingDay(new Date()) } });
		expect(first.data.total).toBe(25);
		expect(first.data.messages).toHaveLength(20);
		expect(first.data.messages[0]).toMatchObject({ id: '2026112600000010000025', mobile: '13800000024', status: 'processing' });
		const second = await api.get('/api/messages', { params: { page: 2, per_page: 20 } });
		expect(second.data.messages).toHaveLength(5);
		expect(second.data.messages[4].id).toBe('2026112600000010000001');
		expect((await api.get('/api/messages', { params: { per_page: 101 } })).data.error_code).toBe('ILLEGAL_PARAMER');
		expect((await api.get('/api/messages', { params: { date: '2026/11/26' } })).data.error_code).toBe('ILLEGAL_PARAMER');
		expect((await api.get('/api/messages', { params: { date: '2000-01-01' } })).data.total).toBe(0);
	});

	it('keeps international rows apart and filters by mobile and status after advance()', async () => {
		const intl = await api.get('/api/messages/intl');
		expect(intl.data.total).toBe(1);
		expect(intl.data.messages[0].content).toBe('【ACME】Code 42');
		sandbox.advance();
		const failed = await api.get('/api/messages', { params: { status: 'failed' } });
		expect(failed.data.messages.map((row: { mobile: string }) => row.mobile)).toEqual(['13800000020', '13800000010', '13800000000']);
		const one = await api.get('/api/messages', { params: { mobile: '13800000001' } });
		expect(one.data.messages[0].status).toBe('success');
		expect(one.data.messages[0].sent_at).toEqual(expect.any(String));
	});

	it('can write ids as bare JSON numbers without losing digits', async () => {
		sandbox.idsAsNumbers = true;
		const answer = await api.get('/api/messages', { params: { per_page: 1 }, responseType: 'text', transformResponse: (raw) => raw });
		expect(answer.data).toContain('"id":2026112600000010000025,');
		expect(answer.data).not.toContain('"id":"');
		const sent = await api.post('/api/messages', { mobile: '13700000000', template_id: 7 }, { responseType: 'text', transformResponse: (raw) => raw });
		expect(sent.data).toContain('"msg_id":2026112600000010000027,');
	});
});
