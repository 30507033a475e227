import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { readPreviewOnly } from '../../../shared/descriptions/previewOnly';
import { getNumericId, sendOptionFields, smsTplValue, templateLocator } from '../../helpers/fields';
import { getMobiles } from '../../helpers/mobiles';
import { operationFields } from '../../helpers/operation';
import { sendOneByOne, SMS_RECORDS } from '../../helpers/send';
import { mobileField, templateSendOptions } from '../../helpers/sendFields';
import { readTemplateSendVariables, templateSendText, templateVariableFields } from '../../helpers/templateVariables';
import { TemplateBook } from '../../helpers/templates';

export const description = operationFields('sms', 'sendTemplate', [mobileField(true), templateLocator, ...templateVariableFields, templateSendOptions]);

/**
 * `sms/tpl_single_send`: a template with its variables to one number; the template is read first (once per
 * run) and the filled template, 【signature】 included, is the preview.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	const previewOnly = readPreviewOnly(this);
	return await sendOneByOne<IDataObject>(this, {
		product: 'sms',
		path: 'sms/tpl_single_send',
		checkWhere: SMS_RECORDS,
		readItem: async (itemIndex) => {
			const [mobile] = getMobiles.call(this, itemIndex, { single: true, international: true });
			const templateId = getNumericId.call(this, itemIndex);
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const variables = await readTemplateSendVariables(this, itemIndex, templates, templateId, options);
			const fields = { tpl_id: templateId, tpl_value: smsTplValue(variables), ...sendOptionFields.call(this, itemIndex, options) };
			const { text, segments } = await templateSendText(this, itemIndex, templates, templateId, variables, options, previewOnly);
			return [{ mobile, data: fields, segments, text, extra: { templateId } }];
		},
		buildRequest: ([recipient]) => ({ mobile: recipient.mobile, ...recipient.data }),
	});
}
