import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { getPaging, pagingFields } from '../../../shared/descriptions/paging';
import { readRequestOptions } from '../../../shared/descriptions/requestOptions';
import { inputError } from '../../../shared/errors/inputError';
import { forEachItem } from '../../../shared/itemLoop';
import { collectPages } from '../../../shared/paging';
import { listIn } from '../../../shared/transport/expect';
import { getDay } from '../../helpers/dates';
import { getMobiles, getOptionalText } from '../../helpers/fields';
import { deliveryOf, type SendDetail } from '../../helpers/reports';
import { aliyunRequest } from '../../transport';

/** QuerySendDetails pages hold at most 50 records (https://help.aliyun.com/en/sms/developer-reference/api-dysmsapi-2017-05-25-querysenddetails). */
const PAGE_SIZE = 50;
const KEPT_DAYS = 30;

const properties: INodeProperties[] = [
	{ displayName: 'Mobile Number', name: 'mobile', type: 'string', default: '', required: true, placeholder: 'e.g. 13800138000', description: 'The one number to look up (Aliyun reports by number and day)' },
	{ displayName: 'Send Date', name: 'sendDate', type: 'dateTime', default: '', description: 'The day the messages were sent, Beijing time, within the last 30 days. Empty: today.' },
	{ displayName: 'BizId', name: 'bizId', type: 'string', default: '', placeholder: 'e.g. 900000000000001^0', description: 'Only the messages of one send request: the message ID of a Send output. Empty: every message of that day.' },
	...pagingFields,
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: readRequestOptions },
];

/** TotalCount (a string) and the twice-wrapped list, which may be absent when there is nothing (aliyun.md §2.3). */
function detailsExpected(body: unknown): string | undefined {
	const answer = body as IDataObject;
	if (answer.TotalCount === undefined) return 'the answer has no TotalCount';
	if (answer.SmsSendDetailDTOs === undefined) return undefined;
	const check = listIn('SmsSendDetailDTO', true) as (value: unknown) => string | undefined;
	return check(answer.SmsSendDetailDTOs);
}

export const description = updateDisplayOptions({ show: { resource: ['sms'], operation: ['getDeliveryDetails'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const mobiles = getMobiles(this, itemIndex, 'mobile', 'Mobile Number');
		if (mobiles.length > 1) throw inputError(this.getNode(), itemIndex, 'Mobile Number', `${mobiles.length} numbers given; Aliyun looks up one at a time`, 'Give one number per item.');
		const sendDate = getDay(this, itemIndex, 'sendDate', 'Send Date', KEPT_DAYS);
		const bizId = getOptionalText(this, itemIndex, 'bizId', 'BizId', { pattern: /^[\w^-]{1,64}$/, problem: 'is not a BizId', fix: 'Use the message ID of a Send output, such as 900000000000001^0.' });
		const paging = getPaging.call(this, itemIndex);
		const rows = await collectPages<SendDetail>(
			async (page, pageSize) => {
				const query: IDataObject = { PhoneNumber: mobiles[0], SendDate: sendDate, PageSize: pageSize, CurrentPage: page };
				if (bizId) query.BizId = bizId;
				const answer = await aliyunRequest.call(this, { action: 'QuerySendDetails', query, kind: 'read', expect: detailsExpected }, itemIndex);
				const wrapper = (answer.SmsSendDetailDTOs ?? {}) as IDataObject;
				return { items: (wrapper.SmsSendDetailDTO as SendDetail[] | undefined) ?? [], total: Number(answer.TotalCount) };
			},
			{ ...paging, pageSize: PAGE_SIZE },
		);
		return rows.map(deliveryOf);
	});
}
