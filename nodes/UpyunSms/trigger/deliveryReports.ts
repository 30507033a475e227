import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { collectPages } from '../../shared/paging';
import { newEntries, pollOutput, type PolledEntry } from '../../shared/trigger/newEntries';
import { beijingDay } from '../../shared/validation/beijingTime';
import { REPORT_PAGE_SIZE } from '../helpers/reports';
import { upyunRequest } from '../transport';

/** Pages read per day and poll at most: 50,000 reports a day per poll before a later poll catches up. */
const MAX_PAGES = 500;

export type ReportStatusFilter = 'any' | 'delivered' | 'failed';

function isFinal(status: unknown): boolean {
	return typeof status === 'string' && status !== '' && status !== 'processing';
}

function matches(filter: ReportStatusFilter, status: string): boolean {
	if (filter === 'delivered') return status === 'success';
	if (filter === 'failed') return status !== 'success';
	return true;
}

export function reportItem(row: IDataObject): INodeExecutionData {
	return {
		json: {
			id: String(row.id),
			mobile: row.mobile,
			status: row.status,
			delivered: row.status === 'success',
			templateId: row.template_id,
			content: row.content,
			segments: row.quantity,
			sentAt: row.sent_at ?? null,
			createdAt: row.created_at,
			raw: { ...row, id: String(row.id) },
		},
	};
}

async function reportsOf(this: IPollFunctions, path: string, date: string): Promise<IDataObject[]> {
	return await collectPages<IDataObject>(
		async (page, perPage) => {
			const answer = await upyunRequest.call(this, { method: 'GET', path, qs: { date, page, per_page: perPage } });
			return {
				items: Array.isArray(answer.messages) ? (answer.messages as IDataObject[]) : [],
				total: typeof answer.total === 'number' ? answer.total : undefined,
			};
		},
		{ returnAll: true, limit: 0, pageSize: REPORT_PAGE_SIZE, maxPages: MAX_PAGES },
	);
}

/**
 * New final delivery reports since the last poll. Today and yesterday (Beijing time) are read each
 * poll, so reports that settle after midnight are not missed; what was emitted is remembered per
 * report and status, and forgotten once its day is no longer read.
 */
export async function pollDeliveryReports(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const path = this.getNodeParameter('region', 'domestic') === 'international' ? '/api/messages/intl' : '/api/messages';
	const filter = this.getNodeParameter('reportStatus', 'any') as ReportStatusFilter;
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const days = [beijingDay(1), beijingDay(0)];
	const rows: Array<{ day: string; row: IDataObject }> = [];
	for (const day of days) for (const row of await reportsOf.call(this, path, day)) rows.push({ day, row });
	const wanted = (row: IDataObject) => isFinal(row.status) && matches(filter, String(row.status));
	if (this.getMode() === 'manual') {
		const final = rows.filter(({ row }) => wanted(row));
		const newest = final.sort((a, b) => String(b.row.created_at).localeCompare(String(a.row.created_at)))[0];
		return newest ? [[reportItem(newest.row)]] : null;
	}

	const entries: PolledEntry[] = rows.map(({ day, row }) => ({
		key: `${day}|${String(row.id)}`,
		state: String(row.status),
		wanted: wanted(row),
		item: reportItem(row),
	}));
	return pollOutput(
		newEntries(this.getWorkflowStaticData('node'), `reports:${path}`, entries, {
			emitExisting: options.emitExisting === true,
			keep: (key) => days.includes(key.slice(0, 10)),
		}),
	);
}
