import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { getNumericId, getVariables, sendOptionFields, templateLocator, variablesField, voiceTplValue } from '../../helpers/fields';
import { getPhone } from '../../helpers/mobiles';
import { operationFields } from '../../helpers/operation';
import { recipientResult } from '../../helpers/results';
import { phoneField, voiceOptions } from '../../helpers/voice';
import { yunpianRequest } from '../../transport';

export const description = operationFields('voice', 'sendNotification', [
	phoneField,
	{ ...templateLocator, displayName: 'Voice Template', description: 'An approved voice-notification template' },
	variablesField,
	voiceOptions(false),
]);

/** `voice/tpl_notify`: calls the number and reads out a voice template; `tpl_value` is `name=value&…` without # marks. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const mobile = getPhone.call(this, itemIndex);
		const templateId = getNumericId.call(this, itemIndex, 'templateId', 'Voice Template');
		const variables = getVariables.call(this, itemIndex);
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const body = { mobile, tpl_id: templateId, tpl_value: voiceTplValue(variables), ...sendOptionFields.call(this, itemIndex, { callbackUrl: options.callbackUrl }) };
		return recipientResult(mobile, await yunpianRequest.call(this, 'voice', 'voice/tpl_notify', body, itemIndex), { templateId });
	});
}
