import { NodeOperationError, type IDataObject, type INodeExecutionData, type IPollFunctions } from 'n8n-workflow';

import { collectPages } from '../../shared/paging';
import { newEntries, pollOutput, type PolledEntry } from '../../shared/trigger/newEntries';
import { beijingDay } from '../../shared/validation/beijingTime';
import { parseMobiles } from '../../shared/validation/mobile';
import { deliveryOf, type SendDetail } from '../helpers/reports';
import { aliyunRequest } from '../transport';

/** Where the trigger's memory lives in the workflow's static data. */
export const STORE_KEY = 'deliveryDetails';

/** Numbers one poll may read: QuerySendDetails answers one number and one day a call (aliyun.md §5.7). */
export const MAX_NUMBERS = 50;

/** Pages of 50 read per number and day at most. */
const MAX_PAGES = 20;

/**
 * The records of one number on one Beijing day (QuerySendDetails): Aliyun has no "every report since"
 * API, so a poll can only look at the numbers it is given, today and yesterday (receipts of late
 * evening sends arrive after midnight).
 */
async function readDay(this: IPollFunctions, mobile: string, day: string): Promise<SendDetail[]> {
	return await collectPages<SendDetail>(
		async (page, pageSize) => {
			const answer = await aliyunRequest.call(this, { action: 'QuerySendDetails', query: { PhoneNumber: mobile, SendDate: day, PageSize: pageSize, CurrentPage: page }, kind: 'read' });
			const list = ((answer.SmsSendDetailDTOs as IDataObject | undefined)?.SmsSendDetailDTO as SendDetail[] | undefined) ?? [];
			return { items: Array.isArray(list) ? list : [], total: Number(answer.TotalCount) };
		},
		{ returnAll: true, limit: 0, pageSize: 50, maxPages: MAX_PAGES },
	);
}

/** A record's identity: QuerySendDetails gives no BizId per record, so its number, send time, template, text and Out ID. */
const keyOf = (day: string, detail: SendDetail) => [day, detail.PhoneNum, detail.SendDate, detail.TemplateCode, detail.OutId ?? '', detail.Content].join('|');

/** New delivery results (delivered or failed, not waiting) of the given numbers since the last poll. */
export async function pollDeliveryDetails(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const { mobiles, invalid } = parseMobiles(this.getNodeParameter('mobiles', ''), { allowInternational: true, stripChinaPrefix: true });
	if (invalid || mobiles.length === 0) {
		throw new NodeOperationError(this.getNode(), `Mobile Numbers: ${invalid ?? 'no mobile number given'}`, { description: 'Enter the numbers whose delivery results should start the workflow, e.g. 13800138000, 13900139000.' });
	}
	if (mobiles.length > MAX_NUMBERS) {
		throw new NodeOperationError(this.getNode(), `Mobile Numbers: ${mobiles.length} numbers given; one poll reads at most ${MAX_NUMBERS}`, { description: 'Aliyun answers one number a call: use the Aliyun SMS Trigger (HTTP push) for many numbers.' });
	}
	const wanted = new Set(this.getNodeParameter('events', ['delivered', 'failed']) as string[]);
	const days = [beijingDay(1), beijingDay(0)].map((day) => day.replace(/-/g, ''));
	const entries: PolledEntry[] = [];
	for (const mobile of mobiles.map((number) => number.replace(/^\+/, ''))) {
		for (const day of days) {
			for (const detail of await readDay.call(this, mobile, day)) {
				const item = deliveryOf(detail);
				if (item.status === 'waiting') continue;
				entries.push({ key: keyOf(day, detail), state: String(item.status), wanted: wanted.has(String(item.status)), item: { json: item } });
			}
		}
	}
	const emitExisting = this.getNodeParameter('options.emitExisting', false) === true;
	const fresh = newEntries(this.getWorkflowStaticData('node'), STORE_KEY, entries, { emitExisting, keep: (key) => days.some((day) => key.startsWith(`${day}|`)) });
	return pollOutput(fresh);
}
