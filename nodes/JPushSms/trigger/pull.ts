import { createHash } from 'crypto';
import type { IDataObject, INodeExecutionData, INodePropertyOptions, IPollFunctions } from 'n8n-workflow';

import { errorCodeOf } from '../../shared/send/output';
import { pollQueues, type PullQueue } from '../../shared/trigger/pullQueues';
import { pollOutput } from '../../shared/trigger/newEntries';
import { PULL_INTERVAL_MS, PULL_LIMIT, PULL_PATHS, pullRecords, type PullEvent } from '../transport/pull';
import { EVENT_OPTIONS, fieldsOf } from './events';

/** Calls per API and poll at most (2,000 records, 15 s of waiting between calls); a larger backlog goes on at the next poll. */
export const MAX_CALLS_PER_POLL = 4;

/** Where the time of the last call to each pull API is kept in the node's static data. */
const LAST_CALL_KEY = 'lastPullAt';

export const PULL_EVENT_OPTIONS: INodePropertyOptions[] = EVENT_OPTIONS.filter((option) => String(option.value) in PULL_PATHS);

const LABELS: Record<PullEvent, string> = {
	SMS_REPORT: `delivery reports (GET ${PULL_PATHS.SMS_REPORT})`,
	SMS_REPLY: `replies (GET ${PULL_PATHS.SMS_REPLY})`,
};

/**
 * Fixed data of the JPush console's callback test button (https://docs.jiguang.cn/jsms/server/callback),
 * shown by Fetch Test Event instead of a real record: a test pull would take the record away from the
 * published workflow for good.
 */
const SAMPLES: Record<PullEvent, IDataObject> = {
	SMS_REPORT: { msgId: '1857496', phone: '13000000000', receiveTime: 1492150740292, status: 4001 },
	SMS_REPLY: { content: 'TD', phone: '13000000000', replyTime: 1492150740292 },
};

/** An item with the same fields as the JPush SMS Trigger's for the same event; `raw` holds the type and the record. */
export function pulledItem(event: PullEvent, data: IDataObject): INodeExecutionData {
	return { json: { event, ...fieldsOf(event, data), raw: { type: event, data } } };
}

export function sampleItem(event: PullEvent): INodeExecutionData {
	const item = pulledItem(event, SAMPLES[event]);
	return { json: { ...item.json, sample: true } };
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value as string));

/** A reply has no ID: its number, time and a digest of its text identify it. */
function replyKey(data: IDataObject): string {
	const digest = createHash('sha1').update(text(data.content), 'utf8').digest('hex').slice(0, 16);
	return `${text(data.phone)}|${text(data.replyTime)}|${digest}`;
}

function queueOf(this: IPollFunctions, event: PullEvent, lastCalls: IDataObject): PullQueue {
	const path = PULL_PATHS[event];
	return {
		storeKey: `pulled:${event}`,
		label: LABELS[event],
		drain: {
			pull: async () => await pullRecords.call(this, path),
			pageSize: PULL_LIMIT,
			maxCalls: MAX_CALLS_PER_POLL,
			intervalMs: PULL_INTERVAL_MS,
			lastCallAt: typeof lastCalls[path] === 'number' ? lastCalls[path] : undefined,
			onCall: (at) => {
				lastCalls[path] = at;
			},
			// 50009 (out of freq): another client pulled less than 5 s ago and JPush handed nothing out,
			// so one more call after 5 s can neither lose nor repeat a record.
			refusedBeforePulling: (error) => errorCodeOf(error) === '50009',
		},
		entry: (data) => ({
			key: event === 'SMS_REPORT' ? `${text(data.msgId) || `${text(data.phone)}|${text(data.receiveTime)}`}` : replyKey(data),
			state: event === 'SMS_REPORT' ? text(data.status) : '',
			wanted: true,
			item: pulledItem(event, data),
		}),
		hint: (error) => {
			const code = errorCodeOf(error);
			if (code === '50009') {
				return 'JPush allows one pull every 5 seconds per app, and something else pulled from this app just before (a JPush SMS node’s Report → Get Delivery Reports or Get Replies, or another pull trigger): the trigger waited 5 seconds and was refused again. Pull from one place only.';
			}
			if (code === '50008') {
				return 'JPush refuses pulls while a callback URL is set for the app: remove the callback address in the JPush console (SMS Settings → Callback Interface) to pull, or use the JPush SMS Trigger (webhook) instead. The code also means that SMS is not enabled for the app.';
			}
			return undefined;
		},
	};
}

/**
 * New delivery reports and replies, pulled from JPush at the poll times. Fetch Test Event (manual
 * mode) pulls nothing and shows the documented sample of each chosen event, marked `sample: true`.
 */
export async function pollJPush(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const events = (this.getNodeParameter('events', []) as string[]).filter((value): value is PullEvent => value in PULL_PATHS);
	if (this.getMode() === 'manual') return pollOutput(events.map(sampleItem));
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const staticData = this.getWorkflowStaticData('node');
	const lastCalls = (staticData[LAST_CALL_KEY] ?? {}) as IDataObject;
	staticData[LAST_CALL_KEY] = lastCalls;
	const queues = events.map((event) => queueOf.call(this, event, lastCalls));
	return pollOutput(await pollQueues.call(this, queues, options.emitExisting === true));
}
