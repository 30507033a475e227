import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { getPaging, pagingFields } from '../../shared/descriptions/paging';
import { inputError } from '../../shared/errors/inputError';
import { forEachItem } from '../../shared/itemLoop';
import { requestOptionsCollection } from '../../shared/descriptions/requestOptions';
import { simplifyField } from '../../shared/descriptions/simplify';
import { collectPages } from '../../shared/paging';
import { simplifyOutput, type SimplifiedFields } from '../../shared/simplify';
import { listIn } from '../../shared/transport/expect';
import { dateText, toBeijingParts } from '../../shared/validation/beijingTime';
import { describeValue } from '../../shared/validation/text';
import { upyunRequest } from '../transport';
import { UPYUN_MOBILE_RULES } from './recipients';
import { checkMobile } from '../../shared/validation/mobile';

/** Largest page UPYUN is asked for; its maximum is not documented, so stay modest. */
export const REPORT_PAGE_SIZE = 100;

/**
 * A delivery report with Simplify on: the message, its recipient and its fate. Left out: `report_type` and
 * `temp_sign` (copied from the template) and `owner`, the account's balance buckets repeated in every report
 * (UPYUN SMS API, message object: https://help.upyun.com/knowledge-base/sms-api/).
 */
export const REPORT_SUMMARY_FIELDS: SimplifiedFields = [
	'id',
	'mobile',
	'status',
	'content',
	'quantity',
	'template_id',
	'title',
	'type',
	'created_at',
	'sent_at',
];

/** The report query (http://docs.upyun.com/sms/): one day, optionally one number and one status, paged. */
export function reportDescription(operation: string): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: ['report'], operation: [operation] } }, [
		...pagingFields,
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Date',
					name: 'date',
					type: 'dateTime',
					default: '',
					description: 'The day the messages were sent (Beijing time). UPYUN reports one day per query.',
				},
				{
					displayName: 'Mobile Number',
					name: 'mobile',
					type: 'string',
					default: '',
					placeholder: 'e.g. 13800138000',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'string',
					default: '',
					placeholder: 'e.g. success',
					description: 'Delivery status as UPYUN reports it: processing, success, or a failure value',
				},
			],
		},
		simplifyField,
		requestOptionsCollection('read'),
	]);
}

export async function executeReport(this: IExecuteFunctions, path: string): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const qs: IDataObject = {};
		if (filters.date) {
			const text = dateText(filters.date);
			const parts = text === undefined ? undefined : toBeijingParts(text);
			if (!parts) throw inputError(this.getNode(), itemIndex, 'Date', `${describeValue(text ?? filters.date)} is not a date`, 'Pick a day, e.g. 2026-11-26.');
			qs.date = parts.date;
		}
		if (filters.mobile) {
			const check = checkMobile(filters.mobile, UPYUN_MOBILE_RULES);
			if (!check.ok) throw inputError(this.getNode(), itemIndex, 'Mobile Number', check.reason, 'Enter one 11-digit mainland number.');
			qs.mobile = check.mobile;
		}
		if (filters.status) qs.status = String(filters.status).trim();
		const reports = await collectPages<IDataObject>(
			async (page, perPage) => {
				const answer = await upyunRequest.call(this, { method: 'GET', path, qs: { ...qs, page, per_page: perPage }, expect: listIn('messages') }, itemIndex);
				const messages = Array.isArray(answer.messages) ? (answer.messages as IDataObject[]) : [];
				return {
					items: messages.map((message) => ({ ...message, id: message.id === undefined ? message.id : String(message.id) })),
					total: typeof answer.total === 'number' ? answer.total : undefined,
				};
			},
			{ ...getPaging.call(this, itemIndex), pageSize: REPORT_PAGE_SIZE },
		);
		return simplifyOutput(this, itemIndex, REPORT_SUMMARY_FIELDS, reports);
	});
}
