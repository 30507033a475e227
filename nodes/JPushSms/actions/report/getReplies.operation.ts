import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { executePull, pullDescription } from './pull';

export const description = pullDescription('getReplies');

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await executePull.call(this, '/v1/reply');
}
