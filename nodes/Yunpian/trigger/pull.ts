import type { IDataObject, INodeExecutionData, INodePropertyOptions, IPollFunctions } from 'n8n-workflow';

import { errorCodeOf } from '../../shared/send/output';
import { pollOutput } from '../../shared/trigger/newEntries';
import { pollQueues, type PullQueue } from '../../shared/trigger/pullQueues';
import { MAX_PAGE_SIZE, pullRows } from '../helpers/lists';
import type { YunpianProduct } from '../transport';
import { pushItems } from './items';

/** The events Yunpian hands out by pull; template review results only come as pushes (Yunpian Trigger). */
export type PullEvent = 'deliveryStatus' | 'reply' | 'voiceStatus';

/** Calls per queue and poll at most (2,000 records); a larger backlog goes on at the next poll. */
export const MAX_CALLS_PER_POLL = 20;

export const PULL_EVENT_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Delivery Status', value: 'deliveryStatus', description: 'An SMS was delivered or failed: one item per report (sms/pull_status)' },
	{ name: 'Reply', value: 'reply', description: 'A recipient replied: one item per reply (sms/pull_reply)' },
	{ name: 'Voice Status', value: 'voiceStatus', description: 'A voice code or notification call ended: one item per report (voice/pull_status)' },
];

interface Source {
	product: YunpianProduct;
	path: string;
	fields?: IDataObject;
	label: string;
}

/**
 * Yunpian's pull APIs, `sms/pull_status` (https://www.yunpian.com/official/document/sms/zh_cn/domestic_pull_status),
 * `sms/pull_reply` and `voice/pull_status`: at most 100 rows a call (`page_size`), each row returned once
 * and then deleted. Voice reports are pulled per call type (`type` 1 codes, 2 notifications).
 */
const SOURCES: Record<PullEvent, Source[]> = {
	deliveryStatus: [{ product: 'sms', path: 'sms/pull_status', label: 'delivery statuses (sms/pull_status)' }],
	reply: [{ product: 'sms', path: 'sms/pull_reply', label: 'replies (sms/pull_reply)' }],
	voiceStatus: [
		{ product: 'voice', path: 'voice/pull_status', fields: { type: 1 }, label: 'voice code call reports (voice/pull_status, type 1)' },
		{ product: 'voice', path: 'voice/pull_status', fields: { type: 2 }, label: 'voice notification call reports (voice/pull_status, type 2)' },
	],
};

const isPullEvent = (value: string): value is PullEvent => value in SOURCES;

/**
 * The examples of Yunpian's push pages (https://www.yunpian.com/official/document/sms/zh_cn/domestic_push_report,
 * https://www.yunpian.com/official/document/sms/zh_cn/domestic_push_reply without its `_sign`,
 * https://www.yunpian.com/official/document/sms/zh_CN/voicecode_voice_push), whose fields the pulls return
 * too: what Fetch Test Event shows instead of pulling, since a test pull would take the records from
 * the published workflow for good.
 */
const SAMPLES: Record<PullEvent, IDataObject> = {
	deliveryStatus: { error_detail: '接收成功', sid: '9527', uid: null, user_receive_time: '2014-03-17 22:55:21', error_msg: 'DELIVRD', mobile: '15205201314', report_status: 'SUCCESS' },
	reply: { id: '2a70c6bb4f2845da816ea1bfe5732747', mobile: '15205201314', reply_time: '2014-03-17 22:55:21', text: '收到了，谢谢！', extend: '01', base_extend: '8888' },
	voiceStatus: { sid: '6e77feeab89f445387308db604e2ec8d', uid: null, user_receive_time: '2015-07-01 14:29:12', duration: 10, error_msg: null, mobile: '15205201314', report_status: 'SUCCESS' },
};

export function sampleItem(event: PullEvent): INodeExecutionData {
	const [item] = pushItems(event, [SAMPLES[event]]);
	return { json: { ...item.json, sample: true } };
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value as string));

function hint(error: Error): string | undefined {
	const code = errorCodeOf(error);
	if (code === '-5' || code === '-4') {
		return 'Yunpian refused the call for its rate or quota before handing anything out; the next poll tries again. Pull from one place only (Yunpian advises a single puller).';
	}
	if (/^-?\d+$/.test(code)) {
		return 'The pull APIs are an advanced Yunpian feature, off by default: enable them in the Yunpian console (System Settings → Data Retrieval and Push) if this account has not.';
	}
	return undefined;
}

function queueOf(this: IPollFunctions, event: PullEvent, source: Source): PullQueue {
	return {
		storeKey: `pulled:${source.path}${source.fields?.type === undefined ? '' : `:${String(source.fields.type as number)}`}`,
		label: source.label,
		drain: {
			pull: async () => await pullRows.call(this, source.product, source.path, MAX_PAGE_SIZE, source.fields),
			pageSize: MAX_PAGE_SIZE,
			maxCalls: MAX_CALLS_PER_POLL,
		},
		entry: (row) => {
			// Reports are identified by sid ("建议根据sid做去重"), replies by their 32-hex id.
			const id = event === 'reply' ? text(row.id) || `${text(row.mobile)}|${text(row.reply_time)}|${text(row.text)}` : text(row.sid);
			const [item] = pushItems(event, [row]);
			return { key: id, state: event === 'reply' ? '' : text(row.report_status), wanted: true, item };
		},
		hint,
	};
}

/**
 * New delivery statuses, replies and voice call reports, pulled from Yunpian at the poll times. Items
 * are those of the Yunpian Trigger for the same push. Fetch Test Event (manual mode) pulls nothing and
 * shows the documented sample of each chosen event, marked `sample: true`.
 */
export async function pollYunpian(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const events = (this.getNodeParameter('events', []) as string[]).filter(isPullEvent);
	if (this.getMode() === 'manual') return pollOutput(events.map(sampleItem));
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const queues = events.flatMap((event) => SOURCES[event].map((source) => queueOf.call(this, event, source)));
	return pollOutput(await pollQueues.call(this, queues, options.emitExisting === true));
}
