/** What the Aliyun SMS sandbox keeps (aliyun.md §2, §4, §8): signatures, templates, sent messages, replies. */

/** Review states as GetSmsSign / GetSmsTemplate give them: 0 reviewing, 1 approved, 2 rejected, 10 cancelled. */
export type ReviewState = 0 | 1 | 2 | 10;

export interface SandboxSignature {
	name: string;
	/** 0 verification-code signature, 1 general. */
	type: 0 | 1;
	status: ReviewState;
	source: number;
	qualificationId: string;
	remark: string;
	createDate: string;
	orderId: string;
	rejectInfo: string;
	/** 4 = Aliyun's test signature. */
	tag: number;
}

export interface SandboxTemplate {
	code: string;
	name: string;
	/** 0 verification, 1 notification, 2 promotional, 3 international. */
	type: 0 | 1 | 2 | 3;
	content: string;
	status: ReviewState;
	relatedSignName: string;
	/** The TemplateRule JSON: variable → property. */
	rule: Record<string, string>;
	remark: string;
	createDate: string;
	orderId: string;
	rejectInfo: string;
	intlType?: number;
	tags: Record<string, string>;
}

export interface SandboxRecord {
	bizId: string;
	phone: string;
	signName: string;
	templateCode: string;
	content: string;
	outId: string;
	sentAt: number;
	/** 1 waiting for the receipt, 2 failed, 3 delivered. */
	sendStatus: 1 | 2 | 3;
	errCode: string;
	receivedAt?: number;
	segments: number;
	extendCode: string;
}

export interface SandboxGlobeMessage {
	messageId: string;
	to: string;
	message: string;
	from: string;
	type: string;
	taskId: string;
	sentAt: number;
	/** 1 sent, 2 failed, 3 sending. */
	status: 1 | 2 | 3;
	errorCode: string;
	segments: number;
}

export interface SandboxReply {
	phone: string;
	content: string;
	sentAt: number;
	destCode: string;
	sequenceId: string;
	signName: string;
}

export const SEED_CREATED = '2026-01-05 10:00:00';

export const TEST_SIGNATURE = '阿里云短信测试';
export const TEST_TEMPLATE = 'SMS_154950909';
export const NOTICE_TEMPLATE = 'SMS_100000001';
export const REVIEWING_TEMPLATE = 'SMS_100000002';
export const REJECTED_TEMPLATE = 'SMS_100000003';
export const INTL_TEMPLATE = 'SMS_100000004';
export const PROMO_TEMPLATE = 'SMS_100000005';
export const FIRST_NEW_TEMPLATE = 100000100;

export function seedSignatures(): SandboxSignature[] {
	const sign = (name: string, type: 0 | 1, status: ReviewState, extra: Partial<SandboxSignature> = {}): SandboxSignature => ({
		name,
		type,
		status,
		source: 0,
		qualificationId: '1001',
		remark: '',
		createDate: SEED_CREATED,
		orderId: String(2004000000 + name.length),
		rejectInfo: '',
		tag: 2,
		...extra,
	});
	return [
		sign(TEST_SIGNATURE, 1, 1, { tag: 4, remark: 'Aliyun’s test signature' }),
		sign('ACME', 1, 1, { orderId: '2004000101' }),
		sign('ACME验证', 0, 1, { orderId: '2004000102' }),
		sign('审核中签名', 1, 0, { orderId: '2004000103' }),
		sign('被拒签名', 1, 2, { orderId: '2004000104', rejectInfo: '签名与企业名称不符' }),
	];
}

export function seedTemplates(): SandboxTemplate[] {
	const template = (code: string, name: string, type: SandboxTemplate['type'], content: string, status: ReviewState, rule: Record<string, string>, extra: Partial<SandboxTemplate> = {}): SandboxTemplate => ({
		code,
		name,
		type,
		content,
		status,
		relatedSignName: 'ACME',
		rule,
		remark: '',
		createDate: SEED_CREATED,
		orderId: `20050${code.slice(-5)}`,
		rejectInfo: '',
		tags: {},
		...extra,
	});
	return [
		template(TEST_TEMPLATE, '验证码测试模板', 0, '您正在使用阿里云短信测试服务，体验验证码是：${code}，如非本人操作，请忽略本短信！', 1, { code: 'numberCaptcha' }, { relatedSignName: TEST_SIGNATURE }),
		template(NOTICE_TEMPLATE, '发货通知', 1, '尊敬的${name}，您的订单${order}已发货，请注意查收。', 1, { name: 'name', order: 'other_number2' }),
		template(REVIEWING_TEMPLATE, '审核中模板', 1, '您的预约${time}已确认。', 0, { time: 'time' }),
		template(REJECTED_TEMPLATE, '被拒模板', 1, '点击领取${gift}', 2, { gift: 'other' }, { rejectInfo: '模板内容不清晰' }),
		template(INTL_TEMPLATE, 'International code', 3, 'Your verification code is ${code}.', 1, { code: 'numberCaptcha' }, { intlType: 2 }),
		template(PROMO_TEMPLATE, '新品推广', 2, '${name}，新品上市全场8折，拒收请回复R', 1, { name: 'name' }),
	];
}

/** Variables of a template text, `${name}`, distinct, in order. */
export function templateVariables(content: string): string[] {
	return [...new Set([...content.matchAll(/\$\{([^}]*)\}/g)].map((match) => match[1]))];
}

/** Billed parts (aliyun.md §4.4): `【sign】` + content in code points, 70 for one, else 67 a part. */
export function segmentsOf(text: string): number {
	const length = [...text].length;
	return length <= 70 ? 1 : Math.ceil(length / 67);
}

/** `yyyy-MM-dd HH:mm:ss` and `yyyyMMdd` in Beijing time (UTC+8), as Aliyun's records write them. */
export function beijing(at: number): { time: string; day: string } {
	const shifted = new Date(at + 8 * 3600_000).toISOString();
	return { time: `${shifted.slice(0, 10)} ${shifted.slice(11, 19)}`, day: shifted.slice(0, 10).replace(/-/g, '') };
}

/** Mainland numbers after one optional +86 / 0086 / 86 / + prefix; international: 6–15 digits with a country code. */
export function normaliseNumber(raw: string): { number: string; mainland: boolean } | undefined {
	const value = raw.trim();
	const mainland = /^(?:\+86|0086|86|\+)?(1[3-9]\d{9})$/.exec(value);
	if (mainland) return { number: mainland[1], mainland: true };
	if (/^\d{6,15}$/.test(value) && !value.startsWith('86')) return { number: value, mainland: false };
	return undefined;
}
