import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { getNumericId, sendOptionFields, templateLocator, voiceTplValue } from '../../helpers/fields';
import { getPhone } from '../../helpers/mobiles';
import { operationFields } from '../../helpers/operation';
import { sendOneByOne } from '../../helpers/send';
import { readTemplateVariables, templateVariableFields } from '../../helpers/templateVariables';
import { TemplateBook } from '../../helpers/templates';
import { CALL_REPORTS, phoneField, voiceOptions } from '../../helpers/voice';

export const description = operationFields('voice', 'sendNotification', [
	phoneField,
	{ ...templateLocator, displayName: 'Voice Template', description: 'An approved voice-notification template' },
	...templateVariableFields,
	voiceOptions(false),
]);

/**
 * `voice/tpl_notify`: calls the number and reads out a voice template; `tpl_value` is `name=value&…` without
 * # marks (the `tpl_notify` Javadoc of the official SDK,
 * https://github.com/yunpian/yunpian-java-sdk/blob/master/src/main/java/com/yunpian/sdk/api/VoiceApi.java).
 * A call has no SMS text, so there is no text preview.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	return await sendOneByOne<IDataObject>(this, {
		product: 'voice',
		path: 'voice/tpl_notify',
		checkWhere: CALL_REPORTS,
		readItem: async (itemIndex) => {
			const mobile = getPhone.call(this, itemIndex);
			const templateId = getNumericId.call(this, itemIndex, 'templateId', 'Voice Template');
			const variables = await readTemplateVariables(this, itemIndex, templates, templateId);
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const fields = { tpl_id: templateId, tpl_value: voiceTplValue(variables), ...sendOptionFields.call(this, itemIndex, { callbackUrl: options.callbackUrl }) };
			return [{ mobile, data: fields, extra: { templateId } }];
		},
		buildRequest: ([recipient]) => ({ mobile: recipient.mobile, ...recipient.data }),
	});
}
