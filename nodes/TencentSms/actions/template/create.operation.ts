import { updateDisplayOptions, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { templateBody, templateFields } from '../../helpers/templateFields';
import { tencentRequest } from '../../transport';

export const description = updateDisplayOptions({ show: { resource: ['template'], operation: ['create'] } }, templateFields);

/** AddSmsTemplate (https://cloud.tencent.com/document/api/382/52077): answers the new TemplateId as a string. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const body = templateBody(this, itemIndex);
		const answer = await tencentRequest.call(this, { action: 'AddSmsTemplate', body, kind: 'write', fields: ['AddTemplateStatus'] }, itemIndex);
		const id = (answer.AddTemplateStatus as { TemplateId?: unknown }).TemplateId;
		return { TemplateId: Number(id), TemplateName: body.TemplateName, TemplateContent: body.TemplateContent, International: body.International, status: 'under review', usable: false };
	});
}
