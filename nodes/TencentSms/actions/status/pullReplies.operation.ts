import { updateDisplayOptions, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { pullQueue, queueFields } from '../../helpers/pull';

const properties: INodeProperties[] = [...queueFields('reply'), requestOptionsCollection('write')];

export const description = updateDisplayOptions({ show: { resource: ['status'], operation: ['pullReplies'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => await pullQueue(this, itemIndex, 'reply'));
}
