import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { getTemplateId, templateLocator } from '../../helpers/fields';
import { TEMPLATE_STATUSES, TEMPLATE_TYPES, TemplateBook } from '../../helpers/templates';

export const description = updateDisplayOptions(
	{ show: { resource: ['template'], operation: ['get'] } },
	[templateLocator, requestOptionsCollection('read')],
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	return await forEachItem(this, async (itemIndex) => {
		const { temp_id: templateId, ...template } = await templates.get(getTemplateId.call(this, itemIndex), itemIndex);
		return {
			templateId,
			...template,
			typeLabel: TEMPLATE_TYPES[Number(template.type)] ?? null,
			statusLabel: TEMPLATE_STATUSES[Number(template.status)] ?? null,
		};
	});
}
