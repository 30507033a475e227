import type { IDataObject, INodeExecutionData, INodePropertyOptions } from 'n8n-workflow';

/** The callback types JPush posts (https://docs.jiguang.cn/jsms/server/callback, `type`). */
export const EVENT_TYPES = ['SMS_REPORT', 'SMS_REPLY', 'SMS_TEMPLATE', 'SMS_SIGN'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const isEventType = (value: string): value is EventType => (EVENT_TYPES as readonly string[]).includes(value);

export const EVENT_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'Delivery Report (SMS_REPORT)',
		value: 'SMS_REPORT',
		description: 'A message was delivered or failed',
	},
	{
		name: 'Reply (SMS_REPLY)',
		value: 'SMS_REPLY',
		description: 'A recipient replied to a message',
	},
	{
		name: 'Signature Review Result (SMS_SIGN)',
		value: 'SMS_SIGN',
		description: 'A signature was approved or rejected',
	},
	{
		name: 'Template Review Result (SMS_TEMPLATE)',
		value: 'SMS_TEMPLATE',
		description: 'A template was approved or rejected',
	},
];

/** Meaning of an `SMS_REPORT` status (https://docs.jiguang.cn/jsms/server/callback); any other value is a failure. */
const REPORT_STATUS: Record<number, string> = {
	4001: 'Delivered',
	4002: 'Number on the carrier blacklist',
	4003: 'Handset problem (switched off, suspended)',
	4004: 'Number does not exist',
	4005: 'Insufficient quota',
	4006: 'Carrier frequency limit',
	4007: 'Voice: not answered or rejected',
	4008: 'Voice: busy',
	4009: 'Voice: unreachable',
	4010: 'Blocked by the carrier for sensitive words',
	4100: 'Other error',
};

/** An epoch-millisecond time (number or digits) as ISO 8601; any other value as given, or null. */
function isoTime(value: unknown): string | null {
	const ms = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : NaN;
	if (Number.isSafeInteger(ms)) {
		const date = new Date(ms);
		if (!Number.isNaN(date.getTime())) return date.toISOString();
	}
	return typeof value === 'string' && value !== '' ? value : null;
}

const text = (value: unknown): string | null => (value === undefined || value === null ? null : String(value));

/** A number when the value is an integer (or integer text), else the value as given. */
function integer(value: IDataObject[string]): IDataObject[string] {
	if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) return Number(value);
	return value ?? null;
}

function reviewFields(data: IDataObject): IDataObject {
	const status = integer(data.status);
	return {
		status,
		approved: status === 1,
		result: status === 1 ? 'approved' : status === 2 ? 'rejected' : 'unknown',
		rejectionReason: text(data.refuseReason),
	};
}

/** The clean fields of one callback record, by type (also of a pulled report or reply: same data). */
export function fieldsOf(type: EventType, data: IDataObject): IDataObject {
	switch (type) {
		case 'SMS_REPORT': {
			const status = integer(data.status);
			return {
				messageId: text(data.msgId),
				mobile: text(data.phone),
				status,
				delivered: status === 4001,
				statusDescription: (typeof status === 'number' && REPORT_STATUS[status]) || 'Unknown status',
				receivedAt: isoTime(data.receiveTime),
			};
		}
		case 'SMS_REPLY':
			return { mobile: text(data.phone), content: text(data.content), repliedAt: isoTime(data.replyTime) };
		case 'SMS_TEMPLATE':
			return { templateId: integer(data.tempId), ...reviewFields(data) };
		case 'SMS_SIGN':
			return { signatureId: integer(data.signId), ...reviewFields(data) };
	}
}

export interface Envelope {
	type: EventType;
	nonce: string;
	timestamp: string;
}

/** One item per record: clean fields, then `raw` with the callback's fields and this record's data as sent. */
export function eventItems(envelope: Envelope, records: IDataObject[]): INodeExecutionData[] {
	return records.map((data) => ({
		json: {
			event: envelope.type,
			...fieldsOf(envelope.type, data),
			raw: { type: envelope.type, nonce: envelope.nonce, timestamp: envelope.timestamp, data },
		},
	}));
}

/**
 * The records of a callback's `data` (a JSON string): one object, or (defensively) an array of
 * objects. Undefined when it is not JSON or not of that shape.
 */
export function parseRecords(data: string): IDataObject[] | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(data);
	} catch {
		return undefined;
	}
	const isRecord = (value: unknown): value is IDataObject => value !== null && typeof value === 'object' && !Array.isArray(value);
	if (isRecord(parsed)) return [parsed];
	if (Array.isArray(parsed) && parsed.length > 0 && parsed.every(isRecord)) return parsed;
	return undefined;
}
