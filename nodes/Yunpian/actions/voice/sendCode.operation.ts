import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { inputError } from '../../../shared/errors/inputError';
import { getText, textOf } from '../../../shared/validation/text';
import { sendOptionFields } from '../../helpers/fields';
import { getPhone } from '../../helpers/mobiles';
import { operationFields } from '../../helpers/operation';
import { sendOneByOne } from '../../helpers/send';
import { CALL_REPORTS, phoneField, voiceOptions } from '../../helpers/voice';

export const description = operationFields('voice', 'sendCode', [
	phoneField,
	{ displayName: 'Code', name: 'code', type: 'string', required: true, default: '', placeholder: 'e.g. 1234', description: 'The verification code read out on the call, 4–6 digits' },
	voiceOptions(true),
]);

/** `voice/send`: calls the number and reads out a verification code; the call's 32-hex `sid` is its message ID. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await sendOneByOne<IDataObject>(this, {
		product: 'voice',
		path: 'voice/send',
		checkWhere: CALL_REPORTS,
		readItem: async (itemIndex) => {
			const mobile = getPhone.call(this, itemIndex);
			const code = getText(this, itemIndex, 'code', 'Code').trim();
			if (!/^\d{4,6}$/.test(code)) throw inputError(this.getNode(), itemIndex, 'Code', `"${code}" is not 4–6 digits`, 'Use a code of 4 to 6 digits, e.g. 1234.');
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const fields: IDataObject = { code, callback_url: sendOptionFields.call(this, itemIndex, { callbackUrl: options.callbackUrl }).callback_url };
			const displayNum = textOf(this.getNode(), itemIndex, 'Caller Number', options.displayNum).trim();
			if (displayNum) {
				if (!/^\d{3,20}$/.test(displayNum)) throw inputError(this.getNode(), itemIndex, 'Caller Number', `"${displayNum}" is not a phone number`, 'Enter digits only, as registered with Yunpian.');
				fields.display_num = displayNum;
			}
			return [{ mobile, data: fields }];
		},
		buildRequest: ([recipient]) => ({ mobile: recipient.mobile, ...recipient.data }),
	});
}
