import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { getTime } from '../../helpers/fields';
import { getMobiles } from '../../helpers/mobiles';
import { operationFields, requestOptions } from '../../helpers/operation';
import { mobileField } from '../../helpers/sendFields';
import { yunpianRequest } from '../../transport';

export const description = operationFields('sms', 'reportRegistration', [
	mobileField(true),
	{
		displayName: 'Registered At',
		name: 'time',
		type: 'dateTime',
		default: '',
		description: 'When the user completed registration (Beijing time, up to one day back); empty means now',
	},
	requestOptions('write'),
]);

/** `sms/reg_complete`: tells Yunpian a verification code led to a registration (conversion statistics). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const [mobile] = getMobiles.call(this, itemIndex, { single: true, international: true });
		const time = getTime.call(this, itemIndex, this.getNodeParameter('time', itemIndex, ''), 'Registered At');
		const answer = await yunpianRequest.call(this, 'sms', 'sms/reg_complete', { mobile, time }, itemIndex, 'object');
		return { mobile, success: true, ...answer };
	});
}
