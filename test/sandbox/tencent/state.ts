/** The account state of the Tencent Cloud SMS sandbox (shared/api/tencent.md §8.5). */

/** Review status as Tencent writes it: 0 approved and usable, 1 under review, 2 approved but not yet effective, -1 rejected. */
export type StatusCode = 0 | 1 | 2 | -1;

export interface SandboxSign {
	SignId: number;
	SignName: string;
	International: number;
	StatusCode: StatusCode;
	ReviewReply: string;
	CreateTime: number;
	SignType: number;
	DocumentType: number;
	SignPurpose: number;
	ProofImage: string;
	CommissionImage?: string;
	Remark: string;
	QualificationId?: number;
	account: string;
}

export interface SandboxTemplate {
	TemplateId: number;
	TemplateName: string;
	TemplateContent: string;
	/** 1 marketing, 2 notification, 3 verification code. */
	SmsType: number;
	/** 0 mainland, 1 international, 3 both. */
	International: number;
	StatusCode: StatusCode;
	ReviewReply: string;
	CreateTime: number;
	Remark: string;
	account: string;
}

export interface SandboxApp {
	SmsSdkAppId: string;
	account: string;
	enabled: boolean;
	/** Whether the pull APIs (PullSms*) are enabled by "support". */
	pullEnabled: boolean;
	/** Whether ReportConversion is whitelisted. */
	conversionEnabled: boolean;
	/** Whether SessionContext is echoed in receipts (`ext`, `SessionContext`). */
	echoSessionContext: boolean;
}

export interface SandboxAccount {
	id: string;
	enterprise: boolean;
	mainAccount: boolean;
	arrears: boolean;
}

export interface SandboxMessage {
	SerialNo: string;
	PhoneNumber: string;
	CountryCode: string;
	SubscriberNumber: string;
	IsoCode: string;
	SmsSdkAppId: string;
	TemplateId: string;
	SignName: string;
	content: string;
	Fee: number;
	SessionContext: string;
	ExtendCode: string;
	/** Unix seconds. */
	sendTime: number;
	/** The SendSms code of this number (`Ok` or the refusal). */
	RequestCode: string;
	report?: { status: 'SUCCESS' | 'FAIL'; errmsg: string; description: string; time: number };
}

export interface SandboxReply {
	PhoneNumber: string;
	CountryCode: string;
	SubscriberNumber: string;
	SignName: string;
	ReplyContent: string;
	ExtendCode: string;
	ReplyTime: number;
	SmsSdkAppId: string;
}

export interface SandboxPackage {
	PackageId: number;
	PackageAmount: number;
	CurrentUsage: number;
	PackageType: number;
	PackageCreateTime: number;
	PackageEffectiveTime: number;
	PackageExpiredTime: number;
	SmsSdkAppId: string;
}

export const MAIN_ACCOUNT = 'main';
export const OTHER_ACCOUNT = 'other';

/** Numbers that get a FAIL receipt on `deliver()` (the others are delivered): those ending in 4. */
export const FAILING_SUFFIX = '4';
/** On the do-not-disturb list: every send to it is refused per number. */
export const BLACKLISTED_NUMBER = '+8613800000009';
/** Per-number caps (§4.4): same content within 30 s, and 10 a Beijing day. */
export const SAME_CONTENT_SECONDS = 30;
export const DAILY_LIMIT = 10;
export const FIRST_SIGN_ID = 1200;
export const FIRST_TEMPLATE_ID = 2200;
export const APPROVED_QUALIFICATION = 1001;
export const PENDING_QUALIFICATION = 1002;
/** Sensitive words (`FailedOperation.ContainSensitiveWord`). */
export const SENSITIVE_WORDS = ['赌博', 'casino'];

const DAY = 86400;
/** 2026-01-01 00:00 Beijing, when the seed was "created". */
const SEED_TIME = 1767196800;

export function seedSigns(): SandboxSign[] {
	const sign = (SignId: number, SignName: string, International: number, StatusCode: StatusCode, ReviewReply = ''): SandboxSign => ({
		SignId,
		SignName,
		International,
		StatusCode,
		ReviewReply,
		CreateTime: SEED_TIME,
		SignType: 0,
		DocumentType: 1,
		SignPurpose: 0,
		ProofImage: 'iVBORw0KGgo=',
		Remark: '',
		QualificationId: International === 0 ? APPROVED_QUALIFICATION : undefined,
		account: MAIN_ACCOUNT,
	});
	return [
		sign(1110, '腾讯云', 0, 0),
		sign(1111, 'n8n测试', 0, 1),
		sign(1112, '旧签名', 0, -1, 'The proof image does not show the company name.'),
		sign(1113, 'n8n Global', 1, 0),
	];
}

export function seedTemplates(): SandboxTemplate[] {
	const template = (
		TemplateId: number,
		TemplateName: string,
		TemplateContent: string,
		SmsType: number,
		International: number,
		StatusCode: StatusCode,
		ReviewReply = '',
	): SandboxTemplate => ({ TemplateId, TemplateName, TemplateContent, SmsType, International, StatusCode, ReviewReply, CreateTime: SEED_TIME, Remark: '', account: MAIN_ACCOUNT });
	return [
		template(1110, '验证码', '您的验证码是{1}', 3, 0, 0),
		template(1111, '登录通知', '{1}为您的登录验证码，请于{2}分钟内填写，如非本人操作，请忽略本短信。', 2, 0, 0),
		template(1112, '发货通知', '您的订单{1}已发货', 2, 0, 1),
		template(1113, '活动通知', '新品上市{1}，拒收请回复R', 1, 0, -1, 'Marketing content is not allowed for this account.'),
		template(1114, 'Global code', 'Your verification code is {1}', 3, 1, 0),
		template(1115, 'Both', 'Order {1} shipped', 2, 3, 0),
	];
}

export function seedApps(): SandboxApp[] {
	return [
		{ SmsSdkAppId: '1400006666', account: MAIN_ACCOUNT, enabled: true, pullEnabled: true, conversionEnabled: true, echoSessionContext: true },
		{ SmsSdkAppId: '1400009999', account: OTHER_ACCOUNT, enabled: true, pullEnabled: true, conversionEnabled: true, echoSessionContext: true },
	];
}

export function seedAccounts(): SandboxAccount[] {
	return [
		{ id: MAIN_ACCOUNT, enterprise: true, mainAccount: true, arrears: false },
		{ id: OTHER_ACCOUNT, enterprise: true, mainAccount: true, arrears: false },
	];
}

export function seedPackages(): SandboxPackage[] {
	return [
		{ PackageId: 1000791745, PackageAmount: 1000, CurrentUsage: 0, PackageType: 1, PackageCreateTime: SEED_TIME, PackageEffectiveTime: SEED_TIME, PackageExpiredTime: SEED_TIME + 365 * DAY, SmsSdkAppId: '1400006666' },
		{ PackageId: 1000791746, PackageAmount: 100, CurrentUsage: 0, PackageType: 0, PackageCreateTime: SEED_TIME + DAY, PackageEffectiveTime: SEED_TIME + DAY, PackageExpiredTime: SEED_TIME + 90 * DAY, SmsSdkAppId: '1400006666' },
	];
}

/** Countries the sandbox knows (DescribePhoneNumberInfo, IsoCode): code → ISO code and name. */
export const COUNTRIES: Record<string, [string, string]> = {
	'86': ['CN', 'China'],
	'1': ['US', 'United States'],
	'44': ['GB', 'United Kingdom'],
	'60': ['MY', 'Malaysia'],
	'65': ['SG', 'Singapore'],
	'81': ['JP', 'Japan'],
	'852': ['HK', 'Hong Kong, China'],
};

export interface ParsedNumber {
	PhoneNumber: string;
	CountryCode: string;
	SubscriberNumber: string;
	IsoCode: string;
	IsoName: string;
	domestic: boolean;
}

/**
 * Normalizes a number as SendSms does (§2.1, §8.6): `+86…`, `0086…`, `86…` + 11 digits, a bare 11-digit `1…`,
 * and a `0` after +86 (`+86018501234444`) are mainland; `+` and digits is international; else undefined.
 */
export function parseNumber(raw: string): ParsedNumber | undefined {
	const mainland = /^(?:\+86|0086|86)?0?(1\d{10})$/.exec(raw);
	if (mainland && (raw.startsWith('+86') || raw.startsWith('86') || raw.startsWith('0086') || /^1\d{10}$/.test(raw))) {
		return { PhoneNumber: `+86${mainland[1]}`, CountryCode: '86', SubscriberNumber: mainland[1], IsoCode: 'CN', IsoName: 'China', domestic: true };
	}
	const international = /^\+([1-9]\d{6,14})$/.exec(raw);
	if (!international) return undefined;
	const digits = international[1];
	const code = [3, 2, 1].map((length) => digits.slice(0, length)).find((prefix) => COUNTRIES[prefix]) ?? digits.slice(0, 2);
	const [IsoCode, IsoName] = COUNTRIES[code] ?? ['DEF', 'Unknown'];
	if (code === '86') return undefined;
	return { PhoneNumber: `+${digits}`, CountryCode: code, SubscriberNumber: digits.slice(code.length), IsoCode, IsoName, domestic: false };
}

const GSM_EXTENDED = '^|€{}[]~\\';
const isGsm = (text: string): boolean => /^[\x20-\x7e\n\r£¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà]*$/.test(text);

/**
 * Billed segments (§4.3). Mainland: the signature in 【】 plus the text, ≤ 70 characters one SMS, else
 * 67 a segment. International: GSM-7 text (extension characters count 2) ≤ 160 one, else 153 a
 * segment; other text 70/67.
 */
export function feeOf(text: string, domestic: boolean): number {
	const length = [...text].length;
	if (!domestic && isGsm(text)) {
		const units = [...text].reduce((sum, char) => sum + (GSM_EXTENDED.includes(char) ? 2 : 1), 0);
		return units <= 160 ? 1 : Math.ceil(units / 153);
	}
	return length <= 70 ? 1 : Math.ceil(length / 67);
}

/** Template variables `{1}`…`{n}` of a text, as numbers, in order of appearance. */
export function variablesOf(content: string): number[] {
	return [...content.matchAll(/\{(\d+)\}/g)].map((match) => Number(match[1]));
}

export function fillTemplate(content: string, values: string[]): string {
	return content.replace(/\{(\d+)\}/g, (whole, index: string) => values[Number(index) - 1] ?? whole);
}

/** `yyyymmddhh` of a Unix time in Beijing time (the statistics actions' format; the zone is our assumption, §2.8). */
export function beijingHour(seconds: number): string {
	return new Date((seconds + 8 * 3600) * 1000).toISOString().slice(0, 13).replace(/[-T]/g, '');
}

/** The Unix time of a `yyyymmddhh` Beijing hour, or undefined when it is not one. */
export function parseBeijingHour(value: string): number | undefined {
	const match = /^(\d{4})(\d{2})(\d{2})(\d{2})$/.exec(value);
	if (!match) return undefined;
	const [, y, m, d, h] = match.map(Number);
	const ms = Date.UTC(y, m - 1, d, h) - 8 * 3600 * 1000;
	return beijingHour(ms / 1000) === value ? ms / 1000 : undefined;
}

export function beijingDay(seconds: number): string {
	return beijingHour(seconds).slice(0, 8);
}
