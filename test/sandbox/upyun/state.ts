import { charCount } from './fields';
import { OTHER_OWNER, SELF_OWNER, type SandboxBalance, type SandboxMessage, type SandboxTemplate } from './types';

/** Every seed template was last changed at this fixed time, so answers are repeatable. */
const SEED_UPDATED_AT = '2026-11-20T02:00:00.000Z';

/** Next id `POST /api/templates` hands out after a reset. */
export const FIRST_TEMPLATE_ID = 100;
/** First current-format message id (22 digits) after a reset; ids count up from here. */
export const FIRST_MESSAGE_ID = 2026112600000010000001n;
/** First legacy (integer) `message_id` after a reset. */
export const FIRST_LEGACY_MESSAGE_ID = 1001;
/** First async task id after a reset (answered as a string). */
export const FIRST_TASK_ID = 8801;
/** First detection task id after a reset. */
export const FIRST_DETECTION_ID = 301;

/** Mobiles UPYUN accepts (11-digit mainland numbers, no prefix). */
export const MOBILE_PATTERN = /^1\d{10}$/;
/** Industry templates: one mobile receives at most this many messages a day (seed §1.3.5). */
export const INDUSTRY_DAILY_LIMIT = 10;

export const SEED_BALANCE: Readonly<SandboxBalance> = {
	industry: 1000,
	marketing: 500,
	intl: 50,
	idn: 0,
	jpn: 0,
	sgp: 0,
};

function seed(
	id: number,
	title: string,
	content: string,
	type: SandboxTemplate['type'],
	status: SandboxTemplate['status'],
	temp_sign = 'ACME',
	ownerId: number = SELF_OWNER.id,
): SandboxTemplate {
	return {
		id,
		title,
		temp_sign,
		content,
		sign_location: 'top',
		type,
		report_type: 'vip',
		status,
		updated_at: SEED_UPDATED_AT,
		ownerId,
	};
}

/** Fresh copies of the seed templates (tests depend on these exact values). */
export function seedTemplates(): SandboxTemplate[] {
	return [
		seed(1, 'login code', 'Your code is {$var1}, valid {$var2} minutes', 'industry', 'success'),
		seed(2, 'promo', 'Big sale this week 退订回T', 'marketing', 'success'),
		seed(3, 'pending', 'Pending {$var1}', 'industry', 'review'),
		seed(4, 'rejected', 'Rejected {$var1}', 'industry', 'defeat'),
		seed(5, 'foreign', 'Not yours {$var1}', 'industry', 'success', 'OTHER', OTHER_OWNER.id),
		seed(6, 'intl code', 'Code {$var1}', 'intl', 'success'),
		seed(7, 'notice', 'Your parcel has arrived', 'industry', 'success'),
	];
}

// ---- text ----

const PLACEHOLDER = /\{\$([^{}]*)\}/g;

/**
 * The placeholders of a template body, one per occurrence, in order (`{$var1}` → `var1`): UPYUN's `vars`
 * gives one value per `{$…}` placeholder, in order (upyun.md §6: "count of `{$…}` placeholders"), so a
 * name written twice takes two values.
 */
export function placeholderNames(content: string): string[] {
	return [...content.matchAll(PLACEHOLDER)].map((match) => match[1]);
}

/** Fills the placeholders: the n-th value goes to the n-th placeholder. */
export function renderBody(content: string, values: readonly string[]): string {
	let position = 0;
	return content.replace(PLACEHOLDER, () => values[position++] ?? '');
}

/** The text as delivered: 【sign】 before or after the body. */
export function withSignature(body: string, sign: string, location: string): string {
	return location === 'bottom' ? `${body}【${sign}】` : `【${sign}】${body}`;
}

/** Billed segments (upyun.md §1.4): 1 up to 70 characters, else 67 per segment. */
export function segmentsOf(text: string): number {
	const length = charCount(text);
	return length <= 70 ? 1 : Math.ceil(length / 67);
}

/** Marketing templates must end with one of these (seed §1.3.1). */
export function hasUnsubscribeSuffix(content: string): boolean {
	const text = content.trimEnd();
	return ['退订回T', '退订回TD', '退订回N'].some((suffix) => text.endsWith(suffix));
}

// ---- time (UPYUN works in Beijing time, UTC+8) ----

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The Beijing calendar day (`yyyy-MM-dd`) of an instant. */
export function beijingDay(instant: Date | string): string {
	const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
	return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** True for a real calendar day written `yyyy-MM-dd`. */
export function isDay(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	return date.toISOString().slice(0, 10) === text;
}

/**
 * A send time `yyyy-MM-dd HH:mm:ss`, read as Beijing wall-clock time. Returns the instant in ms,
 * or undefined when the text is not in that format or not a real time.
 */
export function parseSendTime(text: string): number | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
	if (!match) return undefined;
	const [y, mo, d, h, mi, s] = match.slice(1).map(Number);
	if (h > 23 || mi > 59 || s > 59 || !isDay(text.slice(0, 10))) return undefined;
	return Date.UTC(y, mo - 1, d, h, mi, s) - BEIJING_OFFSET_MS;
}

/**
 * Industry messages per (Beijing day, mobile), for the 10-a-day cap. Rows are only ever appended to
 * the message list, so each new row is counted once when the next send asks: O(1) per send however
 * many messages are stored (a new or shorter list, e.g. after a reset, is counted afresh).
 */
export class DailyIndustryCounts {
	private rows?: readonly SandboxMessage[];

	private counted = 0;

	private counts = new Map<string, number>();

	/** Industry messages `mobile` was sent on Beijing day `day` (`yyyy-MM-dd`). */
	count(rows: readonly SandboxMessage[], day: string, mobile: string): number {
		if (rows !== this.rows || rows.length < this.counted) {
			this.rows = rows;
			this.counted = 0;
			this.counts = new Map();
		}
		for (; this.counted < rows.length; this.counted++) {
			const row = rows[this.counted];
			if (row.type !== 'industry') continue;
			const key = `${beijingDay(row.created_at)} ${row.mobile}`;
			this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
		}
		return this.counts.get(`${day} ${mobile}`) ?? 0;
	}
}
