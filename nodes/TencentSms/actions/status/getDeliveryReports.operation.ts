import { updateDisplayOptions, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { byNumberFields, pullByNumber } from '../../helpers/pull';

const properties: INodeProperties[] = [...byNumberFields, requestOptionsCollection('read')];

export const description = updateDisplayOptions({ show: { resource: ['status'], operation: ['getDeliveryReports'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => await pullByNumber(this, itemIndex, 'status'));
}
