import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { upyunRequest } from '../../transport';

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getBalance'] } },
	[requestOptionsCollection('read')] as INodeProperties[],
);

/** Remaining messages per bucket: industry, marketing, international and per-country. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		return await upyunRequest.call(this, { method: 'GET', path: '/api/users/remain', expect: 'object' }, itemIndex);
	});
}
