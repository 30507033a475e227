import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { executeBatchSend } from '../../helpers/batchSend';
import { getMobiles } from '../../helpers/mobiles';
import { operationFields } from '../../helpers/operation';
import { batchSendOptions, mobilesField, textField } from '../../helpers/sendFields';
import { checkSmsText } from '../../helpers/text';
import { textSendFields } from '../../helpers/textSend';

export const description = operationFields('sms', 'sendBatch', [mobilesField, textField, batchSendOptions]);

/** `sms/batch_send`: one text to many mainland numbers; items with the same text and options share requests of up to 1000 numbers. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await executeBatchSend.call(this, {
		product: 'sms',
		path: 'sms/batch_send',
		collect: async (itemIndex) => {
			const mobiles = getMobiles.call(this, itemIndex);
			const text = String(this.getNodeParameter('text', itemIndex, ''));
			const segments = checkSmsText.call(this, itemIndex, text);
			const fields = { text, ...textSendFields.call(this, itemIndex) };
			const key = JSON.stringify(fields);
			return mobiles.map((mobile) => ({ itemIndex, mobile, key, fields, extra: { segments } }));
		},
	});
}
