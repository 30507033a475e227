import { updateDisplayOptions, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { writeRequestOptions } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { getSignName, signatureLocator } from '../../helpers/fields';
import { aliyunRequest } from '../../transport';

const properties: INodeProperties[] = [
	{ ...signatureLocator, description: 'The signature to delete; one under review cannot be deleted' },
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: writeRequestOptions },
];

export const description = updateDisplayOptions({ show: { resource: ['signature'], operation: ['delete'] } }, properties);

/** DeleteSmsSign (https://help.aliyun.com/zh/sms/developer-reference/api-dysmsapi-2017-05-25-deletesmssign). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const signName = getSignName(this, itemIndex);
		const answer = await aliyunRequest.call(this, { action: 'DeleteSmsSign', query: { SignName: signName }, kind: 'write' }, itemIndex);
		return { deleted: true, signName, requestId: answer.RequestId };
	});
}
