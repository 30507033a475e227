/** In-memory state of the JPush sandbox (jpush.md §6). */

export interface SandboxTemplate {
	temp_id: number;
	template: string;
	type: number;
	ttl?: number;
	remark?: string;
	/** 0 under review, 1 approved, 2 rejected. */
	status: number;
}

export interface SandboxSign {
	sign_id: number;
	sign: string;
	type?: number;
	remark?: string;
	status: number;
	is_default: number;
	use_status: number;
	/** Part names and sizes of the uploaded images. */
	images: Array<{ part: string; fileName: string; size: number }>;
	fields: Record<string, string>;
}

export interface SandboxCode {
	msg_id: string;
	mobile: string;
	code: string;
	sentAt: number;
	expiresAt: number;
	verified: boolean;
	voice: boolean;
}

export interface SandboxMessage {
	msg_id: string;
	mobile: string;
	temp_id: number;
	sign_id: number;
	text: string;
	temp_para?: Record<string, string>;
	schedule_id?: string;
	tag?: string;
}

export interface ScheduleRecipient {
	msg_id: string;
	mobile: string;
	temp_para?: Record<string, string>;
}

export interface SandboxSchedule {
	schedule_id: string;
	kind: 'single' | 'batch';
	send_time: string;
	temp_id: number;
	sign_id?: number;
	tag?: string;
	recipients: ScheduleRecipient[];
	status: 'pending' | 'sent' | 'deleted';
}

export interface AppBalance {
	app_balance: number | null;
	app_voice: number | null;
	app_industry: number | null;
	app_market: number | null;
}

export interface DevBalance {
	dev_balance: number | null;
	dev_voice: number | null;
	dev_industry: number | null;
	dev_market: number | null;
}

export interface PulledReport {
	msgId: string;
	phone: string;
	receiveTime: number;
	status: number;
}

export interface PulledReply {
	phone: string;
	replyTime: number;
	content: string;
}

export const FIRST_MSG_ID = 288193860302n;
export const FIRST_TEMPLATE_ID = 10000;
export const FIRST_SIGN_ID = 10000;
export const FIRST_CODE = 482913;

export const SEED_APP_BALANCE: Readonly<AppBalance> = { app_balance: 1000, app_voice: 100, app_industry: 500, app_market: 300 };
export const SEED_DEV_BALANCE: Readonly<DevBalance> = { dev_balance: 9, dev_voice: 702, dev_industry: 121981, dev_market: null };

/** Numbers that have unsubscribed (50024). */
export const SEED_UNSUBSCRIBED = ['13900000024'];

/** Fresh copies of the seed templates (tests depend on these exact values). */
export function seedTemplates(): SandboxTemplate[] {
	return [
		{ temp_id: 1001, template: '您好，您的验证码是{{code}}，5分钟内有效！', type: 1, ttl: 300, remark: '注册验证码', status: 1 },
		{ temp_id: 1002, template: '您的订单{{number}}已发货，请注意查收', type: 2, status: 1 },
		{ temp_id: 1003, template: '{{name}}您好，本周会员日全场八折，回TD退订', type: 3, status: 1 },
		{ temp_id: 1004, template: '审核中的模板{{number}}', type: 2, status: 0 },
		{ temp_id: 1005, template: '未通过的模板{{number}}', type: 2, status: 2 },
		{ temp_id: 1006, template: '您的包裹已到达驿站', type: 2, status: 1 },
		{ temp_id: 1007, template: '验证码{{code}}，1分钟内有效', type: 1, ttl: 60, status: 1 },
	];
}

export function seedSigns(): SandboxSign[] {
	return [
		{ sign_id: 501, sign: '极光推送', type: 1, status: 1, is_default: 1, use_status: 1, images: [], fields: {} },
		{ sign_id: 502, sign: 'ACME', type: 6, status: 1, is_default: 0, use_status: 0, images: [], fields: {} },
		{ sign_id: 503, sign: '被拒签名', type: 7, status: 2, is_default: 0, use_status: 0, images: [], fields: {} },
	];
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** Variables by template text: a batch checks every recipient against the same few texts. */
const variablesByText = new Map<string, readonly string[]>();

export function templateVariables(text: string): readonly string[] {
	let names = variablesByText.get(text);
	if (!names) {
		names = [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]))];
		if (variablesByText.size > 1000) variablesByText.clear();
		variablesByText.set(text, names);
	}
	return names;
}

export function renderTemplate(text: string, values: Record<string, string>): string {
	return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

export const charCount = (text: string): number => [...text].length;

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `yyyy-MM-dd HH:mm:ss` read as Beijing time → epoch ms; undefined when malformed. */
export function parseSendTime(text: unknown): number | undefined {
	if (typeof text !== 'string') return undefined;
	const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
	if (!match) return undefined;
	const [y, mo, d, h, mi, s] = match.slice(1).map(Number);
	const ms = Date.UTC(y, mo - 1, d, h, mi, s);
	const check = new Date(ms);
	if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
	return ms - BEIJING_OFFSET_MS;
}
