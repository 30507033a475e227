import type { IDataObject } from 'n8n-workflow';

/** A status push element (https://cloud.tencent.com/document/api/382/59178) or a reply push (…/59179). */
export type TencentPush = { event: 'deliveryReport'; entries: IDataObject[] } | { event: 'reply'; entries: IDataObject[] };

export type ParsedPush = { ok: true; push: TencentPush } | { ok: false; problem: string };

const isObject = (value: unknown): value is IDataObject => value !== null && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/**
 * Reads a push: status reports come as a JSON array (up to 100 per push), a reply as one JSON object
 * with `text` and `mobile`. Anything else is not a Tencent push.
 */
export function parsePush(body: string): ParsedPush {
	let value: unknown;
	try {
		value = JSON.parse(body);
	} catch {
		return { ok: false, problem: 'the body is not JSON' };
	}
	if (Array.isArray(value)) {
		if (!value.every((entry) => isObject(entry) && typeof entry.sid === 'string' && typeof entry.report_status === 'string')) {
			return { ok: false, problem: 'a status report needs sid and report_status' };
		}
		return { ok: true, push: { event: 'deliveryReport', entries: value as IDataObject[] } };
	}
	if (isObject(value) && typeof value.text === 'string' && value.mobile !== undefined) return { ok: true, push: { event: 'reply', entries: [value] } };
	return { ok: false, problem: 'neither a list of status reports nor a reply' };
}

const e164 = (nationcode: unknown, mobile: unknown): string => `+${text(nationcode) || '86'}${text(mobile)}`;

/** One item per status report, in the words of the node's other outputs (Tencent's own fields kept under `raw`). */
export function reportItem(entry: IDataObject): IDataObject {
	return {
		event: 'deliveryReport',
		phoneNumber: e164(entry.nationcode, entry.mobile),
		delivered: entry.report_status === 'SUCCESS',
		reportStatus: text(entry.report_status),
		code: text(entry.errmsg),
		description: text(entry.description),
		serialNo: text(entry.sid),
		// Tencent writes Beijing time without a zone (the doc does not say; assumed).
		userReceiveTime: text(entry.user_receive_time),
		...(entry.ext !== undefined ? { sessionContext: text(entry.ext) } : {}),
		raw: entry,
	};
}

export function replyItem(entry: IDataObject): IDataObject {
	const time = Number(entry.time);
	return {
		event: 'reply',
		phoneNumber: e164(entry.nationcode, entry.mobile),
		text: text(entry.text),
		signName: text(entry.sign),
		extendCode: text(entry.extend),
		time: Number.isFinite(time) ? time : null,
		receivedAt: Number.isFinite(time) ? new Date(time * 1000).toISOString() : null,
		raw: entry,
	};
}

/** What makes a status report the same one again when Tencent retries the push. */
export const reportKey = (entry: IDataObject): string => `${text(entry.sid)}|${text(entry.report_status)}|${text(entry.errmsg)}`;
export const replyKey = (entry: IDataObject): string => `${text(entry.nationcode)}${text(entry.mobile)}|${text(entry.time)}|${text(entry.text)}`;
