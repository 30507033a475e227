import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { liupaiObject } from '../../transport';

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getBalance'] } },
	[requestOptionsCollection('read')] as INodeProperties[],
);

/** `sms/balance`: total and used messages, plus `remaining` (totalnum − usednum). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const balance = await liupaiObject.call(this, 'balance', {}, itemIndex);
		const total = Number(balance.totalnum);
		const used = Number(balance.usednum);
		return Number.isFinite(total) && Number.isFinite(used) ? { ...balance, remaining: total - used } : balance;
	});
}
