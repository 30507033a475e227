import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { readPreviewOnly } from '../../../shared/descriptions/previewOnly';
import { getNumericId, sendOptionFields, smsTplValue, templateLocator } from '../../helpers/fields';
import { getMobiles } from '../../helpers/mobiles';
import { operationFields } from '../../helpers/operation';
import { sendInBatches, SMS_RECORDS } from '../../helpers/send';
import { mobilesField, templateBatchOptions } from '../../helpers/sendFields';
import { readTemplateSendVariables, templateSendText, templateVariableFields } from '../../helpers/templateVariables';
import { TemplateBook } from '../../helpers/templates';

export const description = operationFields('sms', 'sendTemplateBatch', [mobilesField, templateLocator, ...templateVariableFields, templateBatchOptions]);

/** `sms/tpl_batch_send`: a template with the same values to many numbers; items with the same template and values share requests. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	const previewOnly = readPreviewOnly(this);
	return await sendInBatches<IDataObject>(
		this,
		{
			product: 'sms',
			path: 'sms/tpl_batch_send',
			checkWhere: SMS_RECORDS,
			readItem: async (itemIndex) => {
				const mobiles = getMobiles.call(this, itemIndex);
				const templateId = getNumericId.call(this, itemIndex);
				const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
				const variables = await readTemplateSendVariables(this, itemIndex, templates, templateId, options);
				const fields: IDataObject = { tpl_id: templateId, tpl_value: smsTplValue(variables), ...sendOptionFields.call(this, itemIndex, options) };
				const { text, segments } = await templateSendText(this, itemIndex, templates, templateId, variables, options, previewOnly);
				const groupKey = JSON.stringify(fields);
				const extra = { templateId };
				return mobiles.map((mobile) => ({ mobile, data: fields, groupKey, segments, text, extra }));
			},
			buildRequest: (chunk) => ({ ...chunk[0].data, mobile: chunk.map((recipient) => recipient.mobile).join(',') }),
		},
		200,
	);
}
