import type { IDataObject } from 'n8n-workflow';

import { parseJsonLossless } from '../../shared/json';

/**
 * Aliyun's HTTP batch pushes (https://help.aliyun.com/zh/sms/developer-reference/smsreport-http,
 * https://help.aliyun.com/zh/sms/developer-reference/smsup-http): a JSON array of reports of one type,
 * told apart by their fields since one URL may receive several types.
 */
export type AliyunEvent = 'delivered' | 'failed' | 'reply' | 'signatureReview' | 'templateReview' | 'internationalReport';

/** More than Aliyun batches in one push; a bigger array is refused rather than read. */
export const MAX_ENTRIES_PER_PUSH = 1000;

const isObject = (value: unknown): value is IDataObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Which event one entry is, by its fields (aliyun.md §5.2–5.6); undefined for an entry of no known type. */
export function eventOf(entry: IDataObject): AliyunEvent | undefined {
	if ('sign_status' in entry && 'sign_name' in entry) return 'signatureReview';
	if ('template_status' in entry && 'template_code' in entry) return 'templateReview';
	if ('err_code' in entry && 'phone_number' in entry) return entry.success === true || entry.success === 'true' ? 'delivered' : 'failed';
	if ('dest_code' in entry || ('content' in entry && 'phone_number' in entry)) return 'reply';
	if ('To' in entry && 'Status' in entry) return 'internationalReport';
	return undefined;
}

/** What tells one report from a repeat of it: Aliyun may push the same report twice (no idempotency, §5.1). */
export function dedupeKey(event: AliyunEvent, entry: IDataObject): string {
	const text = (value: unknown) => (value === undefined || value === null ? '' : String(value as string));
	switch (event) {
		case 'delivered':
		case 'failed':
			return ['report', entry.biz_id, entry.phone_number, entry.err_code, entry.report_time].map(text).join('|');
		case 'reply':
			return ['reply', entry.sequence_id, entry.phone_number, entry.send_time].map(text).join('|');
		case 'signatureReview':
			return ['sign', entry.sign_name, entry.orderId ?? entry.order_id, entry.sign_status].map(text).join('|');
		case 'templateReview':
			return ['template', entry.template_code, entry.orderId ?? entry.order_id, entry.template_status].map(text).join('|');
		case 'internationalReport':
			return ['intl', entry.MessageId, entry.Status, entry.ReceiveDate].map(text).join('|');
	}
}

export type ParsedPush = { ok: true; entries: Array<{ event: AliyunEvent; entry: IDataObject }> } | { ok: false; problem: string };

/** The body: a JSON array of objects (a single object is read as an array of one). */
export function parsePush(text: string): ParsedPush {
	const value = parseJsonLossless(text.trim());
	const list = Array.isArray(value) ? value : isObject(value) ? [value] : undefined;
	if (!list) return { ok: false, problem: 'the body is not a JSON array of reports' };
	if (list.length > MAX_ENTRIES_PER_PUSH) return { ok: false, problem: `more than ${MAX_ENTRIES_PER_PUSH} reports in one push` };
	const entries: Array<{ event: AliyunEvent; entry: IDataObject }> = [];
	for (const entry of list) {
		if (!isObject(entry)) return { ok: false, problem: 'an element is not a JSON object' };
		const event = eventOf(entry);
		if (!event) return { ok: false, problem: 'an element is not an SmsReport, SmsUp, SignSmsReport or TemplateSmsReport entry' };
		entries.push({ event, entry });
	}
	return { ok: true, entries };
}
