import { updateDisplayOptions, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { writeRequestOptions } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { objectWith } from '../../../shared/transport/expect';
import { aliyunRequest } from '../../transport';
import { readSignQuery, signFields } from './fields';

const properties: INodeProperties[] = [
	...signFields,
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: writeRequestOptions },
];

export const description = updateDisplayOptions({ show: { resource: ['signature'], operation: ['create'] } }, properties);

/** CreateSmsSign: applies for a signature; it starts under review (https://help.aliyun.com/document_detail/2807427.html). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const query = readSignQuery(this, itemIndex);
		const answer = await aliyunRequest.call(this, { action: 'CreateSmsSign', query, kind: 'write', expect: objectWith('SignName') }, itemIndex);
		return { signName: answer.SignName, orderId: answer.OrderId ?? null, status: 'under review', requestId: answer.RequestId };
	});
}
