import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { executePull, pullDescription } from '../../helpers/lists';

export const description = pullDescription('voice', 'pullStatus', [
	{
		displayName: 'Call Type',
		name: 'type',
		type: 'options',
		default: 1,
		options: [
			{ name: 'Verification Code Calls', value: 1 },
			{ name: 'Notification Calls', value: 2 },
		],
		description: 'Which calls to pull reports of',
	},
]);

/** `voice/pull_status`: new call reports (each returned once), one item per report. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await executePull.call(this, 'voice', 'voice/pull_status', (itemIndex) => ({ type: Number(this.getNodeParameter('type', itemIndex, 1)) }));
}
