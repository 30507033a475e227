import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { readTemplateId, templateBody, templateFields, templateIdField } from '../../helpers/templateFields';
import { tencentRequest } from '../../transport';

const properties: INodeProperties[] = [
	{ displayName: 'Only templates under review or rejected can be changed; International must stay as it is', name: 'updateNotice', type: 'notice', default: '' },
	templateIdField,
	...templateFields,
];

export const description = updateDisplayOptions({ show: { resource: ['template'], operation: ['update'] } }, properties);

/** ModifySmsTemplate (https://cloud.tencent.com/document/api/382/52077): TemplateId as an integer, every field again. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const body: IDataObject = { TemplateId: readTemplateId(this, itemIndex), ...templateBody(this, itemIndex) };
		const answer = await tencentRequest.call(this, { action: 'ModifySmsTemplate', body, kind: 'write', fields: ['ModifyTemplateStatus'] }, itemIndex);
		return { TemplateId: Number((answer.ModifyTemplateStatus as { TemplateId?: unknown }).TemplateId), TemplateName: body.TemplateName, TemplateContent: body.TemplateContent, status: 'under review', usable: false };
	});
}
