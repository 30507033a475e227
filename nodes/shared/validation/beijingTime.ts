const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Chinese providers take times as Beijing wall-clock time (UTC+8). A value with a zone (as n8n's
 * date picker and `$now` give) is converted; a value without one is taken as Beijing time already.
 * Returns undefined for text that is not a date.
 */
export function toBeijingParts(value: string): { date: string; time: string } | undefined {
	const text = value.trim();
	const local = LOCAL.exec(text);
	if (local) {
		const [, y, m, d, hh = '00', mm = '00', ss = '00'] = local;
		return { date: `${y}-${m}-${d}`, time: `${hh}:${mm}:${ss}` };
	}
	const instant = Date.parse(text);
	if (Number.isNaN(instant)) return undefined;
	const beijing = new Date(instant + BEIJING_OFFSET_MS);
	return {
		date: `${beijing.getUTCFullYear()}-${pad(beijing.getUTCMonth() + 1)}-${pad(beijing.getUTCDate())}`,
		time: `${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}:${pad(beijing.getUTCSeconds())}`,
	};
}

/** The Beijing calendar day (`yyyy-MM-dd`) `daysAgo` days before `now`. */
export function beijingDay(daysAgo = 0, now = Date.now()): string {
	return toBeijingParts(new Date(now - daysAgo * 24 * 60 * 60 * 1000).toISOString())!.date;
}
