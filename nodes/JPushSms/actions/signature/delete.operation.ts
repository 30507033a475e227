import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { jpushRequest } from '../../transport';
import { readId, signatureLocator } from '../../helpers/fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['signature'], operation: ['delete'] } },
	[signatureLocator, requestOptionsCollection('write')],
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const signId = readId.call(this, itemIndex, 'signId', 'Signature');
		await jpushRequest.call(this, { method: 'DELETE', path: `/v1/sign/${signId}`, expect: 'none' }, itemIndex);
		return { deleted: true, signatureId: signId };
	});
}
