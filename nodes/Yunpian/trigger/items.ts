import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { YunpianEvent } from './push';

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value as string | number));

/** Fields common to SMS and voice delivery reports (sms_status, voice_status). */
function report(entry: IDataObject): IDataObject {
	return {
		sid: text(entry.sid),
		uid: text(entry.uid),
		mobile: text(entry.mobile),
		status: text(entry.report_status),
		delivered: entry.report_status === 'SUCCESS',
		receivedAt: text(entry.user_receive_time),
		errorCode: text(entry.error_msg),
	};
}

const FIELDS: Record<YunpianEvent, (entry: IDataObject) => IDataObject> = {
	deliveryStatus: (entry) => ({ ...report(entry), errorDetail: text(entry.error_detail) }),
	voiceStatus: (entry) => ({ ...report(entry), durationSeconds: entry.duration === null || entry.duration === undefined ? null : Number(entry.duration) }),
	reply: (entry) => ({
		id: text(entry.id),
		mobile: text(entry.mobile),
		text: text(entry.text),
		repliedAt: text(entry.reply_time),
		extend: text(entry.extend),
		baseExtend: text(entry.base_extend),
	}),
	templateReview: (entry) => ({
		templateId: text(entry.tpl_id),
		content: text(entry.tpl_content),
		status: text(entry.check_status),
		approved: entry.check_status === 'SUCCESS',
		reason: text(entry.reason),
	}),
};

/** One clean item per report or reply; `raw` is the entry as Yunpian sent it (64-bit sids as strings). */
export function pushItems(event: YunpianEvent, entries: IDataObject[]): INodeExecutionData[] {
	return entries.map((entry) => ({ json: { event, ...FIELDS[event](entry), raw: entry } }));
}
