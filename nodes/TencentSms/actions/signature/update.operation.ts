import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { readSignId, signatureBody, signatureFields, signIdField } from '../../helpers/signatureFields';
import { tencentRequest } from '../../transport';

const properties: INodeProperties[] = [
	{ displayName: 'Only signatures under review or rejected can be changed; International must stay as it is', name: 'updateNotice', type: 'notice', default: '' },
	signIdField,
	...signatureFields,
];

export const description = updateDisplayOptions({ show: { resource: ['signature'], operation: ['update'] } }, properties);

/** ModifySmsSign (https://cloud.tencent.com/document/api/382/52077): every field again, then a new review. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const body: IDataObject = { SignId: readSignId(this, itemIndex), ...(await signatureBody(this, itemIndex)) };
		const answer = await tencentRequest.call(this, { action: 'ModifySmsSign', body, kind: 'write', fields: ['ModifySignStatus'] }, itemIndex);
		return { ...(answer.ModifySignStatus as object), SignName: body.SignName, status: 'under review' };
	});
}
