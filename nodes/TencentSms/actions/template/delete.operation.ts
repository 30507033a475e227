import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { readTemplateId, templateIdField } from '../../helpers/templateFields';
import { tencentRequest } from '../../transport';

const properties: INodeProperties[] = [templateIdField, requestOptionsCollection('write')];

export const description = updateDisplayOptions({ show: { resource: ['template'], operation: ['delete'] } }, properties);

/** DeleteSmsTemplate (https://cloud.tencent.com/document/api/382/52077). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const templateId = readTemplateId(this, itemIndex);
		const answer = await tencentRequest.call(this, { action: 'DeleteSmsTemplate', body: { TemplateId: templateId }, kind: 'write', fields: ['DeleteTemplateStatus'] }, itemIndex);
		return { deleted: true, templateId, deleteTime: (answer.DeleteTemplateStatus as IDataObject).DeleteTime ?? null };
	});
}
