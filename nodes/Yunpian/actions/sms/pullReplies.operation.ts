import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { executePull, pullDescription } from '../../helpers/lists';

export const description = pullDescription('sms', 'pullReplies');

/** `sms/pull_reply`: new replies from recipients (each returned once), one item per reply. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await executePull.call(this, 'sms', 'sms/pull_reply');
}
