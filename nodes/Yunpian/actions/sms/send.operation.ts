import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { getText } from '../../../shared/validation/text';
import { getMobiles } from '../../helpers/mobiles';
import { operationFields } from '../../helpers/operation';
import { sendOneByOne, SMS_RECORDS } from '../../helpers/send';
import { mobileField, singleSendOptions, textField } from '../../helpers/sendFields';
import { checkSmsText } from '../../helpers/text';
import { textSendFields } from '../../helpers/textSend';

export const description = operationFields('sms', 'send', [mobileField(true), textField, singleSendOptions]);

/**
 * `sms/single_send`: one text to one number (mainland or international); Yunpian matches it to an approved
 * template and delivers it as given, 【signature】 first, so the text is its own preview
 * (https://www.yunpian.com/official/document/sms/zh_cn/domestic_single_send).
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await sendOneByOne<IDataObject>(this, {
		product: 'sms',
		path: 'sms/single_send',
		checkWhere: SMS_RECORDS,
		readItem: async (itemIndex) => {
			const [mobile] = getMobiles.call(this, itemIndex, { single: true, international: true });
			const text = getText(this, itemIndex, 'text', 'Text');
			const segments = checkSmsText.call(this, itemIndex, text);
			return [{ mobile, data: { text, ...textSendFields.call(this, itemIndex) }, segments, text }];
		},
		buildRequest: ([recipient]) => ({ mobile: recipient.mobile, ...recipient.data }),
	});
}
