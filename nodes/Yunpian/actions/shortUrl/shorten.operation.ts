import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { inputError } from '../../../shared/errors/inputError';
import { getText, textOf } from '../../../shared/validation/text';
import { forEachItem } from '../../../shared/itemLoop';
import { objectWith } from '../../../shared/transport/expect';
import { checkUrl } from '../../helpers/fields';
import { operationFields, withRequestOptions } from '../../helpers/operation';
import { yunpianRequest } from '../../transport';

export const description = operationFields('shortUrl', 'shorten', [
	{ displayName: 'Long URL', name: 'longUrl', type: 'string', required: true, default: '', placeholder: 'e.g. https://example.com/offer' },
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: withRequestOptions('write', [
			{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. November offer', description: 'Your own name for the link' },
			{
				displayName: 'Short Domain',
				name: 'provider',
				type: 'options',
				default: 1,
				options: [
					{ name: 'Yp2.cn', value: 1 },
					{ name: 'T.cn', value: 2 },
				],
			},
			{ displayName: 'Statistics Days', name: 'statDuration', type: 'number', default: 30, typeOptions: { minValue: 0, maxValue: 30 }, description: 'How many days clicks are counted (0–30)' },
		]),
	},
]);

/** `short_url/shorten`: a short link with click statistics. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const longUrl = checkUrl.call(this, itemIndex, getText(this, itemIndex, 'longUrl', 'Long URL').trim(), 'Long URL');
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const body: IDataObject = { long_url: longUrl, name: options.name ? textOf(this.getNode(), itemIndex, 'Name', options.name) : undefined, provider: options.provider };
		if (options.statDuration !== undefined) {
			const days = Number(options.statDuration);
			if (!Number.isInteger(days) || days < 0 || days > 30) throw inputError(this.getNode(), itemIndex, 'Statistics Days', `${String(options.statDuration)} is not 0–30`, 'Enter a whole number of days from 0 to 30.');
			body.stat_duration = days;
		}
		const answer = await yunpianRequest.call(this, 'sms', 'short_url/shorten', body, itemIndex, objectWith('short_url'));
		const shortUrl = answer.short_url;
		const result = shortUrl !== null && typeof shortUrl === 'object' ? (shortUrl as IDataObject) : answer;
		return result.sid === undefined ? result : { ...result, sid: String(result.sid) };
	});
}
