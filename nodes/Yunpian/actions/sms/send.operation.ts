import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { getMobiles } from '../../helpers/mobiles';
import { operationFields } from '../../helpers/operation';
import { recipientResult } from '../../helpers/results';
import { mobileField, singleSendOptions, textField } from '../../helpers/sendFields';
import { checkSmsText } from '../../helpers/text';
import { textSendFields } from '../../helpers/textSend';
import { yunpianRequest } from '../../transport';

export const description = operationFields('sms', 'send', [mobileField(true), textField, singleSendOptions]);

/** `sms/single_send`: one text to one number (mainland or international); Yunpian matches it to an approved template. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const [mobile] = getMobiles.call(this, itemIndex, { single: true, international: true });
		const text = String(this.getNodeParameter('text', itemIndex, ''));
		const segments = checkSmsText.call(this, itemIndex, text);
		const fields = textSendFields.call(this, itemIndex);
		const answer = await yunpianRequest.call(this, 'sms', 'sms/single_send', { mobile, text, ...fields }, itemIndex);
		return recipientResult(mobile, answer, { segments });
	});
}
