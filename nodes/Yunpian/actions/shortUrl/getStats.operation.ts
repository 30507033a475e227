import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { inputError } from '../../../shared/errors/inputError';
import { getText } from '../../../shared/validation/text';
import { forEachItem } from '../../../shared/itemLoop';
import { objectWith } from '../../../shared/transport/expect';
import { getTime } from '../../helpers/fields';
import { operationFields, withRequestOptions } from '../../helpers/operation';
import { yunpianRequest } from '../../transport';

export const description = operationFields('shortUrl', 'getStats', [
	{ displayName: 'Short Link ID', name: 'sid', type: 'string', required: true, default: '', placeholder: 'e.g. 7uRTPb', description: 'The sid that Shorten returned' },
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: withRequestOptions('read', [
			{ displayName: 'Start Time', name: 'startTime', type: 'dateTime', default: '', description: 'Beginning of the period (Beijing time); default the last hour' },
			{ displayName: 'End Time', name: 'endTime', type: 'dateTime', default: '', description: 'End of the period (Beijing time)' },
		]),
	},
]);

/** `short_url/stat`: clicks per time slot; `stats` lists them in order, `total` adds them up. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const sid = getText(this, itemIndex, 'sid', 'Short Link ID').trim();
		if (!sid) throw inputError(this.getNode(), itemIndex, 'Short Link ID', 'no ID given', 'Enter the sid of the short link (from Short URL → Shorten).');
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const body = {
			sid,
			start_time: getTime.call(this, itemIndex, options.startTime, 'Start Time'),
			end_time: getTime.call(this, itemIndex, options.endTime, 'End Time'),
		};
		const answer = await yunpianRequest.call(this, 'sms', 'short_url/stat', body, itemIndex, objectWith('stat'));
		const stat = answer.stat !== null && typeof answer.stat === 'object' ? (answer.stat as IDataObject) : {};
		const stats = Object.entries(stat).map(([time, clicks]) => ({ time, clicks: Number(clicks) }));
		return { sid, total: stats.reduce((sum, entry) => sum + entry.clicks, 0), stats };
	});
}
