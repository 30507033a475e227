import type { IDataObject } from 'n8n-workflow';

import { yunpianErrors } from '../transport/errors';

/** One send answer of Yunpian (single send, or one entry of a batch answer's `data`). */
export interface SendEntry extends IDataObject {
	code?: number | string;
	msg?: string;
	count?: number;
	fee?: number | string;
	unit?: string;
	mobile?: string;
	sid?: number | string;
}

/** A 64-bit `sid` as a string (never a rounded number); `null` when Yunpian gave none or 0. */
export function sidOf(value: unknown): string | null {
	if (value === undefined || value === null || value === '' || String(value) === '0') return null;
	return String(value);
}

/** The output item of one recipient: `success`, Yunpian's code and message, `sid`, segments billed, fee. */
export function recipientResult(mobile: string, entry: SendEntry | undefined, extra: IDataObject = {}): IDataObject {
	if (!entry) {
		return { mobile, success: false, code: null, message: 'Yunpian returned no result for this number', sid: null, count: 0, fee: 0, ...extra };
	}
	const code = entry.code === undefined ? 0 : Number(entry.code);
	const result: IDataObject = {
		mobile: entry.mobile ? String(entry.mobile) : mobile,
		success: code === 0,
		code,
		message: entry.msg ?? null,
		sid: sidOf(entry.sid),
		count: entry.count ?? 0,
		fee: entry.fee === undefined ? 0 : Number(entry.fee),
		unit: entry.unit ?? 'RMB',
		...extra,
	};
	if (code !== 0) {
		const known = yunpianErrors[String(code)];
		if (known) result.error = `${known.meaning}. ${known.fix}`;
	}
	return result;
}

/** Pairs a batch answer's entries with the numbers sent: by position when they line up, else by number. */
export function matchEntries(mobiles: string[], entries: SendEntry[]): Array<SendEntry | undefined> {
	if (entries.length === mobiles.length && entries.every((entry, i) => !entry.mobile || String(entry.mobile) === mobiles[i])) return entries;
	const byMobile = new Map(entries.map((entry) => [String(entry.mobile), entry]));
	return mobiles.map((mobile) => byMobile.get(mobile));
}
