import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { executePull, pullDescription } from '../../helpers/lists';

export const description = pullDescription('sms', 'pullStatus');

/** `sms/pull_status`: new delivery reports (each returned once), one item per report. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await executePull.call(this, 'sms', 'sms/pull_status');
}
