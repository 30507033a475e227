import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { getTemplateId, templateLocator } from '../../helpers/fields';
import { TemplateBook } from '../../helpers/templateCheck';

export const description = updateDisplayOptions(
	{ show: { resource: ['template'], operation: ['get'] } },
	[templateLocator, requestOptionsCollection('read')] as INodeProperties[],
);

/** UPYUN has no get-by-ID endpoint: the template is picked from the account's list, loaded once. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	return await forEachItem(this, async (itemIndex) => {
		return await templates.get(getTemplateId.call(this, itemIndex), itemIndex);
	});
}
