import type { INodeProperties } from 'n8n-workflow';

import * as send from './send.operation';

export { send };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: [
			{
				name: 'Send',
				value: 'send',
				description: 'Send an approved template message, one request and one result per number',
				action: 'Send an approved template SMS with its variable values from a sub account to one or more mobile numbers',
			},
		],
		default: 'send',
	},
	...send.description,
];
