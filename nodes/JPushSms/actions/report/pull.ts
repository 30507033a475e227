import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { pullRecords, type PullPath } from '../../transport/pull';

const NOTICE =
	'Each record is returned only once, at most 500 per call; JPush allows one call every 5 seconds and none when a callback URL is set. The node calls once per execution, whatever the number of input items. A JPush SMS Pull Trigger on the same app takes records from this operation, and this operation from it.';

export function pullDescription(operation: string): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: ['report'], operation: [operation] } }, [
		{ displayName: NOTICE, name: `${operation}Notice`, type: 'notice', default: '' },
		// A pull removes what it returns: it is never repeated, so only the deadline is offered.
		requestOptionsCollection('write'),
	]);
}

/** One call (for the first item), one output item per record; JPush's `msgId` as `messageId`, text. */
export async function executePull(this: IExecuteFunctions, path: PullPath): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		if (itemIndex > 0) return [];
		const records = await pullRecords.call(this, path, itemIndex);
		return records.map(({ msgId, ...record }) => (msgId === undefined ? record : { messageId: String(msgId as string), ...record }));
	});
}
