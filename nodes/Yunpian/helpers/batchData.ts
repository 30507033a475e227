import type { IDataObject } from 'n8n-workflow';

import type { SendEntry } from './sendEntry';

/**
 * The entries of a batch answer (`{ total_count, total_fee, unit, data: [...] }`, https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief) paired
 * with the numbers sent: by position when they line up, else by number. `undefined` where Yunpian
 * gave no entry for a number. Linear in the numbers.
 */
export function batchEntries(answer: unknown, mobiles: string[]): Array<SendEntry | undefined> {
	const data = (answer as IDataObject | undefined)?.data;
	const entries = Array.isArray(data) ? (data as SendEntry[]) : [];
	if (entries.length === mobiles.length && entries.every((entry, i) => !entry.mobile || String(entry.mobile) === mobiles[i])) return entries;
	const byMobile = new Map<string, SendEntry>();
	for (const entry of entries) if (entry.mobile !== undefined && !byMobile.has(String(entry.mobile))) byMobile.set(String(entry.mobile), entry);
	return mobiles.map((mobile) => byMobile.get(mobile));
}
