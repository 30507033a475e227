import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { jpushRequest } from '../../transport';

const NOTICE =
	'Each record is returned only once, at most 500 per call; JPush allows one call every 5 seconds and none when a callback URL is set. The node calls once per execution, whatever the number of input items.';

export function pullDescription(operation: string): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: ['report'], operation: [operation] } }, [
		{ displayName: NOTICE, name: `${operation}Notice`, type: 'notice', default: '' },
		// A pull removes what it returns: it is never repeated, so only the deadline is offered.
		requestOptionsCollection('write'),
	]);
}

/** One call (for the first item), one output item per record; JPush's `msgId` as `messageId`, text. */
export async function executePull(this: IExecuteFunctions, path: string): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		if (itemIndex > 0) return [];
		// The pull APIs answer a bare JSON array. Each record is returned once, so an answer lost on its
		// way back cannot be asked for again: a pull is a write, never retried.
		const answer: unknown = await jpushRequest.call(this, { method: 'GET', path, kind: 'write', expect: 'array' }, itemIndex);
		const records = Array.isArray(answer) ? (answer as IDataObject[]) : [];
		return records.map(({ msgId, ...record }) => (msgId === undefined ? record : { messageId: String(msgId as string), ...record }));
	});
}
