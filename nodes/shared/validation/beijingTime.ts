const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?$/;
/** ISO 8601 with a zone, as n8n's date picker, `$now` and `toISOString()` write it. */
const ZONED = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
/** The English forms of JavaScript's Date (toString, toUTCString) and RFC 2822: a weekday or month name first. */
const WORDED = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*,? /i;

const pad = (value: number) => String(value).padStart(2, '0');

/** Whether the parts name a real calendar day and time of day (no 2026-02-30, no 25:00). */
function isRealDateTime(y: number, m: number, d: number, hh: number, mm: number, ss: number): boolean {
	if (m < 1 || m > 12 || d < 1 || hh > 23 || mm > 59 || ss > 59) return false;
	return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Chinese providers take times as Beijing wall-clock time (UTC+8). A value with a zone (as n8n's
 * date picker and `$now` give) is converted; a value without one is taken as Beijing time already.
 * Returns undefined for text that is not a real date and time (`2026-02-30`, `25:00`, `12`, `tomorrow`).
 */
export function toBeijingParts(value: string): { date: string; time: string } | undefined {
	const text = value.trim();
	const local = LOCAL.exec(text);
	if (local) {
		const [, y, m, d, hh = '00', mm = '00', ss = '00'] = local;
		if (!isRealDateTime(Number(y), Number(m), Number(d), Number(hh), Number(mm), Number(ss))) return undefined;
		return { date: `${y}-${m}-${d}`, time: `${hh}:${mm}:${ss}` };
	}
	const zoned = ZONED.exec(text);
	if (zoned) {
		const [, y, m, d, hh, mm, ss = '00'] = zoned;
		if (!isRealDateTime(Number(y), Number(m), Number(d), Number(hh), Number(mm), Number(ss))) return undefined;
	} else if (!WORDED.test(text)) {
		return undefined;
	}
	const instant = Date.parse(text);
	if (Number.isNaN(instant)) return undefined;
	const beijing = new Date(instant + BEIJING_OFFSET_MS);
	if (beijing.getUTCFullYear() < 1970 || beijing.getUTCFullYear() > 9999) return undefined;
	return {
		date: `${beijing.getUTCFullYear()}-${pad(beijing.getUTCMonth() + 1)}-${pad(beijing.getUTCDate())}`,
		time: `${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}:${pad(beijing.getUTCSeconds())}`,
	};
}

/**
 * The text of a date value as an expression may give it: a string, a number of digits, a JavaScript Date or
 * a Luxon DateTime (`$now`) as ISO text. Undefined for anything else (an object, a list, a boolean), which
 * callers report with describeValue.
 */
export function dateText(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
	const toISO = (value as { toISO?: unknown } | null)?.toISO;
	if (typeof toISO === 'function') {
		const iso: unknown = toISO.call(value);
		return typeof iso === 'string' ? iso : undefined;
	}
	return undefined;
}

/** The Beijing calendar day (`yyyy-MM-dd`) `daysAgo` days before `now`. */
export function beijingDay(daysAgo = 0, now = Date.now()): string {
	return toBeijingParts(new Date(now - daysAgo * 24 * 60 * 60 * 1000).toISOString())!.date;
}
