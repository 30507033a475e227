import type { INodeProperties } from 'n8n-workflow';

import * as getStatus from './getStatus.operation';
import * as send from './send.operation';
import * as sendBatch from './sendBatch.operation';

export { getStatus, send, sendBatch };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['international'] } },
		options: [
			{ name: 'Get Status', value: 'getStatus', description: 'Delivery status of an international message (QueryMessage)', action: 'Get an international message status' },
			{ name: 'Send', value: 'send', description: 'Send a free text outside the Chinese mainland (SendMessageToGlobe)', action: 'Send an international SMS' },
			{ name: 'Send Batch', value: 'sendBatch', description: 'Send one text per item, up to 1 000 per request (BatchSendMessageToGlobe)', action: 'Send a batch of international SMS' },
		],
		default: 'send',
	},
	...send.description,
	...sendBatch.description,
	...getStatus.description,
];
