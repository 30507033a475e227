import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { PHONE_LIST_DESCRIPTION, readPhoneNumbers } from '../../helpers/numbers';
import { tencentErrorOf } from '../../transport/errors';
import { tencentRequest } from '../../transport';

/** DescribePhoneNumberInfo takes at most 200 numbers (https://cloud.tencent.com/document/api/382/52077). */
const MAX_NUMBERS = 200;

const properties: INodeProperties[] = [
	{ displayName: 'Phone Numbers', name: 'phoneNumbers', type: 'string', default: '', required: true, placeholder: 'e.g. 13800138000, +60198765432', description: PHONE_LIST_DESCRIPTION },
	requestOptionsCollection('read'),
];

export const description = updateDisplayOptions({ show: { resource: ['phoneNumber'], operation: ['getInfo'] } }, properties);

/** One item per number: country code, ISO code and the E.164 form Tencent would send to. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const numbers = readPhoneNumbers(this, itemIndex, 'phoneNumbers', 'Phone Numbers');
		const rows: IDataObject[] = [];
		for (let start = 0; start < numbers.length; start += MAX_NUMBERS) {
			const answer = await tencentRequest.call(this, { action: 'DescribePhoneNumberInfo', body: { PhoneNumberSet: numbers.slice(start, start + MAX_NUMBERS) }, kind: 'read', fields: ['PhoneNumberInfoSet'] }, itemIndex);
			for (const info of answer.PhoneNumberInfoSet as IDataObject[]) {
				const ok = info.Code === 'Ok';
				rows.push({ ...info, valid: ok, ...(ok ? {} : { error: tencentErrorOf(String(info.Code))?.meaning ?? String(info.Message ?? info.Code) }) });
			}
		}
		return rows;
	});
}
