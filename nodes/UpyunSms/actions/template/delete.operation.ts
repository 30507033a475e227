import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { upyunRequest } from '../../transport';
import { getTemplateId, templateLocator } from '../../helpers/fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['template'], operation: ['delete'] } },
	[templateLocator, requestOptionsCollection('write')] as INodeProperties[],
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const templateId = getTemplateId.call(this, itemIndex);
		await upyunRequest.call(this, { method: 'DELETE', path: `/api/templates/${templateId}`, expect: 'none' }, itemIndex);
		return { deleted: true, templateId };
	});
}
