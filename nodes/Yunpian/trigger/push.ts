import type { IDataObject } from 'n8n-workflow';

import { parseJsonLossless } from '../../shared/json';

/** The events the trigger offers; flow (流量) reports are recognised and acknowledged only. */
export type YunpianEvent = 'deliveryStatus' | 'reply' | 'voiceStatus' | 'templateReview';

/** Most reports or replies in one push: twice Yunpian's documented batch (≤100 SMS, ≤500 voice reports). */
export const MAX_ENTRIES_PER_PUSH = 1000;

/** The form field of each push Yunpian sends to the console address (系统设置 → 数据获取与推送). */
const PUSH_FIELDS: Array<{ field: string; event: YunpianEvent | 'flowStatus' }> = [
	{ field: 'sms_status', event: 'deliveryStatus' },
	{ field: 'sms_reply', event: 'reply' },
	{ field: 'voice_status', event: 'voiceStatus' },
	{ field: 'flow_status', event: 'flowStatus' },
];

/** Fields of a template review result (pushed to the `callback` address given to tpl/add). */
const isTemplateReview = (value: IDataObject) => 'tpl_id' in value && 'check_status' in value;

export interface Push {
	event: YunpianEvent | 'flowStatus';
	/** The form field it came in, e.g. `sms_status`; empty for a template review sent as plain fields. */
	field: string;
	/** One entry per report or reply, as Yunpian sent it. */
	entries: IDataObject[];
}

export type ParsedPush = { ok: true; push: Push } | { ok: false; problem: string };

const isObject = (value: unknown): value is IDataObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A form value holding URL-encoded JSON, already URL-decoded once by the form parser. Some senders
 * encode twice ("部分语言由于解码方式差异需要解码两次"): a value still starting with `%5B`/`%7B` is decoded again.
 */
function decodeJson(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	let text = value.trim();
	if (/^%(5b|7b)/i.test(text)) {
		try {
			text = decodeURIComponent(text.replace(/\+/g, ' '));
		} catch {
			return undefined;
		}
	}
	return parseJsonLossless(text);
}

function entriesOf(value: unknown): IDataObject[] | string {
	const list = Array.isArray(value) ? value : [value];
	if (list.length > MAX_ENTRIES_PER_PUSH) return `more than ${MAX_ENTRIES_PER_PUSH} entries in one push`;
	return list.every(isObject) ? list : 'the field does not hold a JSON object or an array of objects';
}

/** The body's fields: a form (what Yunpian sends) or, tolerated, a JSON object. */
function fieldsOf(text: string, contentType: string): IDataObject | undefined {
	const trimmed = text.trim();
	if (contentType.includes('json') || (!contentType.includes('form') && trimmed.startsWith('{'))) {
		const parsed = parseJsonLossless(trimmed);
		return isObject(parsed) ? parsed : undefined;
	}
	const fields: IDataObject = {};
	for (const [key, value] of new URLSearchParams(trimmed)) if (!(key in fields)) fields[key] = value;
	return fields;
}

/** What Yunpian pushed, from the raw request body; a problem (→ HTTP 400) when it is not a Yunpian push. */
export function parsePush(text: string, contentType: string): ParsedPush {
	const fields = fieldsOf(text, contentType);
	if (!fields || Object.keys(fields).length === 0) return { ok: false, problem: 'the body is empty or not a form' };
	const known = PUSH_FIELDS.find(({ field }) => field in fields);
	if (known) {
		const value = decodeJson(fields[known.field]);
		if (value === undefined) return { ok: false, problem: `${known.field} does not hold URL-encoded JSON` };
		const entries = entriesOf(value);
		return typeof entries === 'string' ? { ok: false, problem: `${known.field}: ${entries}` } : { ok: true, push: { event: known.event, field: known.field, entries } };
	}
	// Template review results: the reference names the fields but not their encoding, so accept them
	// as plain form fields, or as one form field holding (URL-encoded) JSON.
	if (isTemplateReview(fields)) return { ok: true, push: { event: 'templateReview', field: '', entries: [fields] } };
	for (const [field, raw] of Object.entries(fields)) {
		const value = decodeJson(raw);
		const entries = value === undefined ? 'not JSON' : entriesOf(value);
		if (typeof entries !== 'string' && entries.length > 0 && entries.every(isTemplateReview)) {
			return { ok: true, push: { event: 'templateReview', field, entries } };
		}
	}
	return { ok: false, problem: 'no Yunpian push field (sms_status, sms_reply, voice_status, or a template review result)' };
}
