/** Template kinds (upyun.md §1.3): the seed's two plus the newer doc's international ones. */
export type TemplateType = 'industry' | 'marketing' | 'intl' | 'jpn' | 'idn' | 'sgp';

export type TemplateStatus = 'review' | 'success' | 'defeat';

export const TEMPLATE_TYPES: readonly string[] = ['industry', 'marketing', 'intl', 'jpn', 'idn', 'sgp'];
/** Types whose messages show in `GET /api/messages/intl` and whose signature has no length rule. */
export const INTL_TYPES: readonly string[] = ['intl', 'jpn', 'idn', 'sgp'];
export const REPORT_TYPES: readonly string[] = ['vip', 'general'];
export const SIGN_LOCATIONS: readonly string[] = ['top', 'bottom'];
export const TEMPLATE_STATUSES: readonly string[] = ['review', 'success', 'defeat'];

/** The account the sandbox token belongs to, and the "other account" that owns template 5. */
export const SELF_OWNER = { id: 9, name: 'acme' } as const;
export const OTHER_OWNER = { id: 10, name: 'someone-else' } as const;

export interface SandboxTemplate {
	id: number;
	title: string;
	temp_sign: string;
	content: string;
	sign_location: string;
	type: TemplateType;
	report_type: string;
	status: TemplateStatus;
	updated_at: string;
	/** `SELF_OWNER.id` for the caller's own templates; anything else answers 403 REQUIRE_TEMPLATE_OWNER. */
	ownerId: number;
}

/** Remaining messages per bucket (`GET /api/users/remain`). */
export interface SandboxBalance {
	industry: number;
	marketing: number;
	intl: number;
	idn: number;
	jpn: number;
	sgp: number;
}

/** One report row. The first block is what the report endpoints emit; the rest is sandbox bookkeeping. */
export interface SandboxMessage {
	/** 22-digit string (current ids) or a short integer string (rows made in legacy send mode). */
	id: string;
	template_id: number;
	report_type: string;
	type: TemplateType;
	title: string;
	temp_sign: string;
	/** Rendered text including 【sign】 at the top or bottom. */
	content: string;
	mobile: string;
	/** `processing`, then `success` or `failed` after `advance()`. */
	status: string;
	quantity: number;
	created_at: string;
	sent_at: string | null;
	/** Which endpoint made the row. */
	source: 'send' | 'async' | 'file';
	/** Task id of an async send (`null` for the others). */
	task_id: string | null;
	/** ISO time before which the row is hidden from reports (scheduled sends); `null` = visible. */
	visible_from: string | null;
}

/** One `POST /api/detection/mobile` answer, kept for inspection. */
export interface SandboxDetection {
	id: number;
	owner_id: number;
	date: string;
	mobiles: string[];
	sum: number;
	count: number;
	created_at: number;
	done_time: number;
	data: Array<{
		phone: string;
		phoneStatus: number;
		phoneStatusStr: string;
		carrier: number;
		carrierStr: string;
		province: string;
		city: string;
	}>;
}
