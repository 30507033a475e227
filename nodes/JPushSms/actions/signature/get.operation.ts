import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { objectWith } from '../../../shared/transport/expect';
import { jpushRequest } from '../../transport';
import { readId, signatureLocator } from '../../helpers/fields';
import { SIGN_STATUSES } from '../../helpers/signature';

export const description = updateDisplayOptions(
	{ show: { resource: ['signature'], operation: ['get'] } },
	[signatureLocator, requestOptionsCollection('read')],
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const signId = readId.call(this, itemIndex, 'signId', 'Signature');
		const { sign_id: signatureId, is_default: isDefault, use_status: useStatus, ...answer } = await jpushRequest.call(this, { method: 'GET', path: `/v1/sign/${signId}`, expect: objectWith('sign_id') }, itemIndex);
		return {
			signatureId: signatureId ?? signId,
			...answer,
			statusLabel: SIGN_STATUSES[Number(answer.status)] ?? null,
			isDefault: Number(isDefault) === 1,
			...(useStatus === undefined ? {} : { useStatus }),
		};
	});
}
