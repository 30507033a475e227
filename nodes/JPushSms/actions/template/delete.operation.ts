import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { jpushRequest } from '../../transport';
import { getTemplateId, templateLocator } from '../../helpers/fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['template'], operation: ['delete'] } },
	[templateLocator, requestOptionsCollection('write')],
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const templateId = getTemplateId.call(this, itemIndex);
		await jpushRequest.call(this, { method: 'DELETE', path: `/v1/templates/${templateId}`, expect: 'none' }, itemIndex);
		return { deleted: true, templateId };
	});
}
