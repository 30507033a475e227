import { updateDisplayOptions, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { signatureBody, signatureFields } from '../../helpers/signatureFields';
import { tencentRequest } from '../../transport';

export const description = updateDisplayOptions({ show: { resource: ['signature'], operation: ['create'] } }, signatureFields as INodeProperties[]);

/** AddSmsSign (https://cloud.tencent.com/document/api/382/52077): the new signature waits for review (status 1). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const body = await signatureBody(this, itemIndex);
		const answer = await tencentRequest.call(this, { action: 'AddSmsSign', body, kind: 'write', fields: ['AddSignStatus'] }, itemIndex);
		return { ...(answer.AddSignStatus as object), SignName: body.SignName, International: body.International, status: 'under review' };
	});
}
