import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { getText } from '../../../shared/validation/text';
import { getNumericId, templateLocator } from '../../helpers/fields';
import { operationFields, withRequestOptions } from '../../helpers/operation';
import { notifyTypeOption, templateContentField, templateOptionFields, templateResult } from '../../helpers/templateFields';
import { checkTemplateContent } from '../../helpers/text';
import { yunpianRequest } from '../../transport';
import { templateAnswer } from '../../transport/expect';

export const description = operationFields('template', 'update', [
	{ displayName: 'The template goes back to review and cannot send until Yunpian approves it again', name: 'reviewNotice', type: 'notice', default: '' },
	templateLocator,
	{ ...templateContentField, description: 'The new template text, starting with an approved 【signature】; write variables as #name#' },
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: withRequestOptions('write', [notifyTypeOption]),
	},
]);

/** `tpl/update`: replaces a template's text; it goes back to review. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const templateId = getNumericId.call(this, itemIndex);
		const content = getText(this, itemIndex, 'content', 'Content');
		checkTemplateContent.call(this, itemIndex, content, true);
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const body = { tpl_id: templateId, tpl_content: content, ...templateOptionFields.call(this, itemIndex, options) };
		return templateResult(await yunpianRequest.call(this, 'sms', 'tpl/update', body, itemIndex, templateAnswer));
	});
}
