import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { sendOptionFields } from '../../helpers/fields';
import { getText } from '../../../shared/validation/text';
import { getMobiles } from '../../helpers/mobiles';
import { operationFields } from '../../helpers/operation';
import { sendInBatches, SMS_RECORDS } from '../../helpers/send';
import { mobileField, multiSendOptions, textField } from '../../helpers/sendFields';
import { checkSmsText } from '../../helpers/text';

export const description = operationFields('sms', 'sendMulti', [
	{
		displayName: 'Each input item is one recipient with its own text. Items are merged into requests of up to 1000 recipients.',
		name: 'multiNotice',
		type: 'notice',
		default: '',
	},
	mobileField(false),
	{ ...textField, description: 'This recipient’s message, starting with an approved 【signature】 and matching an approved template' },
	multiSendOptions,
]);

interface MultiData {
	/** The request fields other than the numbers and the texts (equal within a request). */
	fields: IDataObject;
	/** This recipient's own text. */
	text: string;
}

/**
 * `sms/multi_send`: a different text per number. Each text is URL-encoded and the texts are joined by
 * commas in the order of the numbers (https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief); the form encoding then applies on top.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await sendInBatches<MultiData>(
		this,
		{
			product: 'sms',
			path: 'sms/multi_send',
			checkWhere: SMS_RECORDS,
			readItem: async (itemIndex) => {
				const [mobile] = getMobiles.call(this, itemIndex, { single: true });
				const text = getText(this, itemIndex, 'text', 'Text');
				const segments = checkSmsText.call(this, itemIndex, text);
				const fields = sendOptionFields.call(this, itemIndex, this.getNodeParameter('options', itemIndex, {}) as IDataObject);
				return [{ mobile, data: { fields, text }, groupKey: JSON.stringify(fields), segments, text }];
			},
			buildRequest: (chunk) => ({
				...chunk[0].data.fields,
				mobile: chunk.map((recipient) => recipient.mobile).join(','),
				text: chunk.map((recipient) => encodeURIComponent(recipient.data.text)).join(','),
			}),
		},
		1000,
	);
}
