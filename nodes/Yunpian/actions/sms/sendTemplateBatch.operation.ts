import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { executeBatchSend } from '../../helpers/batchSend';
import { getNumericId, getVariables, sendOptionFields, smsTplValue, templateLocator, variablesField } from '../../helpers/fields';
import { getMobiles } from '../../helpers/mobiles';
import { operationFields } from '../../helpers/operation';
import { mobilesField, templateBatchOptions } from '../../helpers/sendFields';
import { TemplateBook } from '../../helpers/templates';

export const description = operationFields('sms', 'sendTemplateBatch', [mobilesField, templateLocator, variablesField, templateBatchOptions]);

/** `sms/tpl_batch_send`: a template with the same values to many numbers; items with the same template and values share requests. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	return await executeBatchSend.call(this, {
		product: 'sms',
		path: 'sms/tpl_batch_send',
		collect: async (itemIndex) => {
			const mobiles = getMobiles.call(this, itemIndex);
			const templateId = getNumericId.call(this, itemIndex);
			const variables = getVariables.call(this, itemIndex);
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const fields = { tpl_id: templateId, tpl_value: smsTplValue(variables), ...sendOptionFields.call(this, itemIndex, options) };
			const extra: IDataObject = { templateId };
			if (options.checkTemplate !== false) extra.segments = await templates.check(templateId, variables, itemIndex);
			const key = JSON.stringify(fields);
			return mobiles.map((mobile) => ({ itemIndex, mobile, key, fields, extra }));
		},
	});
}
