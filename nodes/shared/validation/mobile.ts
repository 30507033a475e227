import { describeValue, isText } from './text';

/** How mobile numbers are checked: which forms a provider accepts. */
export interface MobileRules {
	/** Accept international numbers in E.164 form (`+` and 8–15 digits). */
	allowInternational: boolean;
	/** Strip a leading `+86`/`86`/`0086` from mainland numbers (most Chinese APIs want 11 digits). */
	stripChinaPrefix: boolean;
}

export type MobileCheck = { ok: true; mobile: string } | { ok: false; reason: string };

const MAINLAND = /^1[3-9]\d{9}$/;
const E164 = /^\+[1-9]\d{7,14}$/;

/**
 * What separates the numbers of a list field, as the fields' descriptions say it (they quote this text, and
 * the reliability suite checks that exactly these separators split a list and that others are refused).
 */
export const MOBILE_LIST_HINT = 'separated by commas, semicolons (also the full-width “，” and “；”), spaces, tabs or new lines';

/** The prefixes a mainland number may carry, as the fields' descriptions say it; each is removed. */
export const CHINA_PREFIX_HINT = 'A +86, 0086 or 86 prefix and spaces, dashes or brackets inside a number are removed';

/**
 * Splits a list typed by a user: commas and semicolons (ASCII or full-width) and new lines always
 * separate; spaces separate only where the piece is not one number written with spaces (+86 138 0013 8000).
 * A list (an expression giving an array) holds numbers or lists of numbers as text.
 */
export function splitMobileList(input: unknown): string[] {
	const values = Array.isArray(input) ? input : [input];
	return values
		.flatMap((value) => (isText(value) ? String(value) : '').split(/[,，;；\r\n]+/))
		.flatMap((piece) => {
			const trimmed = piece.trim();
			const compact = trimmed.replace(/[\s()-]/g, '');
			return /^\+?\d{1,16}$/.test(compact) ? [trimmed] : trimmed.split(/\s+/);
		})
		.filter((value) => value.length > 0);
}

export function checkMobile(value: unknown, rules: MobileRules): MobileCheck {
	if (!isText(value)) return { ok: false, reason: `${describeValue(value)} is not a mobile number` };
	const raw = String(value);
	// Dashes group digits (138-0013-8000); one before the first digit or after the last is a sign or a typo.
	if (/(?<![\d)])-|-(?![\d(])/.test(raw.replace(/\s/g, ''))) {
		return { ok: false, reason: `"${raw}" is not a mobile number: a dash may only stand between digits` };
	}
	const compact = raw.replace(/[\s()-]/g, '');
	const china = /^(?:\+86|0086|86)(1\d{10})$/.exec(compact);
	if (!china && /^(?:\+|00)86/.test(compact)) {
		// +86 is China's country code: what follows is a mainland number or nothing a provider can send to.
		return { ok: false, reason: `"${raw}" is not a mainland China mobile number (+86 and 11 digits starting 13–19)` };
	}
	if (china) {
		const national = china[1];
		if (!MAINLAND.test(national)) return { ok: false, reason: `"${raw}" is not a mainland China mobile number` };
		return { ok: true, mobile: rules.stripChinaPrefix ? national : `+86${national}` };
	}
	if (/^\d{11}$/.test(compact)) {
		return MAINLAND.test(compact)
			? { ok: true, mobile: compact }
			: { ok: false, reason: `"${raw}" is not a mainland China mobile number (11 digits starting 13–19)` };
	}
	if (compact.startsWith('+') || compact.startsWith('00')) {
		const e164 = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
		if (!E164.test(e164)) return { ok: false, reason: `"${raw}" is not a valid international number (E.164: + and 8–15 digits)` };
		if (!rules.allowInternational) return { ok: false, reason: `"${raw}" is an international number, which this operation cannot send to` };
		return { ok: true, mobile: e164 };
	}
	return { ok: false, reason: `"${raw}" is not a mobile number (expected 11 digits such as 13800138000${rules.allowInternational ? ', or +country code and number' : ''})` };
}

/**
 * Parses and checks a recipient list. Duplicates are dropped so nobody gets the same message
 * twice from one item; the first bad number is reported.
 */
export function parseMobiles(input: unknown, rules: MobileRules): { mobiles: string[]; invalid?: string } {
	const notText = (Array.isArray(input) ? input : [input]).find((value) => value !== undefined && value !== null && !isText(value));
	if (notText !== undefined) return { mobiles: [], invalid: `${describeValue(notText)} is not a mobile number` };
	const seen = new Set<string>();
	for (const raw of splitMobileList(input)) {
		const check = checkMobile(raw, rules);
		if (!check.ok) return { mobiles: [], invalid: check.reason };
		seen.add(check.mobile);
	}
	return { mobiles: [...seen] };
}
