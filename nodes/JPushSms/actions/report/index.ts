import type { INodeProperties } from 'n8n-workflow';

import * as getDeliveryReports from './getDeliveryReports.operation';
import * as getReplies from './getReplies.operation';

export { getDeliveryReports, getReplies };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['report'] } },
		options: [
			{ name: 'Get Delivery Reports', value: 'getDeliveryReports', description: 'Pull the delivery reports not fetched yet', action: 'Get the delivery reports not fetched yet' },
			{ name: 'Get Replies', value: 'getReplies', description: 'Pull the replies not fetched yet', action: 'Get the replies from recipients not fetched yet' },
		],
		default: 'getDeliveryReports',
	},
	...getDeliveryReports.description,
	...getReplies.description,
];
