import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { jpushRequest } from '../../transport';
import { readId, signatureLocator } from '../../helpers/fields';
import { readSignatureBody, signatureProperties } from '../../helpers/signature';

export const description = updateDisplayOptions(
	{ show: { resource: ['signature'], operation: ['update'] } },
	[
		{
			displayName: 'Only rejected signatures can be changed. The signature is replaced as a whole and goes back to review.',
			name: 'updateNotice',
			type: 'notice',
			default: '',
		},
		signatureLocator,
		...signatureProperties,
		requestOptionsCollection('write'),
	],
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const signId = readId.call(this, itemIndex, 'signId', 'Signature');
		const { multipart, fields } = await readSignatureBody.call(this, itemIndex);
		const answer = await jpushRequest.call(
			this,
			{ method: 'POST', path: `/v1/sign/${signId}`, body: multipart.body, encoding: 'raw', headers: { 'content-type': multipart.contentType }, expect: 'object' },
			itemIndex,
		);
		return { signatureId: Number(answer.sign_id ?? signId), status: 0, statusLabel: 'under review', ...fields };
	});
}
