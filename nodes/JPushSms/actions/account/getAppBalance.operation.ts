import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { jpushRequest } from '../../transport';
import { balanceAnswer } from '../../transport/expect';

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getAppBalance'] } },
	[requestOptionsCollection('read')] as INodeProperties[],
);

/** Quota assigned to this app: all-purpose, voice, industry (codes and notifications) and marketing; null = none assigned. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		return await jpushRequest.call(this, { method: 'GET', path: '/v1/accounts/app', expect: balanceAnswer('app') }, itemIndex);
	});
}
