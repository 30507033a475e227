import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { getNumericId, templateLocator } from '../../helpers/fields';
import { operationFields, requestOptions } from '../../helpers/operation';
import { yunpianRequest } from '../../transport';

export const description = operationFields('template', 'delete', [templateLocator, requestOptions('write')]);

/** `tpl/del`: deletes a template; outputs `{ deleted: true }`. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const templateId = getNumericId.call(this, itemIndex);
		// Yunpian answers the deleted template (https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief).
		await yunpianRequest.call(this, 'sms', 'tpl/del', { tpl_id: templateId }, itemIndex, 'object');
		return { deleted: true, templateId };
	});
}
