import type { INodeProperties } from 'n8n-workflow';

import * as getDeliveryReports from './getDeliveryReports.operation';
import * as getReplies from './getReplies.operation';
import * as pullDeliveryReports from './pullDeliveryReports.operation';
import * as pullReplies from './pullReplies.operation';

export { getDeliveryReports, getReplies, pullDeliveryReports, pullReplies };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['status'] } },
		options: [
			{ name: 'Get Delivery Reports (Number)', value: 'getDeliveryReports', description: 'Delivery reports of one number, up to 7 days back (PullSmsSendStatusByPhoneNumber)', action: 'Get delivery reports of a number' },
			{ name: 'Get Replies (Number)', value: 'getReplies', description: 'Replies from one number, up to 7 days back (PullSmsReplyStatusByPhoneNumber)', action: 'Get replies of a number' },
			{ name: 'Pull Delivery Reports', value: 'pullDeliveryReports', description: 'Take new delivery reports from the queue, each once (PullSmsSendStatus)', action: 'Pull delivery reports' },
			{ name: 'Pull Replies', value: 'pullReplies', description: 'Take new replies from the queue, each once (PullSmsReplyStatus)', action: 'Pull replies' },
		],
		default: 'pullDeliveryReports',
	},
	...getDeliveryReports.description,
	...getReplies.description,
	...pullDeliveryReports.description,
	...pullReplies.description,
];
