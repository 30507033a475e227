import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { readSignId, signIdField } from '../../helpers/signatureFields';
import { tencentRequest } from '../../transport';

const properties: INodeProperties[] = [signIdField, requestOptionsCollection('write')];

export const description = updateDisplayOptions({ show: { resource: ['signature'], operation: ['delete'] } }, properties);

/** DeleteSmsSign (https://cloud.tencent.com/document/api/382/52077). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const signId = readSignId(this, itemIndex);
		const answer = await tencentRequest.call(this, { action: 'DeleteSmsSign', body: { SignId: signId }, kind: 'write', fields: ['DeleteSignStatus'] }, itemIndex);
		return { deleted: true, signId, deleteTime: (answer.DeleteSignStatus as IDataObject).DeleteTime ?? null };
	});
}
