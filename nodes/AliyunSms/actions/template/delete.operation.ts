import { updateDisplayOptions, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { writeRequestOptions } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { getTemplateCode, templateLocator } from '../../helpers/fields';
import { aliyunRequest } from '../../transport';

const properties: INodeProperties[] = [
	{ ...templateLocator, description: 'The template to delete; one under review cannot be deleted' },
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: writeRequestOptions },
];

export const description = updateDisplayOptions({ show: { resource: ['template'], operation: ['delete'] } }, properties);

/** DeleteSmsTemplate (https://help.aliyun.com/zh/sms/developer-reference/api-dysmsapi-2017-05-25-deletesmstemplate). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const templateCode = getTemplateCode(this, itemIndex);
		const answer = await aliyunRequest.call(this, { action: 'DeleteSmsTemplate', query: { TemplateCode: templateCode }, kind: 'write' }, itemIndex);
		return { deleted: true, templateCode, requestId: answer.RequestId };
	});
}
