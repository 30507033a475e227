import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { objectWith } from '../../../shared/transport/expect';
import { getNumericId, templateLocator } from '../../helpers/fields';
import { operationFields, requestOptions } from '../../helpers/operation';
import { templateJson } from '../../helpers/templateFields';
import { yunpianRequest } from '../../transport';

export const description = operationFields('template', 'get', [templateLocator, requestOptions('read')]);

/** `tpl/get` with `tpl_id`: one template with its review state. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		return templateJson(await yunpianRequest.call(this, 'sms', 'tpl/get', { tpl_id: getNumericId.call(this, itemIndex) }, itemIndex, objectWith('tpl_id')));
	});
}
