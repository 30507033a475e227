/** Seed data and shapes of the Yunpian sandbox (yunpian.md §2). Tests depend on these exact values. */

export interface SandboxAccount {
	nick: string;
	gmt_created: string;
	mobile: string;
	email: string;
	ip_whitelist: string;
	api_version: string;
	alarm_balance: number;
	emergency_contact: string;
	emergency_mobile: string;
	balance: number;
}

export interface SandboxSignature {
	sign: string;
	check_status: 'CHECKING' | 'SUCCESS' | 'FAIL';
	apply_state: string;
	is_apply_vip: boolean;
	is_only_global: boolean;
	industry_type: string;
	notify: boolean;
	license_url?: string;
}

export interface SandboxTemplate {
	tpl_id: number;
	tpl_content: string;
	check_status: 'CHECKING' | 'SUCCESS' | 'FAIL';
	reason: string | null;
	notify_type?: number;
	lang?: string;
	region?: string;
	tpl_type?: number;
	callback?: string;
	website?: string;
}

export interface SandboxVideoTemplate {
	tpl_id: number;
	sign: string;
	check_status: 'PENDING' | 'CHECKING' | 'SUCCESS' | 'FAIL' | 'EXPIRED';
	expire_time: string | null;
	reason: string | null;
	yd_enabled: boolean;
	lt_enabled: boolean;
	dx_enabled: boolean;
	layout?: unknown;
	material?: { fileName: string; bytes: number };
}

/** One accepted SMS (also the `get_record` row). */
export interface SandboxMessage {
	sid: string;
	mobile: string;
	text: string;
	send_time: string;
	/** Billed segments. */
	fee: number;
	uid: string | null;
	send_status: string;
	report_status: 'SUCCESS' | 'FAIL' | 'UNKNOWN';
	user_receive_time: string | null;
	error_msg: string;
	/** Which endpoint sent it, and with what extra fields (extend, callback_url, …). */
	source: string;
	extra: Record<string, string>;
	/** `Date.getTime()` of the send, for the 30-second / 5-minute duplicate rules. */
	at: number;
}

export interface SandboxReply {
	id: string;
	mobile: string;
	reply_time: string;
	text: string;
	extend: string;
	base_extend: string;
	_sign: string;
}

export interface SandboxShortUrl {
	sid: string;
	long_url: string;
	short_url: string;
	enter_url: string;
	name: string;
	stat_expire: string;
	provider: number;
	stat: Record<string, number>;
}

export const PRICE_PER_SEGMENT = 0.05;
export const VOICE_PRICE = 0.05;
/** First SMS `sid` after a reset: above 2^53, so a client that parses it as a JS number loses digits. */
export const FIRST_SID = 9007199254740993n;
export const FIRST_TEMPLATE_ID = 1000;
export const FIRST_VIDEO_TEMPLATE_ID = 200;
/** Mobiles Yunpian filters (code 10 per entry). */
export const BLACKLISTED_MOBILE = '13800000010';
export const BLACK_WORDS = ['高利贷', '发票'];

export function seedAccount(): SandboxAccount {
	return {
		nick: 'acme',
		gmt_created: '2026-01-04 18:51:33',
		mobile: '13800138000',
		email: 'dev@example.com',
		ip_whitelist: '127.0.0.1',
		api_version: 'v2',
		alarm_balance: 10,
		emergency_contact: '',
		emergency_mobile: '',
		balance: 100,
	};
}

function signature(sign: string, check_status: SandboxSignature['check_status']): SandboxSignature {
	const apply_state = { CHECKING: 'CHECKING', SUCCESS: 'ALL_SUCCESS', FAIL: 'FAIL' }[check_status];
	return { sign, check_status, apply_state, is_apply_vip: false, is_only_global: false, industry_type: '其它', notify: true };
}

export function seedSignatures(): SandboxSignature[] {
	return [signature('ACME', 'SUCCESS'), signature('Pending', 'CHECKING'), signature('Rejected', 'FAIL')];
}

const tpl = (tpl_id: number, tpl_content: string, check_status: SandboxTemplate['check_status'], reason: string | null = null): SandboxTemplate => ({
	tpl_id,
	tpl_content,
	check_status,
	reason,
});

export function seedTemplates(): SandboxTemplate[] {
	return [
		tpl(1, '【ACME】Your code is #code#', 'SUCCESS'),
		tpl(2, '【ACME】Hello #name#, your code is #code#', 'SUCCESS'),
		tpl(3, '【ACME】Pending #code#', 'CHECKING'),
		tpl(4, '【ACME】Rejected #code#', 'FAIL', '模板开头必须带签名'),
		tpl(5, '【ACME】Your parcel has arrived', 'SUCCESS'),
	];
}

export function seedDefaultTemplates(): SandboxTemplate[] {
	return [tpl(1, '【#company#】您的验证码是#code#', 'SUCCESS'), tpl(2, '【#company#】您的验证码是#code#。如非本人操作，请忽略本短信', 'SUCCESS')];
}

export function seedVoiceTemplates(): SandboxTemplate[] {
	return [tpl(101, 'Your order #order# has shipped at #time#', 'SUCCESS'), tpl(102, 'Pending voice #x#', 'CHECKING')];
}

export function seedVideoTemplates(): SandboxVideoTemplate[] {
	const base = { reason: null, yd_enabled: true, lt_enabled: true, dx_enabled: false, sign: '【ACME】' };
	return [
		{ ...base, tpl_id: 126, check_status: 'SUCCESS', expire_time: '2027-02-26 12:12:12' },
		{ ...base, tpl_id: 127, check_status: 'CHECKING', expire_time: null },
	];
}

export function seedReplies(): SandboxReply[] {
	return [
		{ id: '2a70c6bb4f2845da816ea1bfe5732747', mobile: '13900139000', reply_time: '2026-11-26 09:55:21', text: '收到了，谢谢！', extend: '01', base_extend: '8888', _sign: '' },
		{ id: '3b81d7cc5a3956eb927fb2c0f6843858', mobile: '13700137000', reply_time: '2026-11-26 09:56:00', text: 'TD', extend: '', base_extend: '8888', _sign: '' },
	];
}

export const FLOW_PACKAGES = [
	{ sn: 1008601, carrier_price: 3, discount: 0.95, capacity: 10, carrier: '10086', name: '中国移动10M' },
	{ sn: 1001001, carrier_price: 3, discount: 0.9, capacity: 20, carrier: '10010', name: '中国联通20M' },
	{ sn: 1000001, carrier_price: 5, discount: 0.85, capacity: 30, carrier: '10000', name: '中国电信30M' },
];

export function seedShortUrls(): SandboxShortUrl[] {
	return [
		{
			sid: '7uRTPb',
			long_url: 'https://example.com/offer',
			short_url: 'https://yp2.cn/7uRTPb',
			enter_url: 'https://yp2.cn/7uRTPb',
			name: 'seed',
			stat_expire: '2026-12-26 00:00:00',
			provider: 1,
			stat: { '2026-11-26 09:00:00': 3, '2026-11-26 10:00:00': 5 },
		},
	];
}

// ---- text ----

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `yyyy-MM-dd HH:mm:ss` in Beijing time. */
export function beijingTime(at: Date): string {
	return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

export const TIME_PATTERN = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/** Billed segments: 1 up to 70 characters, else 67 per segment (signature included). */
export function segmentsOf(text: string): number {
	const length = [...text].length;
	return length <= 70 ? 1 : Math.ceil(length / 67);
}

/** Distinct `#name#` variables of a template. */
export function variablesOf(content: string): string[] {
	return [...new Set([...content.matchAll(/#([^#\s]+)#/g)].map((match) => match[1]))];
}

/** Whether a text is a template with its variables filled in (Yunpian's 智能匹配). */
export function matchesTemplate(content: string, text: string): boolean {
	const source = content
		.split(/#[^#\s]+#/)
		.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('[\\s\\S]+?');
	return new RegExp(`^${source}$`).test(text);
}

export const MAINLAND = /^1\d{10}$/;
export const INTERNATIONAL = /^\+\d{6,15}$/;
export const LANDLINE = /^0\d{9,11}$/;

/**
 * Send times per (mobile, text), for the per-number frequency rules. Messages are only ever appended,
 * so each new one is indexed once when the next send asks: a check costs O(sends to that number),
 * not O(every stored message) (a new or shorter list, e.g. after a reset, is indexed afresh).
 */
export class SendTimes {
	private rows?: readonly SandboxMessage[];

	private indexed = 0;

	private times = new Map<string, number[]>();

	/** When `mobile` was sent exactly `text` (ms), oldest first. */
	of(rows: readonly SandboxMessage[], mobile: string, text: string): readonly number[] {
		if (rows !== this.rows || rows.length < this.indexed) {
			this.rows = rows;
			this.indexed = 0;
			this.times = new Map();
		}
		for (; this.indexed < rows.length; this.indexed++) {
			const row = rows[this.indexed];
			const key = `${row.mobile}\u0000${row.text}`;
			const list = this.times.get(key);
			if (list) list.push(row.at);
			else this.times.set(key, [row.at]);
		}
		return this.times.get(`${mobile}\u0000${text}`) ?? [];
	}
}
