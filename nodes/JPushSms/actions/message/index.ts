import type { INodeProperties } from 'n8n-workflow';

import * as send from './send.operation';
import * as sendBatch from './sendBatch.operation';

export { send, sendBatch };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: [
			{ name: 'Send', value: 'send', description: 'Send a template message to one number', action: 'Send an approved template SMS to one mobile number with its variable values' },
			{ name: 'Send Batch', value: 'sendBatch', description: 'Send a template message to many numbers, each with its own variables, up to 1000 per request', action: 'Send an approved template SMS to many mobile numbers each with its own variable values' },
		],
		default: 'send',
	},
	...send.description,
	...sendBatch.description,
];
