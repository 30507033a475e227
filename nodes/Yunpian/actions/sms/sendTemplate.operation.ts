import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { getNumericId, getVariables, sendOptionFields, smsTplValue, templateLocator, variablesField } from '../../helpers/fields';
import { getMobiles } from '../../helpers/mobiles';
import { operationFields } from '../../helpers/operation';
import { sendOneByOne, SMS_RECORDS } from '../../helpers/send';
import { mobileField, templateSendOptions } from '../../helpers/sendFields';
import { TemplateBook } from '../../helpers/templates';

export const description = operationFields('sms', 'sendTemplate', [mobileField(true), templateLocator, variablesField, templateSendOptions]);

/** `sms/tpl_single_send`: a template with its variables to one number; the template is checked first (once per run). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	return await sendOneByOne<IDataObject>(this, {
		product: 'sms',
		path: 'sms/tpl_single_send',
		checkWhere: SMS_RECORDS,
		readItem: async (itemIndex) => {
			const [mobile] = getMobiles.call(this, itemIndex, { single: true, international: true });
			const templateId = getNumericId.call(this, itemIndex);
			const variables = getVariables.call(this, itemIndex);
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const fields = { tpl_id: templateId, tpl_value: smsTplValue(variables), ...sendOptionFields.call(this, itemIndex, options) };
			const segments = options.checkTemplate !== false ? await templates.check(templateId, variables, itemIndex) : undefined;
			return [{ mobile, data: fields, segments, extra: { templateId } }];
		},
		buildRequest: ([recipient]) => ({ mobile: recipient.mobile, ...recipient.data }),
	});
}
