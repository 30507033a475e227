import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import type { SandboxServer } from './kit/server';
import { AliyunSandbox, aliyunTestCredentials, aliyunWrongSecret } from './aliyun';
import { JPUSH_ERRORS, JPushSandbox, jpushTestCredentials } from './jpush';
import { FAILURES, LiupaiSandbox, liupaiTestAppkey, liupaiWrongAppkey } from './liupai';
import { RATE_LIMITS } from './liupai/state';
import { BLACKLISTED_NUMBER as TENCENT_BLACKLISTED, FAILING_SUFFIX as TENCENT_FAILING_SUFFIX, TencentSandbox, tencentTestCredentials, tencentWrongSecretKey } from './tencent';
import { INDUSTRY_DAILY_LIMIT, OTHER_OWNER, SELF_OWNER, UpyunSandbox, upyunTestToken, type SandboxMessage } from './upyun';
import { BLACKLISTED_MOBILE, ERROR_MSG, PRICE_PER_SEGMENT, YunpianSandbox, yunpianTestApiKey, yunpianWrongApiKey } from './yunpian';

/** What every provider sandbox offers to the launcher, `npm start` and end-to-end tests. */
export interface ProviderSandbox {
	readonly server: SandboxServer;
	start(port?: number): Promise<string>;
	stop(): Promise<void>;
	reset(): void;
}

export interface SandboxProvider {
	key: string;
	displayName: string;
	/** Node type name without the package prefix, e.g. `upyunSms`. */
	nodeType: string;
	credentialType: string;
	/** Port = SANDBOX_PORT_BASE + this offset when started by the launcher. */
	portOffset: number;
	create(): ProviderSandbox;
	/** Credential data that the sandbox accepts. */
	credentials(baseUrl: string): ICredentialDataDecryptedObject;
	/** Credential data that the sandbox refuses (for credential-test checks). */
	badCredentials(baseUrl: string): ICredentialDataDecryptedObject;
	/** Node parameters of a send that succeeds against a freshly reset sandbox. */
	demoSend: IDataObject;
	/**
	 * What a fresh sandbox holds, read from its state: templates, signatures, sub-accounts, numbers that
	 * fail on purpose, balances. `npm start` prints it (`readyMadeBannerLines`), examples/README.md lists it
	 * (`readyMadeMarkdown`), and test/sandbox/readyMade.test.ts checks both against the running sandboxes.
	 */
	readyMade(): ReadyMadeGroup[];
}

/** A review status as the nodes show it. */
export type ReviewStatus = 'approved' | 'under review' | 'rejected';

/** One thing a fresh sandbox holds, or one rule it applies to numbers. */
export interface ReadyMadeEntry {
	/** What to type into the node: a template or signature ID, a sub-account ID, a mobile number, or a rule such as `ending in 0`. */
	id: string;
	status?: ReviewStatus;
	/** The template text or signature exactly as the sandbox holds it. */
	text?: string;
	/** What it is, or what happens when it is used. */
	about: string;
}

export interface ReadyMadeGroup {
	/** Heading, e.g. `Templates`. */
	title: string;
	/** What one entry is, in the banner and the table header, e.g. `template`. */
	label: string;
	entries: ReadyMadeEntry[];
}

const byId = <T>(rows: Iterable<T>, id: (row: T) => number): T[] => [...rows].sort((a, b) => id(a) - id(b));

/** Last digits (0–9) for which `test` holds. */
const digitsWhere = (test: (digit: string) => boolean): string[] => [...'0123456789'].filter(test);

const NUMBERS_TITLE = 'Numbers that fail on purpose';
const LIMITS_TITLE = 'Limits, balances and other data';

// ---- JPush SMS ----

const JPUSH_STATUS: Record<number, ReviewStatus> = { 0: 'under review', 1: 'approved', 2: 'rejected' };
const JPUSH_TYPE: Record<number, string> = {
	1: 'verification code (Verification Code → Send Text Code)',
	2: 'notification (Message → Send)',
	3: 'marketing (Message → Send)',
};
const jpushError = (code: number): string => `${code} ${JPUSH_ERRORS[code]?.[1] ?? ''}`.trim();
/** What sending with a template or signature that is not approved answers. */
const JPUSH_NOT_SENDABLE: Record<number, number> = { 0: 50020, 2: 50021 };

function jpushReadyMade(): ReadyMadeGroup[] {
	const sb = new JPushSandbox();
	const { appBalance: app, devBalance: dev } = sb;
	const firstCode = new JPushSandbox().newCode();
	return [
		{
			title: 'Templates',
			label: 'template',
			entries: byId(sb.templates.values(), (t) => t.temp_id).map((t) => ({
				id: String(t.temp_id),
				status: JPUSH_STATUS[t.status],
				text: t.template,
				about: [
					JPUSH_TYPE[t.type],
					t.ttl === undefined ? '' : `code valid ${t.ttl} s`,
					t.remark ? `remark ${t.remark}` : '',
					JPUSH_NOT_SENDABLE[t.status] ? `sending with it fails with ${jpushError(JPUSH_NOT_SENDABLE[t.status])}` : '',
				].filter(Boolean).join(', '),
			})),
		},
		{
			title: 'Signatures',
			label: 'signature',
			entries: byId(sb.signs.values(), (s) => s.sign_id).map((s) => ({
				id: String(s.sign_id),
				status: JPUSH_STATUS[s.status],
				text: s.sign,
				about: s.is_default === 1 ? 'the default: used when Signature is empty' : s.status === 1 ? 'pick it by its ID' : `sending with it fails with ${jpushError(50102)}`,
			})),
		},
		{
			title: NUMBERS_TITLE,
			label: 'number',
			entries: [
				...[...sb.unsubscribed].sort().map((mobile) => ({ id: mobile, about: `unsubscribed: every send and code to it fails with ${jpushError(50024)}` })),
				{ id: 'ending in 4', about: 'messages to it get delivery report status 4004 (failed); other numbers get 4001 (delivered)' },
			],
		},
		{
			title: LIMITS_TITLE,
			label: '',
			entries: [
				{ id: 'text codes', about: `a second Send Text Code to one number within ${sb.codeIntervalMs / 1000} s fails with ${jpushError(50009)}` },
				{ id: 'app balance', about: `all-purpose ${app.app_balance}, voice ${app.app_voice}, industry ${app.app_industry}, marketing ${app.app_market}` },
				{ id: 'developer balance', about: `all-purpose ${dev.dev_balance}, voice ${dev.dev_voice}, industry ${dev.dev_industry}, marketing ${dev.dev_market ?? 'none'}` },
				{ id: 'generated codes', about: `Send Text Code's first code is ${firstCode}, then one more each time (what Verify expects)` },
			],
		},
	];
}

// ---- Liupai ----

const LIUPAI_STATUS: Record<number, ReviewStatus> = { 0: 'under review', 1: 'approved', 2: 'rejected' };
const liupaiFailure = (name: keyof typeof FAILURES): string => `${FAILURES[name].status} ${FAILURES[name].msg}`;
const per = (windowMs: number): string => ({ 60_000: 'a minute', 3_600_000: 'an hour', 86_400_000: 'a day' })[windowMs] ?? `per ${windowMs} ms`;

function liupaiReadyMade(): ReadyMadeGroup[] {
	const sb = new LiupaiSandbox();
	return [
		{
			title: 'Sub-accounts',
			label: 'sub-account',
			entries: byId(sb.accounts.values(), (a) => a.accountid).map((a) => ({
				id: String(a.accountid),
				status: LIUPAI_STATUS[a.status],
				text: a.signature,
				about: `${a.company}, ${a.totalnum} messages allotted`,
			})),
		},
		{
			title: 'Templates',
			label: 'template',
			entries: byId(sb.templates.values(), (t) => t.templateid).map((t) => ({
				id: String(t.templateid),
				status: LIUPAI_STATUS[t.status],
				text: t.content,
				about: [
					`sub-account ${t.accountid}`,
					t.ismarket === 1 ? 'marketing' : 'notification or code',
					`title ${t.name}`,
					t.failreason ? `reason: ${t.failreason}` : '',
					t.status === 1 ? '' : `sending with it fails with ${liupaiFailure('NOT_APPROVED')}`,
				].filter(Boolean).join(', '),
			})),
		},
		{
			title: NUMBERS_TITLE,
			label: 'number',
			entries: [
				{ id: 'ending in 0', about: 'the send log shows it undelivered (is_ok 0); other numbers are delivered (is_ok 1)' },
			],
		},
		{
			title: LIMITS_TITLE,
			label: '',
			entries: [
				{
					id: 'sends per number',
					about: `with a non-marketing template at most ${RATE_LIMITS.map(({ windowMs, max }) => `${max} ${per(windowMs)}`).join(', ')}; the next send fails with ${liupaiFailure('RATE')}`,
				},
				{ id: 'balance', about: `${sb.root.totalnum} messages, ${sb.root.usednum} used (${sb.root.company})` },
				{ id: 'new IDs', about: `sub-accounts from ${sb.nextAccountId}, templates from ${sb.nextTemplateId}; both start under review` },
			],
		},
	];
}

// ---- UPYUN SMS ----

const UPYUN_STATUS: Record<string, ReviewStatus> = { review: 'under review', success: 'approved', defeat: 'rejected' };
const UPYUN_NOT_SENDABLE: Record<string, string> = { review: 'TEMPLATE_AUDITING', defeat: 'TEMPLATE_FAILED' };
const UPYUN_TYPE: Record<string, string> = { industry: 'industry (notifications and codes)', marketing: 'marketing', intl: 'international' };
/** What number detection answers for a number by its last digit (other digits: 实号, a real number). */
const UPYUN_DETECTION: Record<string, string> = { '0': '空号 (empty number)', '4': '停机 (suspended)', '5': '沉默号 (silent)' };

function upyunReadyMade(): ReadyMadeGroup[] {
	const sb = new UpyunSandbox();
	const failing = digitsWhere((digit) => sb.failWhen({ mobile: `1380000000${digit}` } as SandboxMessage));
	const numbers = [...new Set([...failing, ...Object.keys(UPYUN_DETECTION)])].sort().map((digit) => ({
		id: `ending in ${digit}`,
		about: [
			failing.includes(digit) ? 'its delivery fails (status failed) when the sandbox delivers (POST /__sandbox/advance); other numbers succeed' : '',
			UPYUN_DETECTION[digit] ? `Number → Detect says ${UPYUN_DETECTION[digit]}` : '',
		].filter(Boolean).join('; '),
	}));
	const { balance } = sb;
	return [
		{
			title: 'Templates',
			label: 'template',
			entries: byId(sb.templates.values(), (t) => t.id).map((t) => ({
				id: String(t.id),
				status: UPYUN_STATUS[t.status],
				text: t.content,
				about: [
					UPYUN_TYPE[t.type] ?? t.type,
					`signature 【${t.temp_sign}】`,
					t.ownerId === SELF_OWNER.id ? '' : `of another account (${t.ownerId === OTHER_OWNER.id ? OTHER_OWNER.name : t.ownerId}): sending fails with REQUIRE_TEMPLATE_OWNER`,
					t.ownerId === SELF_OWNER.id && UPYUN_NOT_SENDABLE[t.status] ? `sending with it fails with ${UPYUN_NOT_SENDABLE[t.status]}` : '',
				].filter(Boolean).join(', '),
			})),
		},
		{
			title: NUMBERS_TITLE,
			label: 'number',
			entries: numbers,
		},
		{
			title: LIMITS_TITLE,
			label: '',
			entries: [
				{ id: 'industry messages', about: `at most ${INDUSTRY_DAILY_LIMIT} to one number a day (Beijing day); the next one is refused with MOBILE_LIMIT` },
				{ id: 'balance', about: Object.entries(balance).map(([bucket, left]) => `${bucket} ${left}`).join(', ') },
				{ id: 'new templates', about: `get IDs from ${sb.nextTemplateId} on and stay under review` },
			],
		},
	];
}

// ---- Yunpian ----

const YUNPIAN_STATUS: Record<string, ReviewStatus> = { CHECKING: 'under review', SUCCESS: 'approved', FAIL: 'rejected' };
const yunpianCode = (code: number): string => `code ${code} ${ERROR_MSG[code] ?? ''}`.trim();

function yunpianReadyMade(): ReadyMadeGroup[] {
	const sb = new YunpianSandbox();
	const template = (about: string) => (t: { tpl_id: number; tpl_content: string; check_status: string; reason: string | null }): ReadyMadeEntry => ({
		id: String(t.tpl_id),
		status: YUNPIAN_STATUS[t.check_status],
		text: t.tpl_content,
		about: [about, t.reason ? `reason: ${t.reason}` : '', t.check_status === 'SUCCESS' ? '' : `sending with it fails with ${yunpianCode(7)}`].filter(Boolean).join(', '),
	});
	return [
		{
			title: 'Signatures',
			label: 'signature',
			entries: [...sb.signatures.values()].map((s) => ({
				id: `【${s.sign}】`,
				status: YUNPIAN_STATUS[s.check_status],
				about: s.check_status === 'SUCCESS' ? 'texts must start with it' : `texts starting with it fail with ${yunpianCode(15)}`,
			})),
		},
		{ title: 'Templates', label: 'template', entries: byId(sb.templates.values(), (t) => t.tpl_id).map(template('SMS template')) },
		{ title: 'Default templates', label: 'default template', entries: byId(sb.defaultTemplates, (t) => t.tpl_id).map(template("Yunpian's system template (Template → Get Default Templates)")) },
		{ title: 'Voice templates', label: 'voice template', entries: byId(sb.voiceTemplates.values(), (t) => t.tpl_id).map(template('voice notification')) },
		{
			title: 'Video templates',
			label: 'video template',
			entries: byId(sb.videoTemplates.values(), (t) => t.tpl_id).map((t) => ({
				id: String(t.tpl_id),
				status: YUNPIAN_STATUS[t.check_status] ?? 'under review',
				about: [`signature ${t.sign}`, t.expire_time ? `expires ${t.expire_time}` : ''].filter(Boolean).join(', '),
			})),
		},
		{
			title: NUMBERS_TITLE,
			label: 'number',
			entries: [
				{ id: BLACKLISTED_MOBILE, about: `blacklisted: sends to it fail with ${yunpianCode(10)}` },
				{ id: 'ending in 0', about: 'delivery report FAIL (DB:0103, 空号); other numbers SUCCESS (DELIVRD)' },
			],
		},
		{
			title: LIMITS_TITLE,
			label: '',
			entries: [
				{ id: 'repeated texts', about: `the same text to one number again within 30 s fails with ${yunpianCode(8)}; a 4th time within 5 minutes with ${yunpianCode(9)}` },
				{ id: 'blocked words', about: `a text with ${sb.blackWords.join(' or ')} fails with ${yunpianCode(4)} (SMS → Check Blocked Words finds them)` },
				{ id: 'account', about: `${sb.account.nick}, balance ${sb.account.balance} RMB (${PRICE_PER_SEGMENT} RMB a message segment)` },
				...sb.pendingReplies.map((reply) => ({ id: `reply from ${reply.mobile}`, about: `"${reply.text}" at ${reply.reply_time} (SMS → Pull Replies returns it once)` })),
				...[...sb.shortUrls.values()].map((short) => ({ id: `short URL ${short.sid}`, about: `${short.short_url} → ${short.long_url}` })),
			],
		},
	];
}

// ---- Aliyun SMS ----

const ALIYUN_STATUS: Record<number, ReviewStatus> = { 0: 'under review', 1: 'approved', 2: 'rejected' };
const ALIYUN_TYPE: Record<number, string> = { 0: 'verification code', 1: 'notification', 2: 'promotional', 3: 'international' };

function aliyunReadyMade(): ReadyMadeGroup[] {
	const sb = new AliyunSandbox();
	return [
		{
			title: 'Signatures',
			label: 'signature',
			entries: [...sb.signatures.values()].map((s) => ({
				id: s.name,
				status: ALIYUN_STATUS[s.status],
				about: [s.type === 0 ? 'verification-code templates only' : 'general', s.tag === 4 ? 'Aliyun’s test signature: only with template SMS_154950909' : '', s.status === 1 ? '' : 'sending with it fails with isv.SMS_SIGNATURE_ILLEGAL'].filter(Boolean).join(', '),
			})),
		},
		{
			title: 'Templates',
			label: 'template',
			entries: [...sb.templates.values()].map((t) => ({
				id: t.code,
				status: ALIYUN_STATUS[t.status],
				text: t.content,
				about: [ALIYUN_TYPE[t.type], t.rejectInfo ? `reason: ${t.rejectInfo}` : '', t.status === 1 ? '' : 'sending with it fails with isv.SMS_TEMPLATE_ILLEGAL'].filter(Boolean).join(', '),
			})),
		},
		{
			title: NUMBERS_TITLE,
			label: 'number',
			entries: [{ id: 'ending in 4', about: 'its delivery fails (SendStatus 2, MOBILE_NOT_ON_SERVICE) when the sandbox delivers (POST /__sandbox/deliver); other numbers are delivered' }],
		},
		{
			title: LIMITS_TITLE,
			label: '',
			entries: [
				{ id: 'verification codes', about: 'one number gets at most 1 a minute, 5 an hour and 10 a day per signature; the next fails with isv.BUSINESS_LIMIT_CONTROL' },
				{ id: 'balance', about: `${sb.balance} billed segments; at 0 sends fail with isv.OUT_OF_SERVICE` },
			],
		},
	];
}

// ---- Tencent Cloud SMS ----

const TENCENT_STATUS: Record<number, ReviewStatus> = { 0: 'approved', 1: 'under review', [-1]: 'rejected' };
const TENCENT_KIND: Record<number, string> = { 0: 'mainland China', 1: 'international', 3: 'mainland and international' };
const TENCENT_TYPE: Record<number, string> = { 1: 'marketing', 2: 'notification', 3: 'verification code' };

function tencentReadyMade(): ReadyMadeGroup[] {
	const sb = new TencentSandbox();
	return [
		{
			title: 'Templates',
			label: 'template',
			entries: byId(sb.templates.values(), (t) => t.TemplateId).map((t) => ({
				id: String(t.TemplateId),
				status: TENCENT_STATUS[t.StatusCode],
				text: t.TemplateContent,
				about: [TENCENT_TYPE[t.SmsType], TENCENT_KIND[t.International], t.ReviewReply ? `reason: ${t.ReviewReply}` : '', t.StatusCode === 0 ? '' : 'sending with it fails with FailedOperation.TemplateIncorrectOrUnapproved'].filter(Boolean).join(', '),
			})),
		},
		{
			title: 'Signatures',
			label: 'signature',
			entries: byId(sb.signs.values(), (s) => s.SignId).map((s) => ({
				id: s.SignName,
				status: TENCENT_STATUS[s.StatusCode],
				about: [`SignId ${s.SignId}`, s.International === 1 ? 'international' : 'mainland China', s.StatusCode === 0 ? '' : 'sending with it fails with FailedOperation.SignatureIncorrectOrUnapproved'].filter(Boolean).join(', '),
			})),
		},
		{
			title: NUMBERS_TITLE,
			label: 'number',
			entries: [
				{ id: TENCENT_BLACKLISTED, about: 'on the do-not-disturb list: sends to it fail with FailedOperation.PhoneNumberInBlacklist' },
				{ id: `ending in ${TENCENT_FAILING_SUFFIX}`, about: 'POST /__sandbox/deliver gives its messages a FAIL (UNDELIV) report; other numbers get SUCCESS (DELIVRD)' },
			],
		},
		{
			title: LIMITS_TITLE,
			label: '',
			entries: [
				{ id: `SDK AppID ${tencentTestCredentials.smsSdkAppId}`, about: `packages of ${sb.packages.map((p) => p.PackageAmount).join(' and ')} SMS; the same text to one number again within ${sb.sameContentSeconds} s fails with LimitExceeded.PhoneNumberThirtySecondLimit, more than ${sb.dailyLimit} a day with LimitExceeded.PhoneNumberDailyLimit` },
			],
		},
	];
}

// ---- what npm start prints and examples/README.md lists ----

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** One entry as one line: status, text, what it is. */
const describeEntry = (entry: ReadyMadeEntry): string => [entry.status, entry.text, entry.about].filter(Boolean).join(' · ');

/**
 * The start banner's list of every sandbox's ready-made data: a heading, then per provider its name and
 * one line per entry (e.g. `template 1002  approved · 您的订单{{number}}已发货，请注意查收 · notification (Message → Send)`).
 */
export function readyMadeBannerLines(providers: SandboxProvider[] = sandboxProviders): string[] {
	const lines = [' Ready-made sandbox data (also in examples/README.md):'];
	for (const provider of providers) {
		lines.push(`   ${provider.displayName}`);
		const rows = provider.readyMade().flatMap((group) => group.entries.map((entry) => ({ key: [group.label, entry.id].filter(Boolean).join(' '), entry })));
		const width = Math.max(...rows.map((row) => row.key.length));
		for (const { key, entry } of rows) lines.push(`     ${key.padEnd(width)}  ${describeEntry(entry)}`);
	}
	return lines;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');
const code = (text: string): string => `\`${text}\``;

/** The same data as Markdown: per provider a heading and one table per group (what examples/README.md holds). */
export function readyMadeMarkdown(providers: SandboxProvider[] = sandboxProviders): string {
	const parts: string[] = [];
	for (const provider of providers) {
		parts.push(`### ${provider.displayName} (\`${provider.key}\`)`);
		for (const group of provider.readyMade()) {
			const withStatus = group.entries.some((entry) => entry.status);
			const withText = group.entries.some((entry) => entry.text !== undefined);
			const header = [capitalised(group.label || 'data'), ...(withStatus ? ['Status'] : []), ...(withText ? ['Text'] : []), 'What it is'];
			const rows = group.entries.map((entry) => [
				code(entry.id),
				...(withStatus ? [entry.status ?? ''] : []),
				...(withText ? [entry.text === undefined ? '' : code(entry.text)] : []),
				entry.about,
			]);
			parts.push(
				[`**${group.title}**`, '', `| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n'),
			);
		}
	}
	return `${parts.join('\n\n')}\n`;
}

export const upyunProvider: SandboxProvider = {
	key: 'upyun',
	displayName: 'UPYUN SMS',
	nodeType: 'upyunSms',
	credentialType: 'upyunSmsApi',
	portOffset: 1,
	create: () => new UpyunSandbox(),
	credentials: (baseUrl) => ({ token: upyunTestToken, baseUrl }),
	badCredentials: (baseUrl) => ({ token: 'not-the-upyun-token', baseUrl }),
	demoSend: {
		resource: 'message',
		operation: 'send',
		mobiles: '13800138000',
		templateId: { __rl: true, mode: 'id', value: '1' },
		// The editor adds version 1.1, whose default is the template's fields; this demo gives the list.
		variablesInput: 'list',
		variables: { values: [{ value: '123456' }, { value: '5' }] },
	},
	readyMade: upyunReadyMade,
};

export const liupaiProvider: SandboxProvider = {
	key: 'liupai',
	displayName: 'Liupai',
	nodeType: 'liupai',
	credentialType: 'liupaiApi',
	portOffset: 2,
	create: () => new LiupaiSandbox(),
	credentials: (baseUrl) => ({ appSecret: liupaiTestAppkey, baseUrl }),
	badCredentials: (baseUrl) => ({ appSecret: liupaiWrongAppkey, baseUrl }),
	demoSend: {
		resource: 'message',
		operation: 'send',
		mobiles: '13800138000',
		contentMode: 'template',
		accountId: { __rl: true, mode: 'id', value: '12' },
		templateId: { __rl: true, mode: 'id', value: '1001' },
		// The editor adds version 1.1, whose default is the template's fields; this demo gives the list.
		variablesInput: 'list',
		variables: { values: [{ value: '123456' }] },
	},
	readyMade: liupaiReadyMade,
};

export const jpushProvider: SandboxProvider = {
	key: 'jpush',
	displayName: 'JPush SMS',
	nodeType: 'jPushSms',
	credentialType: 'jPushSmsApi',
	portOffset: 3,
	create: () => new JPushSandbox(),
	credentials: (baseUrl) => ({ ...jpushTestCredentials, baseUrl }),
	badCredentials: (baseUrl) => ({ ...jpushTestCredentials, masterSecret: 'not-the-master-secret', baseUrl }),
	demoSend: {
		resource: 'message',
		operation: 'send',
		mobile: '13800138000',
		templateId: { __rl: true, mode: 'id', value: '1002' },
		variablesInput: 'fields',
		variables: { values: [{ name: 'number', value: 'SO-1001' }] },
	},
	readyMade: jpushReadyMade,
};

export const yunpianProvider: SandboxProvider = {
	key: 'yunpian',
	displayName: 'Yunpian',
	nodeType: 'yunpian',
	credentialType: 'yunpianApi',
	portOffset: 4,
	create: () => new YunpianSandbox(),
	credentials: (baseUrl) => ({ apiKey: yunpianTestApiKey, baseUrl }),
	badCredentials: (baseUrl) => ({ apiKey: yunpianWrongApiKey, baseUrl }),
	demoSend: {
		resource: 'sms',
		operation: 'send',
		mobile: '13800138000',
		text: '【ACME】Your code is 1234',
	},
	readyMade: yunpianReadyMade,
};

export const aliyunProvider: SandboxProvider = {
	key: 'aliyun',
	displayName: 'Aliyun SMS',
	nodeType: 'aliyunSms',
	credentialType: 'aliyunSmsApi',
	portOffset: 5,
	create: () => new AliyunSandbox(),
	credentials: (baseUrl) => ({ ...aliyunTestCredentials, endpoint: 'dysmsapi.aliyuncs.com', baseUrl }),
	badCredentials: (baseUrl) => ({ ...aliyunTestCredentials, accessKeySecret: aliyunWrongSecret, endpoint: 'dysmsapi.aliyuncs.com', baseUrl }),
	demoSend: {
		resource: 'sms',
		operation: 'send',
		mobiles: '13800138000',
		signName: { __rl: true, mode: 'name', value: 'ACME' },
		templateCode: { __rl: true, mode: 'id', value: 'SMS_100000001' },
		variablesInput: 'list',
		variableList: { values: [{ name: 'name', value: '张三' }, { name: 'order', value: 'SO-1001' }] },
	},
	readyMade: aliyunReadyMade,
};

export const tencentProvider: SandboxProvider = {
	key: 'tencent',
	displayName: 'Tencent Cloud SMS',
	nodeType: 'tencentSms',
	credentialType: 'tencentCloudApi',
	portOffset: 6,
	create: () => new TencentSandbox(),
	credentials: (baseUrl) => ({ ...tencentTestCredentials, region: 'ap-guangzhou', baseUrl }),
	badCredentials: (baseUrl) => ({ ...tencentTestCredentials, secretKey: tencentWrongSecretKey, region: 'ap-guangzhou', baseUrl }),
	demoSend: {
		resource: 'message',
		operation: 'send',
		phoneNumbers: '13800138000',
		templateId: { __rl: true, mode: 'id', value: '1110' },
		signName: { __rl: true, mode: 'text', value: '腾讯云' },
		variablesInput: 'list',
		variables: { values: [{ value: '123456' }] },
	},
	readyMade: tencentReadyMade,
};

/** Every provider of the package, in menu order. */
export const sandboxProviders: SandboxProvider[] = [aliyunProvider, jpushProvider, liupaiProvider, tencentProvider, upyunProvider, yunpianProvider];
