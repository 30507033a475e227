import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { getText } from '../../../shared/validation/text';
import { operationFields } from '../../helpers/operation';
import { templateContentField, templateCreateOptions, templateOptionFields, templateResult } from '../../helpers/templateFields';
import { checkTemplateContent } from '../../helpers/text';
import { yunpianRequest } from '../../transport';
import { templateAnswer } from '../../transport/expect';

export const description = operationFields('template', 'create', [templateContentField, templateCreateOptions]);

/** `tpl/add`: creates an SMS template and submits it for review. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const content = getText(this, itemIndex, 'content', 'Content');
		checkTemplateContent.call(this, itemIndex, content, true);
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		return templateResult(await yunpianRequest.call(this, 'sms', 'tpl/add', { tpl_content: content, ...templateOptionFields.call(this, itemIndex, options) }, itemIndex, templateAnswer));
	});
}
