import { updateDisplayOptions, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { writeRequestOptions } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { objectWith } from '../../../shared/transport/expect';
import { aliyunRequest } from '../../transport';
import { readTemplateQuery, templateFields } from './fields';

const properties: INodeProperties[] = [
	...templateFields,
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: writeRequestOptions },
];

export const description = updateDisplayOptions({ show: { resource: ['template'], operation: ['create'] } }, properties);

/** CreateSmsTemplate: the new template starts under review (https://help.aliyun.com/zh/sms/developer-reference/api-dysmsapi-2017-05-25-createsmstemplate). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const query = readTemplateQuery(this, itemIndex);
		const answer = await aliyunRequest.call(this, { action: 'CreateSmsTemplate', query, kind: 'write', expect: objectWith('TemplateCode') }, itemIndex);
		return { templateCode: answer.TemplateCode, templateName: answer.TemplateName ?? query.TemplateName, orderId: answer.OrderId ?? null, status: 'under review', requestId: answer.RequestId };
	});
}
