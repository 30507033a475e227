import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { readRequestOptions } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { findPlaceholders } from '../../../shared/templates/placeholders';
import { getTemplateCode, templateLocator } from '../../helpers/fields';
import { getTemplate, templateStatusText } from '../../helpers/templates';
import { withoutEnvelope } from '../../transport';

const properties: INodeProperties[] = [
	{ ...templateLocator, description: 'The template to read, approved or not' },
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: readRequestOptions },
];

export const description = updateDisplayOptions({ show: { resource: ['template'], operation: ['get'] } }, properties);

/** GetSmsTemplate; its TemplateStatus and TemplateType are strings (aliyun.md §2.6). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const template = (await getTemplate.call(this, getTemplateCode(this, itemIndex), itemIndex)) as unknown as IDataObject;
		const fields = withoutEnvelope(template);
		return {
			status: templateStatusText(template),
			usable: String(template.TemplateStatus) === '1',
			variables: findPlaceholders(String(template.TemplateContent), 'aliyun').map((placeholder) => placeholder.key),
			...fields,
		};
	});
}
