import { NodeOperationError, type IDataObject, type INodeExecutionData, type IPollFunctions } from 'n8n-workflow';

import { collectPages } from '../../shared/paging';
import { newEntries, pollOutput, type PolledEntry } from '../../shared/trigger/newEntries';
import { beijingDay, toBeijingParts } from '../../shared/validation/beijingTime';
import { listRows, liupaiRequest } from '../transport';

/**
 * Pages of `sms/sendlogs` read per poll at most (20 rows each in the sandbox; Liupai documents no
 * page size): the newest 1,000 entries of the window, since the log is read newest first.
 */
export const POLL_MAX_PAGES = 50;

/** Where the trigger's memory lives in the workflow's static data. */
export const STORE_KEY = 'sendLogs';

export type DeliveryFilter = 'any' | 'delivered' | 'failed';

/** `is_ok` (values undocumented; assumed 1 = delivered, 0 = not delivered) as a word. */
export function deliveryStatus(isOk: unknown): 'delivered' | 'failed' | 'unknown' {
	const value = String(isOk ?? '').trim();
	if (value === '1') return 'delivered';
	if (value === '0') return 'failed';
	return 'unknown';
}

const matches = (filter: DeliveryFilter, row: IDataObject) => filter === 'any' || deliveryStatus(row.is_ok) === filter;

const msgidOf = (row: IDataObject) => (row.msgid === undefined || row.msgid === null ? '' : String(row.msgid));

/** The Beijing day of the entry's `sendtime`, or '' when it is not a time. */
const dayOf = (row: IDataObject) => (typeof row.sendtime === 'string' ? (toBeijingParts(row.sendtime)?.date ?? '') : '');

export function sendLogItem(row: IDataObject): INodeExecutionData {
	const msgid = msgidOf(row);
	const status = deliveryStatus(row.is_ok);
	return {
		json: {
			msgid,
			mobile: row.mobile,
			status,
			delivered: status === 'delivered',
			message: row.message,
			sentAt: row.sendtime ?? null,
			raw: msgid ? { ...row, msgid } : { ...row },
		},
	};
}

/** Identity of a page, to stop at a server that ignores `page` and answers page 1 again. */
const pageSignature = (rows: IDataObject[]) => rows.map((row) => `${msgidOf(row)}|${String(row.sendtime)}|${String(row.mobile)}`).join(',');

/**
 * Every entry `sms/sendlogs` gives from `startDate` on, page by page until an empty page, a page
 * that repeats the previous one, or POLL_MAX_PAGES. Only `start_date` is sent: whether `end_date`
 * is inclusive is not documented, and nothing is sent in the future.
 */
async function readSendLogs(this: IPollFunctions, startDate: string, templateId: string): Promise<IDataObject[]> {
	let previous = '';
	return await collectPages<IDataObject>(
		async (page) => {
			const params: IDataObject = { templateid: templateId, start_date: startDate, page };
			const { items } = listRows(await liupaiRequest.call(this, 'sendlogs', params));
			const signature = pageSignature(items);
			if (signature === previous) return { items: [] };
			previous = signature;
			return { items };
		},
		// A page size of 1 means: go on while a page has rows (sendlogs takes no page size).
		{ returnAll: true, limit: 0, pageSize: 1, maxPages: POLL_MAX_PAGES },
	);
}

function templateFilter(this: IPollFunctions): string {
	const value = String(this.getNodeParameter('templateId', '', { extractValue: true }) ?? '').trim();
	if (value !== '' && !/^\d+$/.test(value)) {
		throw new NodeOperationError(this.getNode(), `Template: "${value}" is not a template ID`, {
			description: 'Pick a template from the list, enter its numeric ID, or leave the field empty for every template.',
		});
	}
	return value;
}

/**
 * New send log entries since the last poll. Yesterday and today (Beijing time) are read each poll,
 * so an entry of 23:59 is still found after midnight; entries are remembered by day and msgid with
 * their delivery status (an entry whose `is_ok` changes is news again), and forgotten once their day
 * is no longer read. Fetch Test Event (manual mode) returns the newest matching entry and remembers
 * nothing.
 */
export async function pollSendLogs(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const filter = this.getNodeParameter('reportStatus', 'any') as DeliveryFilter;
	const templateId = templateFilter.call(this);
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const windowStart = beijingDay(1);

	const rows = (await readSendLogs.call(this, windowStart, templateId))
		.map((row, index) => ({ row, index, day: dayOf(row) }))
		// A server that ignores start_date must not bring back days that were already forgotten.
		.filter(({ day }) => day === '' || day >= windowStart)
		// Oldest first; the log comes newest first, so equal times keep that order reversed.
		.sort((a, b) => String(a.row.sendtime).localeCompare(String(b.row.sendtime)) || b.index - a.index);

	if (this.getMode() === 'manual') {
		const newest = rows.filter(({ row }) => matches(filter, row)).pop();
		return newest ? [[sendLogItem(newest.row)]] : null;
	}

	const entries: PolledEntry[] = rows.map(({ row, day }) => ({
		// Without a msgid the time and number identify the entry.
		key: `${day || '-'}|${msgidOf(row) || `${String(row.sendtime)}|${String(row.mobile)}`}`,
		state: String(row.is_ok ?? ''),
		wanted: matches(filter, row),
		item: sendLogItem(row),
	}));
	const fresh = newEntries(this.getWorkflowStaticData('node'), STORE_KEY, entries, {
		emitExisting: options.emitExisting === true,
		// Keys of days before the window go; keys without a day stay until the size bound drops them.
		keep: (key) => key.startsWith('-|') || key.slice(0, 10) >= windowStart,
	});
	return pollOutput(fresh);
}
