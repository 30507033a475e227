import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { inputError } from '../../../shared/errors/inputError';
import { forEachItem } from '../../../shared/itemLoop';
import { getText } from '../../../shared/validation/text';
import { operationFields, requestOptions } from '../../helpers/operation';
import { templateJson } from '../../helpers/templateFields';
import { yunpianList } from '../../transport';
import { defaultTemplatesAnswer } from '../../transport/expect';

export const description = operationFields('template', 'getDefault', [
	{
		displayName: 'Default Template ID',
		name: 'defaultTemplateId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1',
		description: 'One system template by ID; leave empty for all of them',
	},
	requestOptions('read'),
]);

/** `tpl/get_default`: Yunpian's system templates. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const id = getText(this, itemIndex, 'defaultTemplateId', 'Default Template ID').trim();
		if (id && !/^\d+$/.test(id)) throw inputError(this.getNode(), itemIndex, 'Default Template ID', `"${id}" is not a number`, 'Enter a numeric ID, or leave it empty for all.');
		return (await yunpianList.call(this, 'sms', 'tpl/get_default', { tpl_id: id || undefined }, itemIndex, defaultTemplatesAnswer(id !== ''))).map(templateJson);
	});
}
