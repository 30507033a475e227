/**
 * Seed state and rules of the Liupai sandbox. Everything here that the seed does not say is an
 * ASSUMPTION from liupai.md §5 (no real Liupai answer is public); it is kept in one place so it can be
 * changed when a real account shows the truth.
 */

/** Review status of sub-accounts and templates (assumed values): 0 pending, 1 approved, 2 rejected. */
export const PENDING = 0;
export const APPROVED = 1;
export const REJECTED = 2;

/** Fixed `addtime` of the seed rows (Unix seconds), so answers are repeatable. */
const SEED_ADDTIME = 1795000000;

export interface SandboxAccount {
	accountid: number;
	company: string;
	signature: string;
	statusurl: string;
	replyurl: string;
	replyusername: string;
	replypassword: string;
	totalnum: number;
	usednum: number;
	status: number;
	istemnocheck: number;
	failreason: string;
	addtime: number;
}

export interface SandboxTemplate {
	templateid: number;
	accountid: number;
	name: string;
	content: string;
	ismarket: number;
	status: number;
	failreason: string;
	addtime: number;
}

export interface SandboxLogRow {
	/** 18 digits; written as a bare JSON number in `sendlogs` (seed: int) and as a string in `send`. */
	msgid: string;
	mobile: string;
	message: string;
	templateid: number;
	accountid: number;
	/** Instant in ms. */
	at: number;
	segments: number;
	ismarket: number;
}

/** The root account that `sms/balance` describes. */
export interface SandboxRoot {
	accountid: number;
	company: string;
	totalnum: number;
	usednum: number;
}

export const SEED_ROOT: Readonly<SandboxRoot> = { accountid: 0, company: 'Sandbox Co.', totalnum: 1000, usednum: 0 };

/** First ids handed out after a reset. */
export const FIRST_ACCOUNT_ID = 20;
export const FIRST_TEMPLATE_ID = 2001;
export const FIRST_MSGID = 202611260000000001n;

/** Rows per `sendlogs` page (it has no pageSize parameter; assumed 20, like the other lists' default). */
export const SENDLOGS_PAGE_SIZE = 20;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Verification-code rule of the seed (1分钟4次、1小时5次、1天8次), applied per mobile to ismarket=0 sends. */
export const RATE_LIMITS: ReadonlyArray<{ windowMs: number; max: number }> = [
	{ windowMs: 60_000, max: 4 },
	{ windowMs: 3_600_000, max: 5 },
	{ windowMs: 86_400_000, max: 8 },
];

/** `【XXX】` with 2–12 characters inside (the length is our guess). */
export const SIGNATURE_PATTERN = /^【[^【】]{2,12}】$/;
export const MOBILE_PATTERN = /^1\d{10}$/;
export const MARKETING_SUFFIX = '回TD退订';

export function seedAccounts(): SandboxAccount[] {
	const base = { statusurl: '', replyurl: '', replyusername: '', replypassword: '', usednum: 0, istemnocheck: 0, failreason: '', addtime: SEED_ADDTIME };
	return [
		{ ...base, accountid: 12, company: 'Demo Co. Ltd', signature: '【Demo】', statusurl: 'https://example.com/status', replyusername: 'cb-user', replypassword: 'cb-pass', totalnum: 500, status: APPROVED },
		{ ...base, accountid: 13, company: 'Other Co. Ltd', signature: '【Other】', totalnum: 100, status: PENDING },
	];
}

export function seedTemplates(): SandboxTemplate[] {
	const base = { accountid: 12, ismarket: 0, failreason: '', addtime: SEED_ADDTIME };
	return [
		{ ...base, templateid: 1001, name: 'login_code', content: '【Demo】您的验证码是@', status: APPROVED },
		{ ...base, templateid: 1002, name: 'pending', content: '【Demo】您的订单@已发货', status: PENDING },
		{ ...base, templateid: 1003, name: 'rejected', content: '【Demo】欢迎@', status: REJECTED, failreason: '签名不符' },
		{ ...base, templateid: 1004, name: 'promo', content: '【Demo】新品上市,回TD退订', ismarket: 1, status: APPROVED },
		{ ...base, templateid: 1005, name: 'other_notice', content: '【Other】@您好,订单@已签收', accountid: 13, status: APPROVED },
	];
}

/** Billed messages: 70 characters make one SMS (seed), counted as characters, not bytes. */
export function segmentsOf(text: string): number {
	return Math.max(1, Math.ceil([...text].length / 70));
}

/** Whether `content` is the template with each `@` filled by 1–20 characters (our guess of the rule). */
export function matchesTemplate(template: string, content: string): boolean {
	const pattern = template
		.trim()
		.split('@')
		.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('[\\s\\S]{1,20}');
	return new RegExp(`^${pattern}$`, 'u').test(content.trim());
}

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** `YYYY-MM-DD HH:mm:ss` in Beijing time. */
export function beijingTime(at: number): string {
	return new Date(at + BEIJING_OFFSET_MS).toISOString().replace('T', ' ').slice(0, 19);
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isDay(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).toISOString().slice(0, 10) === text;
}
