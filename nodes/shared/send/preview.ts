import type { IDataObject } from 'n8n-workflow';

import { countSegments, smsLength } from '../validation/smsLength';
import type { Recipient } from './types';

/** What the phone will show, and what it costs: the carriers bill 70 characters as one SMS, longer texts in 67s. */
export function previewOf(text: string): IDataObject {
	return { text, length: smsLength(text), segments: countSegments(text) };
}

/** Segments of a recipient: the adapter's figure, else counted from the text it will receive. */
export function segmentsOf(recipient: Pick<Recipient<unknown>, 'segments' | 'text'>): number | undefined {
	if (recipient.segments !== undefined) return recipient.segments;
	return recipient.text === undefined ? undefined : countSegments(recipient.text);
}

/**
 * The execution hint of a bulk send or a preview: recipients (distinct numbers), messages and billed
 * segments, so the cost of a campaign shows above the output before anyone reads the items.
 */
export function totalsHint(recipients: Array<Pick<Recipient<unknown>, 'mobile' | 'segments' | 'text'>>, dryRun: boolean): string {
	const numbers = new Set(recipients.map((recipient) => recipient.mobile)).size;
	let segments = 0;
	let unknown = 0;
	for (const recipient of recipients) {
		const count = segmentsOf(recipient);
		if (count === undefined) unknown++;
		else segments += count;
	}
	const counted = unknown === 0 ? `${segments} billed segment(s)` : `${segments} billed segment(s) counted, ${unknown} message(s) of unknown length`;
	const totals = `${numbers} recipient(s), ${recipients.length} message(s), ${counted}`;
	return dryRun ? `Preview only, nothing was sent: ${totals} would go out.` : `${totals} in this run; each item says whether the provider accepted it.`;
}
