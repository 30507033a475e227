import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { objectWith } from '../../../shared/transport/expect';
import { forEachItem } from '../../../shared/itemLoop';
import { MOBILE_LIST_HINT } from '../../../shared/validation/mobile';
import { upyunRequest } from '../../transport';
import { mobilesField } from '../../helpers/fields';
import { getMobiles } from '../../helpers/recipients';

const properties: INodeProperties[] = [
	{
		...mobilesField,
		description: `Numbers to check, ${MOBILE_LIST_HINT}: whether each is in service, silent or empty, and its carrier and region`,
	},
	requestOptionsCollection('write'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['number'], operation: ['detect'] } },
	properties,
);

/** One item per number checked, with the task's ID on each. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const mobiles = getMobiles.call(this, itemIndex);
		const task = await upyunRequest.call(this, { method: 'POST', path: '/api/detection/mobile', body: { mobile: mobiles.join(',') }, expect: objectWith('id') }, itemIndex);
		const results = Array.isArray(task.data) ? (task.data as IDataObject[]) : [];
		const taskId = task.id === undefined ? null : String(task.id);
		if (results.length === 0) return { taskId, submitted: task.sum ?? mobiles.length, finished: task.count ?? 0, results: [] };
		return results.map((entry) => ({
			mobile: String(entry.phone),
			status: entry.phoneStatusStr,
			statusCode: entry.phoneStatus,
			carrier: entry.carrierStr,
			carrierCode: entry.carrier,
			province: entry.province,
			city: entry.city,
			taskId,
		}));
	});
}
