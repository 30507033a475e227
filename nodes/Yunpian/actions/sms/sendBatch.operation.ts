import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { getText } from '../../../shared/validation/text';
import { getMobiles } from '../../helpers/mobiles';
import { operationFields } from '../../helpers/operation';
import { sendInBatches, SMS_RECORDS } from '../../helpers/send';
import { batchSendOptions, mobilesField, textField } from '../../helpers/sendFields';
import { checkSmsText } from '../../helpers/text';
import { textSendFields } from '../../helpers/textSend';

export const description = operationFields('sms', 'sendBatch', [mobilesField, textField, batchSendOptions]);

/** `sms/batch_send`: one text to many mainland numbers; items with the same text and options share requests of up to 1000 numbers. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await sendInBatches<IDataObject>(
		this,
		{
			product: 'sms',
			path: 'sms/batch_send',
			checkWhere: SMS_RECORDS,
			readItem: async (itemIndex) => {
				const mobiles = getMobiles.call(this, itemIndex);
				const text = getText(this, itemIndex, 'text', 'Text');
				const segments = checkSmsText.call(this, itemIndex, text);
				const fields: IDataObject = { text, ...textSendFields.call(this, itemIndex) };
				const groupKey = JSON.stringify(fields);
				return mobiles.map((mobile) => ({ mobile, data: fields, groupKey, segments, text }));
			},
			buildRequest: (chunk) => ({ ...chunk[0].data, mobile: chunk.map((recipient) => recipient.mobile).join(',') }),
		},
		1000,
	);
}
