import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { pollQueues, type PullQueue } from '../../shared/trigger/pullQueues';
import { pollOutput } from '../../shared/trigger/newEntries';
import { readAppId } from '../helpers/appId';
import { PULL_LIMIT } from '../helpers/pull';
import { tencentRequest } from '../transport';

export type PullEvent = 'deliveryReport' | 'reply';

/** Calls per queue and poll at most (1,000 records); a larger backlog goes on at the next poll. */
export const MAX_CALLS_PER_POLL = 10;

const ACTIONS: Record<PullEvent, { action: string; set: string; label: string }> = {
	deliveryReport: { action: 'PullSmsSendStatus', set: 'PullSmsSendStatusSet', label: 'delivery reports (PullSmsSendStatus)' },
	reply: { action: 'PullSmsReplyStatus', set: 'PullSmsReplyStatusSet', label: 'replies (PullSmsReplyStatus)' },
};

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value as string));
const isoOf = (seconds: unknown): string | null => (Number.isFinite(Number(seconds)) && Number(seconds) > 0 ? new Date(Number(seconds) * 1000).toISOString() : null);

/** A pulled receipt (https://cloud.tencent.com/document/api/382/55977) with the field names of the push trigger's items. */
export function pulledReport(row: IDataObject): IDataObject {
	return {
		event: 'deliveryReport',
		phoneNumber: text(row.PhoneNumber),
		delivered: row.ReportStatus === 'SUCCESS',
		reportStatus: text(row.ReportStatus),
		code: text(row.Description),
		serialNo: text(row.SerialNo),
		userReceiveTime: isoOf(row.UserReceiveTime),
		...(row.SessionContext ? { sessionContext: text(row.SessionContext) } : {}),
		raw: row,
	};
}

export function pulledReply(row: IDataObject): IDataObject {
	return {
		event: 'reply',
		phoneNumber: text(row.PhoneNumber),
		text: text(row.ReplyContent),
		signName: text(row.SignName),
		extendCode: text(row.ExtendCode),
		time: Number.isFinite(Number(row.ReplyTime)) ? Number(row.ReplyTime) : null,
		receivedAt: isoOf(row.ReplyTime),
		raw: row,
	};
}

/** Documented example records (shared/api/tencent.md §2.3, §2.5), for Fetch Test Event: a test pull would take records for good. */
const SAMPLES: Record<PullEvent, IDataObject> = {
	deliveryReport: { Description: 'DELIVRD', CountryCode: '86', SubscriberNumber: '18501234444', ReportStatus: 'SUCCESS', PhoneNumber: '+8618501234444', SerialNo: '5000:1045710669157053657849499619', UserReceiveTime: 1620734188, SessionContext: '' },
	reply: { CountryCode: '86', ReplyContent: '1', SubscriberNumber: '18501234444', ExtendCode: '11', ReplyTime: 1620734188, PhoneNumber: '+8618501234444', SignName: '腾讯云' },
};

const itemOf = (event: PullEvent, row: IDataObject): INodeExecutionData => ({ json: event === 'reply' ? pulledReply(row) : pulledReport(row) });

function queueOf(this: IPollFunctions, event: PullEvent, appId: string): PullQueue {
	const { action, set, label } = ACTIONS[event];
	return {
		storeKey: `pulled:${event}`,
		label,
		drain: {
			// A pull consumes Tencent's queue: a 'write', never retried.
			pull: async () => (await tencentRequest.call(this, { action, body: { Limit: PULL_LIMIT, SmsSdkAppId: appId }, kind: 'write', fields: [set] }))[set] as IDataObject[],
			pageSize: PULL_LIMIT,
			maxCalls: MAX_CALLS_PER_POLL,
		},
		entry: (row) => ({
			key: event === 'reply' ? `${text(row.PhoneNumber)}|${text(row.ReplyTime)}|${text(row.ReplyContent)}` : `${text(row.SerialNo)}|${text(row.PhoneNumber)}`,
			state: event === 'reply' ? '' : text(row.ReportStatus),
			wanted: true,
			item: itemOf(event, row),
		}),
		hint: (error) =>
			/RequestPermissionDeny/.test(error.message)
				? 'The pull APIs are off for this app until Tencent Cloud support enables them; or use the Tencent Cloud SMS Trigger (pushes) instead.'
				: undefined,
	};
}

/**
 * New delivery reports and replies, pulled from Tencent's queues at the poll times. Fetch Test Event (manual
 * mode) pulls nothing and shows the documented sample of each chosen event, marked `sample: true`.
 */
export async function pollTencent(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const events = (this.getNodeParameter('events', []) as string[]).filter((value): value is PullEvent => value in ACTIONS);
	if (this.getMode() === 'manual') return pollOutput(events.map((event) => ({ json: { ...itemOf(event, SAMPLES[event]).json, sample: true } })));
	const appId = await readAppId(this);
	const options = this.getNodeParameter('options', {}) as IDataObject;
	return pollOutput(await pollQueues.call(this, events.map((event) => queueOf.call(this, event, appId)), options.emitExisting === true));
}
