import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { executePull, pullDescription } from '../../helpers/lists';

export const description = pullDescription('flow', 'pullStatus');

/** `flow/pull_status`: new top-up reports (each returned once), one item per report. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await executePull.call(this, 'flow', 'flow/pull_status');
}
