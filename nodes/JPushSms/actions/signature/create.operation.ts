import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { objectWith } from '../../../shared/transport/expect';
import { jpushRequest } from '../../transport';
import { readSignatureBody, signatureProperties } from '../../helpers/signature';

export const description = updateDisplayOptions(
	{ show: { resource: ['signature'], operation: ['create'] } },
	[...signatureProperties, requestOptionsCollection('write')],
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const { multipart, fields } = await readSignatureBody.call(this, itemIndex);
		const answer = await jpushRequest.call(
			this,
			{ method: 'POST', path: '/v1/sign', body: multipart.body, encoding: 'raw', headers: { 'content-type': multipart.contentType }, expect: objectWith('sign_id') },
			itemIndex,
		);
		return { signatureId: Number(answer.sign_id), status: 0, statusLabel: 'under review', ...fields };
	});
}
