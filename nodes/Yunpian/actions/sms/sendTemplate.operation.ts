import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { getNumericId, getVariables, sendOptionFields, smsTplValue, templateLocator, variablesField } from '../../helpers/fields';
import { getMobiles } from '../../helpers/mobiles';
import { operationFields } from '../../helpers/operation';
import { recipientResult } from '../../helpers/results';
import { mobileField, templateSendOptions } from '../../helpers/sendFields';
import { TemplateBook } from '../../helpers/templates';
import { yunpianRequest } from '../../transport';

export const description = operationFields('sms', 'sendTemplate', [mobileField(true), templateLocator, variablesField, templateSendOptions]);

/** `sms/tpl_single_send`: a template with its variables to one number. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	return await forEachItem(this, async (itemIndex) => {
		const [mobile] = getMobiles.call(this, itemIndex, { single: true, international: true });
		const templateId = getNumericId.call(this, itemIndex);
		const variables = getVariables.call(this, itemIndex);
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const fields = sendOptionFields.call(this, itemIndex, options);
		const extra: IDataObject = { templateId };
		if (options.checkTemplate !== false) extra.segments = await templates.check(templateId, variables, itemIndex);
		const body = { mobile, tpl_id: templateId, tpl_value: smsTplValue(variables), ...fields };
		return recipientResult(mobile, await yunpianRequest.call(this, 'sms', 'sms/tpl_single_send', body, itemIndex), extra);
	});
}
