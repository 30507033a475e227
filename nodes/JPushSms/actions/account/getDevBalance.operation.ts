import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { inputError } from '../../../shared/errors/inputError';
import { forEachItem } from '../../../shared/itemLoop';
import { jpushProvider, jpushRequest } from '../../transport';
import { balanceAnswer } from '../../transport/expect';

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getDevBalance'] } },
	[
		{
			displayName:
				'Uses the Developer Key and Developer Secret of the credential (JPush signs this endpoint with the developer pair). Without them the app pair is tried.',
			name: 'devNotice',
			type: 'notice',
			default: '',
		},
		requestOptionsCollection('read'),
	] as INodeProperties[],
);

/**
 * The account balance not assigned to any app. JPush wants Basic devKey:apiDevSecret here
 * (https://docs.jiguang.cn/jsms/server/rest_api_summary), so the request is authenticated with the credential's developer pair in place of the app pair.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const credentials = await this.getCredentials(jpushProvider.credentialType, itemIndex);
		const devKey = String(credentials.devKey ?? '').trim();
		const devSecret = String(credentials.devSecret ?? '');
		if (Boolean(devKey) !== Boolean(devSecret)) {
			throw inputError(this.getNode(), itemIndex, 'Credential', `the Developer ${devKey ? 'Secret' : 'Key'} is empty`, 'Open the JPush SMS API credential and fill in both Developer Key and Developer Secret, or neither.');
		}
		const credentialData = devKey ? { ...credentials, appKey: devKey, masterSecret: devSecret } : undefined;
		const answer = await jpushRequest.call(this, { method: 'GET', path: '/v1/accounts/dev', credentialData, expect: balanceAnswer('dev') }, itemIndex);
		return { ...answer, keyPair: devKey ? 'developer' : 'app' };
	});
}
