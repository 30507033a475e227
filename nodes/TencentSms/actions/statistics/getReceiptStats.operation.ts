import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { rangeBody, rangeFields } from '../../helpers/statistics';
import { tencentRequest } from '../../transport';

const properties: INodeProperties[] = [...rangeFields, requestOptionsCollection('read')];

export const description = updateDisplayOptions({ show: { resource: ['statistics'], operation: ['getReceiptStats'] } }, properties);

/** CallbackStatusStatistics (https://cloud.tencent.com/document/api/382/52077): Limit and Offset are "fixed 0". */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const body: IDataObject = { ...(await rangeBody(this, itemIndex, 32)), Limit: 0, Offset: 0 };
		const answer = await tencentRequest.call(this, { action: 'CallbackStatusStatistics', body, kind: 'read', fields: ['CallbackStatusStatistics'] }, itemIndex);
		return { ...(answer.CallbackStatusStatistics as IDataObject), beginTime: body.BeginTime, endTime: body.EndTime };
	});
}
