import axios, { type AxiosInstance } from 'axios';

import { env, fs, path, repoRoot } from '../support/node';
import { basicHeader, JPushSandbox, jpushTestCredentials } from './jpush';
import { LiupaiSandbox, liupaiTestAppkey } from './liupai';
import {
	jpushProvider,
	liupaiProvider,
	readyMadeBannerLines,
	readyMadeMarkdown,
	sandboxProviders,
	upyunProvider,
	yunpianProvider,
	type ReadyMadeEntry,
	type ReadyMadeGroup,
	type SandboxProvider,
} from './providers';
import { UpyunSandbox, upyunTestToken } from './upyun';
import { YunpianSandbox, yunpianTestApiKey } from './yunpian';

/**
 * The ready-made data of every sandbox (`readyMade()` in providers.ts) is what `npm start` prints and
 * examples/README.md lists. These tests keep both true: the README holds exactly the generated list,
 * the banner has one line per entry, and a started fresh sandbox answers as each entry says — through
 * its HTTP API, as the nodes see it. Every number or limit the list names has a probe here.
 */

const README = path.join(repoRoot, 'examples', 'README.md');
const START = '<!-- ready-made:start';
const END = '<!-- ready-made:end -->';

const NUMBERS = 'Numbers that fail on purpose';
const LIMITS = 'Limits, balances and other data';

const group = (provider: SandboxProvider, title: string): ReadyMadeEntry[] => {
	const found = provider.readyMade().find((one) => one.title === title);
	if (!found) throw new Error(`${provider.displayName}: no group "${title}"`);
	return found.entries;
};

/** The error code an entry says using it gives (`… fails with 50020 …`), if it says one. */
const failCode = (entry: ReadyMadeEntry): string | undefined => /fails? with (?:code )?(-?[A-Z0-9_]+)/.exec(entry.about)?.[1];

/** Every entry of these groups must have a probe, and every probe an entry. */
function expectProbes(provider: SandboxProvider, probes: Record<string, unknown>, titles = [NUMBERS, LIMITS]): void {
	const ids = titles.flatMap((title) => group(provider, title).map((entry) => entry.id));
	expect(Object.keys(probes).sort()).toEqual([...ids].sort());
}

describe('examples/README.md and the start banner', () => {
	test('examples/README.md lists exactly what the sandboxes hold', () => {
		const text = fs.readFileSync(README, 'utf8');
		const start = text.indexOf(START);
		const end = text.indexOf(END);
		expect({ markers: start >= 0 && end > start }).toEqual({ markers: true });
		const from = text.indexOf('\n', start) + 1;
		const listed = text.slice(from, end);
		const expected = readyMadeMarkdown();
		if (listed === expected) return;
		if (env.UPDATE_READY_MADE) {
			fs.writeFileSync(README, `${text.slice(0, from)}${expected}${text.slice(end)}`);
			return;
		}
		const have = listed.split('\n');
		const want = expected.split('\n');
		const line = want.findIndex((one, index) => one !== have[index]);
		throw new Error(
			`examples/README.md does not list what the sandboxes hold: line ${line + 1} of the list is\n  ${have[line] ?? '(missing)'}\nbut the sandboxes say\n  ${want[line] ?? '(nothing)'}\n` +
				'Rewrite the list with: UPDATE_READY_MADE=1 npx jest test/sandbox/readyMade.test.ts',
		);
	});

	test('the banner has a line per provider and one line per entry, with its id, status and text', () => {
		const lines = readyMadeBannerLines();
		const entries = sandboxProviders.map((provider) => provider.readyMade().flatMap((one) => one.entries));
		expect(lines).toHaveLength(1 + sandboxProviders.length + entries.flat().length);
		let index = 1;
		sandboxProviders.forEach((provider, n) => {
			expect(lines[index++]).toBe(`   ${provider.displayName}`);
			for (const entry of entries[n]) {
				const line = lines[index++];
				for (const part of [entry.id, entry.status, entry.text, entry.about]) if (part) expect(line).toContain(part);
			}
		});
		for (const line of lines) expect(line).not.toContain('\n');
	});

	test('every provider lists its templates and the numbers that fail on purpose', () => {
		for (const provider of sandboxProviders) {
			const titles = provider.readyMade().map((one: ReadyMadeGroup) => one.title);
			expect({ provider: provider.key, templates: titles.includes('Templates'), numbers: titles.includes(NUMBERS) }).toEqual({ provider: provider.key, templates: true, numbers: true });
			expect(group(provider, 'Templates').length).toBeGreaterThan(0);
		}
		expect(group(jpushProvider, 'Signatures').length).toBeGreaterThan(0);
		expect(group(yunpianProvider, 'Signatures').length).toBeGreaterThan(0);
		expect(group(liupaiProvider, 'Sub-accounts').length).toBeGreaterThan(0);
	});
});

// ---- a fresh sandbox answers as the list says ----

describe('JPush SMS sandbox', () => {
	const sandbox = new JPushSandbox();
	let api: AxiosInstance;
	const { appKey, masterSecret, devKey, devSecret } = jpushTestCredentials;
	const headers = { authorization: basicHeader(appKey, masterSecret) };
	const post = async (url: string, body: unknown) => await api.post(url, body, { headers });
	const code = (answer: { data: { error?: { code: number } } }) => (answer.data.error ? String(answer.data.error.code) : undefined);
	const variables = (text = '') => Object.fromEntries([...text.matchAll(/\{\{([^{}]*)\}\}/g)].map((match) => [match[1], '12']));
	let mobile = 13800001000;
	const nextMobile = () => String(++mobile);

	beforeAll(async () => {
		api = axios.create({ baseURL: await sandbox.start(0), validateStatus: () => true });
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());

	test('templates: text and status as JPush answers them; sending with each does what the list says', async () => {
		for (const entry of group(jpushProvider, 'Templates')) {
			const got = (await api.get(`/v1/templates/${entry.id}`, { headers })).data as { template: string; status: number; type: number };
			expect({ id: entry.id, text: got.template, status: { 0: 'under review', 1: 'approved', 2: 'rejected' }[got.status] }).toEqual({ id: entry.id, text: entry.text, status: entry.status });
			const answer = got.type === 1
				? await post('/v1/codes', { mobile: nextMobile(), temp_id: Number(entry.id) })
				: await post('/v1/messages', { mobile: nextMobile(), temp_id: Number(entry.id), temp_para: variables(entry.text) });
			expect({ id: entry.id, error: code(answer) }).toEqual({ id: entry.id, error: failCode(entry) });
		}
	});

	test('signatures: text, status, the default one; sending with each does what the list says', async () => {
		for (const entry of group(jpushProvider, 'Signatures')) {
			const got = (await api.get(`/v1/sign/${entry.id}`, { headers })).data as { sign: string; status: number; is_default: number };
			expect({ id: entry.id, text: got.sign, status: { 0: 'under review', 1: 'approved', 2: 'rejected' }[got.status], isDefault: got.is_default === 1 })
				.toEqual({ id: entry.id, text: entry.text, status: entry.status, isDefault: entry.about.includes('default') });
			const answer = await post('/v1/messages', { mobile: nextMobile(), temp_id: 1006, sign_id: Number(entry.id) });
			expect({ id: entry.id, error: code(answer) }).toEqual({ id: entry.id, error: failCode(entry) });
		}
	});

	test('numbers and limits', async () => {
		const probes: Record<string, (entry: ReadyMadeEntry) => Promise<void>> = {
			'13900000024': async (entry) => {
				expect(code(await post('/v1/messages', { mobile: entry.id, temp_id: 1006 }))).toBe(failCode(entry));
				expect(code(await post('/v1/codes', { mobile: entry.id, temp_id: 1001 }))).toBe(failCode(entry));
				expect(code(await post('/v1/voice_codes', { mobile: entry.id }))).toBe(failCode(entry));
			},
			'ending in 4': async (entry) => {
				await post('/v1/messages', { mobile: '13800000004', temp_id: 1006 });
				await post('/v1/messages', { mobile: '13800000001', temp_id: 1006 });
				const reports = (await api.get('/v1/report', { headers })).data as Array<{ phone: string; status: number }>;
				const status = Object.fromEntries(reports.map((one) => [one.phone, one.status]));
				expect(entry.about).toContain(`status ${status['13800000004']} (failed)`);
				expect(entry.about).toContain(`get ${status['13800000001']} (delivered)`);
			},
			'text codes': async (entry) => {
				const number = nextMobile();
				expect(code(await post('/v1/codes', { mobile: number, temp_id: 1001 }))).toBeUndefined();
				expect(code(await post('/v1/codes', { mobile: number, temp_id: 1001 }))).toBe(failCode(entry));
			},
			'app balance': async (entry) => {
				const got = (await api.get('/v1/accounts/app', { headers })).data as Record<string, number>;
				expect(entry.about).toBe(`all-purpose ${got.app_balance}, voice ${got.app_voice}, industry ${got.app_industry}, marketing ${got.app_market}`);
			},
			'developer balance': async (entry) => {
				const got = (await api.get('/v1/accounts/dev', { headers: { authorization: basicHeader(devKey, devSecret) } })).data as Record<string, number | null>;
				expect(entry.about).toBe(`all-purpose ${got.dev_balance}, voice ${got.dev_voice}, industry ${got.dev_industry}, marketing ${got.dev_market ?? 'none'}`);
			},
			'generated codes': async (entry) => {
				const first = /first code is (\d+)/.exec(entry.about)![1];
				const sent = (await post('/v1/codes', { mobile: nextMobile(), temp_id: 1001 })).data as { msg_id: string };
				expect((await post(`/v1/codes/${sent.msg_id}/valid`, { code: first })).data).toEqual({ is_valid: true });
				const next = (await post('/v1/codes', { mobile: nextMobile(), temp_id: 1001 })).data as { msg_id: string };
				expect((await post(`/v1/codes/${next.msg_id}/valid`, { code: String(Number(first) + 1) })).data).toEqual({ is_valid: true });
			},
		};
		expectProbes(jpushProvider, probes);
		for (const entry of [...group(jpushProvider, NUMBERS), ...group(jpushProvider, LIMITS)]) {
			sandbox.reset();
			await probes[entry.id](entry);
		}
	});
});

describe('UPYUN SMS sandbox', () => {
	const sandbox = new UpyunSandbox();
	let api: AxiosInstance;
	const headers = { authorization: upyunTestToken };
	const send = async (templateId: string | number, mobile: string, vars?: string) =>
		await api.post('/api/messages', { template_id: Number(templateId), mobile, ...(vars === undefined ? {} : { vars }) }, { headers });
	const varsFor = (text = '') => {
		const count = new Set([...text.matchAll(/\{\$([^{}]*)\}/g)].map((match) => match[1])).size;
		return count === 0 ? undefined : Array.from({ length: count }, () => '12').join('|');
	};
	const detect = async (mobile: string) =>
		((await api.post('/api/detection/mobile', { mobile }, { headers })).data as { data: Array<{ phoneStatusStr: string }> }).data[0].phoneStatusStr;

	beforeAll(async () => {
		api = axios.create({ baseURL: await sandbox.start(0), validateStatus: () => true });
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());

	test('templates: the account lists its own with text and status; sending with each does what the list says', async () => {
		const listed = ((await api.get('/api/templates', { headers })).data as { templates: Array<{ id: number; content: string; status: string }> }).templates;
		const status: Record<string, string> = { review: 'under review', success: 'approved', defeat: 'rejected' };
		const entries = group(upyunProvider, 'Templates');
		const own = entries.filter((entry) => !entry.about.includes('another account'));
		expect(listed.map((one) => ({ id: String(one.id), text: one.content, status: status[one.status] }))).toEqual(own.map(({ id, text, status: s }) => ({ id, text, status: s })));
		for (const entry of entries) {
			const answer = await send(entry.id, '13800000001', varsFor(entry.text));
			const body = answer.data as { error_code?: string; message_ids?: Array<{ error_code?: string }> };
			expect({ id: entry.id, error: body.error_code ?? body.message_ids?.[0]?.error_code }).toEqual({ id: entry.id, error: failCode(entry) });
		}
	});

	test('numbers and limits', async () => {
		const probes: Record<string, (entry: ReadyMadeEntry) => Promise<void>> = {
			'ending in 0': async (entry) => {
				await send(7, '13800000000');
				await send(7, '13800000001');
				await api.post('/__sandbox/advance');
				const rows = ((await api.get('/api/messages', { headers })).data as { messages: Array<{ mobile: string; status: string }> }).messages;
				expect(rows.map((row) => [row.mobile, row.status]).sort()).toEqual([['13800000000', 'failed'], ['13800000001', 'success']]);
				expect(entry.about).toContain(await detect('13800000000'));
				expect(await detect('13800000001')).toBe('实号');
			},
			'ending in 4': async (entry) => expect(entry.about).toContain(await detect('13800000004')),
			'ending in 5': async (entry) => expect(entry.about).toContain(await detect('13800000005')),
			'industry messages': async (entry) => {
				const limit = Number(/at most (\d+)/.exec(entry.about)![1]);
				for (let n = 0; n < limit; n++) expect((await send(7, '13800000011')).data.message_ids[0].error_code).toBeUndefined();
				expect((await send(7, '13800000011')).data.message_ids[0].error_code).toBe('MOBILE_LIMIT');
			},
			balance: async (entry) => {
				const got = (await api.get('/api/users/remain', { headers })).data as Record<string, number>;
				expect(entry.about).toBe(Object.entries(got).map(([bucket, left]) => `${bucket} ${left}`).join(', '));
			},
			'new templates': async (entry) => {
				const created = (await api.post('/api/templates', { title: 'probe', content: 'Probe {$var1}', temp_sign: 'ACME', type: 'industry', report_type: 'vip', sign_location: 'top' }, { headers })).data as { id: number; status: string };
				expect(entry.about).toContain(`from ${created.id} on`);
				expect(created.status).toBe('review');
			},
		};
		expectProbes(upyunProvider, probes);
		for (const entry of [...group(upyunProvider, NUMBERS), ...group(upyunProvider, LIMITS)]) {
			sandbox.reset();
			await probes[entry.id](entry);
		}
	});
});

describe('Liupai sandbox', () => {
	const sandbox = new LiupaiSandbox();
	let api: AxiosInstance;
	const call = async (name: string, fields: Record<string, string> = {}) =>
		(await api.post(`/sms/${name}`, new URLSearchParams(fields).toString(), { params: { appkey: liupaiTestAppkey }, headers: { 'content-type': 'application/x-www-form-urlencoded' } })).data as {
			status: number;
			msg: string;
			result: { list: Array<Record<string, string | number>> } & Record<string, string | number>;
		};
	const status: Record<number, string> = { 0: 'under review', 1: 'approved', 2: 'rejected' };
	const filled = (text = '') => text.replace(/@/g, '12');

	beforeAll(async () => {
		api = axios.create({ baseURL: await sandbox.start(0), validateStatus: () => true });
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());

	test('sub-accounts: signature, status and allotment as Liupai lists them', async () => {
		const listed = (await call('accountlist', { page: '1', pageSize: '100' })).result.list;
		expect(listed.map((one) => ({ id: String(one.accountid), text: one.signature, status: status[Number(one.status)], about: `${one.company}, ${one.totalnum} messages allotted` })))
			.toEqual(group(liupaiProvider, 'Sub-accounts').map(({ id, text, status: s, about }) => ({ id, text, status: s, about })));
	});

	test('templates: text, status and sub-account as Liupai lists them; sending with each does what the list says', async () => {
		const entries = group(liupaiProvider, 'Templates');
		const accounts = group(liupaiProvider, 'Sub-accounts').map((entry) => entry.id);
		const listed: Array<Record<string, string | number>> = [];
		for (const account of accounts) listed.push(...(await call('templatelist', { accountid: account, page: '1', pageSize: '100' })).result.list.map((one) => ({ ...one, account })));
		expect(listed.map((one) => ({ id: String(one.templateid), text: one.content, status: status[Number(one.status)], account: `sub-account ${one.account}` })))
			.toEqual(entries.map(({ id, text, status: s, about }) => ({ id, text, status: s, account: /sub-account \d+/.exec(about)![0] })));
		let mobile = 13800001001;
		for (const entry of entries) {
			const answer = await call('send', { mobile: String(mobile++), templateid: entry.id, content: filled(entry.text) });
			expect({ id: entry.id, error: answer.status === 200 ? undefined : String(answer.status) }).toEqual({ id: entry.id, error: failCode(entry) });
		}
	});

	test('numbers and limits', async () => {
		const probes: Record<string, (entry: ReadyMadeEntry) => Promise<void>> = {
			'ending in 0': async () => {
				for (const mobile of ['13800000000', '13800000001']) expect((await call('send', { mobile, templateid: '1001', content: '【Demo】您的验证码是1234' })).status).toBe(200);
				const rows = (await call('sendlogs')).result.list;
				expect(rows.map((row) => [row.mobile, row.is_ok]).sort()).toEqual([['13800000000', 0], ['13800000001', 1]]);
			},
			'sends per number': async (entry) => {
				const perMinute = Number(/at most (\d+) a minute/.exec(entry.about)![1]);
				for (let n = 0; n < perMinute; n++) expect((await call('send', { mobile: '13800000002', templateid: '1001', content: '【Demo】您的验证码是1234' })).status).toBe(200);
				expect(String((await call('send', { mobile: '13800000002', templateid: '1001', content: '【Demo】您的验证码是1234' })).status)).toBe(failCode(entry));
				// Marketing templates are not limited.
				for (let n = 0; n <= perMinute; n++) expect((await call('send', { mobile: '13800000003', templateid: '1004', content: '【Demo】新品上市,回TD退订' })).status).toBe(200);
			},
			balance: async (entry) => {
				const { result } = await call('balance');
				expect(entry.about).toBe(`${result.totalnum} messages, ${result.usednum} used (${result.company})`);
			},
			'new IDs': async (entry) => {
				const account = (await call('addaccount', { company: 'Probe Co.', signature: '【Probe】', totalnum: '10' })).result;
				const template = (await call('addtemplate', { accountid: '12', title: 'probe', content: '【Demo】探针@', ismarket: '0' })).result;
				expect(entry.about).toContain(`sub-accounts from ${account.accountid}, templates from ${template.templateid}`);
				const listed = (await call('accountlist', { page: '1', pageSize: '100' })).result.list.find((one) => one.accountid === account.accountid);
				expect([listed?.status, template.status]).toEqual([0, 0]);
			},
		};
		expectProbes(liupaiProvider, probes);
		for (const entry of [...group(liupaiProvider, NUMBERS), ...group(liupaiProvider, LIMITS)]) {
			sandbox.reset();
			await probes[entry.id](entry);
		}
	});
});

describe('Yunpian sandbox', () => {
	const sandbox = new YunpianSandbox();
	let api: AxiosInstance;
	const post = async (route: string, fields: Record<string, string> = {}) =>
		(await api.post(`/v2/${route}.json`, new URLSearchParams({ apikey: yunpianTestApiKey, ...fields }).toString(), { headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' } })).data as Record<string, unknown>;
	const code = (answer: Record<string, unknown>) => (answer.code === undefined || answer.code === 0 ? undefined : String(answer.code));
	const status: Record<string, string> = { CHECKING: 'under review', SUCCESS: 'approved', FAIL: 'rejected' };
	const tplValue = (text = '', voice = false) =>
		[...new Set([...text.matchAll(/#([^#\s]+)#/g)].map((match) => match[1]))]
			.map((name) => (voice ? `${name}=12` : `${encodeURIComponent(`#${name}#`)}=12`))
			.join('&');
	let mobile = 13800001001;
	const nextMobile = () => String(mobile++);
	const at = new Date('2026-11-26T02:00:00.000Z').getTime();

	beforeAll(async () => {
		api = axios.create({ baseURL: await sandbox.start(0), validateStatus: () => true });
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => {
		sandbox.reset();
		sandbox.now = () => new Date(at);
	});

	test('signatures: status as Yunpian lists them; texts starting with each do what the list says', async () => {
		const listed = (await post('sign/get')).sign as Array<{ sign: string; check_status: string }>;
		const entries = group(yunpianProvider, 'Signatures');
		expect(listed.map((one) => ({ id: `【${one.sign}】`, status: status[one.check_status] }))).toEqual(entries.map(({ id, status: s }) => ({ id, status: s })));
		for (const entry of entries) {
			expect({ id: entry.id, error: code(await post('sms/single_send', { mobile: nextMobile(), text: `${entry.id}Your parcel has arrived` })) }).toEqual({ id: entry.id, error: failCode(entry) });
		}
	});

	test('templates (SMS, default, voice, video): text and status as Yunpian answers them; sending does what the list says', async () => {
		const view = (list: Array<{ tpl_id: number; tpl_content: string; check_status: string }>) => list.map((one) => ({ id: String(one.tpl_id), text: one.tpl_content, status: status[one.check_status] }));
		const listedFields = (entries: ReadyMadeEntry[]) => entries.map(({ id, text, status: s }) => ({ id, text, status: s }));
		expect(view((await post('tpl/get')) as unknown as Array<{ tpl_id: number; tpl_content: string; check_status: string }>)).toEqual(listedFields(group(yunpianProvider, 'Templates')));
		expect(view((await post('tpl/get_default')) as unknown as Array<{ tpl_id: number; tpl_content: string; check_status: string }>)).toEqual(listedFields(group(yunpianProvider, 'Default templates')));
		for (const entry of group(yunpianProvider, 'Templates')) {
			const answer = await post('sms/tpl_single_send', { mobile: nextMobile(), tpl_id: entry.id, tpl_value: tplValue(entry.text) });
			expect({ id: entry.id, error: code(answer) }).toEqual({ id: entry.id, error: failCode(entry) });
		}
		for (const entry of group(yunpianProvider, 'Voice templates')) {
			const got = (await post('tpl/get', { tpl_id: entry.id })) as { tpl_content: string; check_status: string };
			expect({ id: entry.id, text: got.tpl_content, status: status[got.check_status] }).toEqual({ id: entry.id, text: entry.text, status: entry.status });
			const answer = await post('voice/tpl_notify', { mobile: nextMobile(), tpl_id: entry.id, tpl_value: tplValue(entry.text, true) });
			expect({ id: entry.id, error: code(answer) }).toEqual({ id: entry.id, error: failCode(entry) });
		}
		for (const entry of group(yunpianProvider, 'Video templates')) {
			const got = ((await post('vsms/get_tpl', { tpl_id: entry.id })) as { data: { check_status: string; expire_time: string | null } }).data;
			expect({ id: entry.id, status: status[got.check_status], expires: got.expire_time ? entry.about.includes(`expires ${got.expire_time}`) : !entry.about.includes('expires') })
				.toEqual({ id: entry.id, status: entry.status, expires: true });
		}
	});

	test('numbers, limits and other data', async () => {
		const text = '【ACME】Your parcel has arrived';
		const probes: Record<string, (entry: ReadyMadeEntry) => Promise<void>> = {
			'13800000010': async (entry) => expect(code(await post('sms/single_send', { mobile: entry.id, text }))).toBe(failCode(entry)),
			'ending in 0': async () => {
				await post('sms/single_send', { mobile: '13800000020', text });
				await post('sms/single_send', { mobile: '13800000021', text });
				const reports = (await post('sms/pull_status')) as unknown as Array<{ mobile: string; report_status: string; error_msg: string }>;
				expect(reports.map((one) => [one.mobile, one.report_status, one.error_msg])).toEqual([['13800000020', 'FAIL', 'DB:0103'], ['13800000021', 'SUCCESS', 'DELIVRD']]);
			},
			'repeated texts': async (entry) => {
				const [again, fourth] = [...entry.about.matchAll(/code (\d+)/g)].map((match) => match[1]);
				expect(code(await post('sms/single_send', { mobile: '13800000022', text }))).toBeUndefined();
				expect(code(await post('sms/single_send', { mobile: '13800000022', text }))).toBe(again);
				for (const seconds of [31, 62]) {
					sandbox.now = () => new Date(at + seconds * 1000);
					expect(code(await post('sms/single_send', { mobile: '13800000022', text }))).toBeUndefined();
				}
				sandbox.now = () => new Date(at + 93_000);
				expect(code(await post('sms/single_send', { mobile: '13800000022', text }))).toBe(fourth);
			},
			'blocked words': async (entry) => {
				for (const word of /a text with (.+) fails/.exec(entry.about)![1].split(' or ')) {
					expect(code(await post('sms/single_send', { mobile: nextMobile(), text: `【ACME】Your code is ${word}` }))).toBe(failCode(entry));
				}
			},
			account: async (entry) => {
				const before = (await post('user/get')) as { nick: string; balance: number };
				expect(entry.about).toContain(`${before.nick}, balance ${before.balance} RMB`);
				const price = Number(/\(([\d.]+) RMB a message segment\)/.exec(entry.about)![1]);
				await post('sms/single_send', { mobile: nextMobile(), text });
				expect(((await post('user/get')) as { balance: number }).balance).toBeCloseTo(before.balance - price, 6);
			},
		};
		const replies = (await post('sms/pull_reply')) as unknown as Array<{ mobile: string; text: string; reply_time: string }>;
		for (const reply of replies) probes[`reply from ${reply.mobile}`] = async (entry) => expect(entry.about).toContain(`"${reply.text}" at ${reply.reply_time}`);
		expect(await post('sms/pull_reply')).toEqual([]);
		for (const short of sandbox.shortUrls.values()) {
			probes[`short URL ${short.sid}`] = async (entry) => {
				expect(entry.about).toBe(`${short.short_url} → ${short.long_url}`);
				expect(code(await post('short_url/stat', { sid: short.sid }))).toBeUndefined();
			};
		}
		expectProbes(yunpianProvider, probes);
		for (const entry of [...group(yunpianProvider, NUMBERS), ...group(yunpianProvider, LIMITS)]) {
			sandbox.reset();
			sandbox.now = () => new Date(at);
			await probes[entry.id](entry);
		}
	});
});
