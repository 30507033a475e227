import type { INodeProperties } from 'n8n-workflow';

import * as send from './send.operation';
import * as sendBulk from './sendBulk.operation';
import * as sendFromFile from './sendFromFile.operation';
import * as sendPersonalized from './sendPersonalized.operation';

export { send, sendBulk, sendFromFile, sendPersonalized };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: [
			{ name: 'Send', value: 'send', description: 'Send a template message now, with one result per number', action: 'Send a message' },
			{ name: 'Send Bulk', value: 'sendBulk', description: 'Queue one text for a list of numbers, now or at a set time', action: 'Send a bulk message' },
			{ name: 'Send From File', value: 'sendFromFile', description: 'Queue a send from a CSV file of numbers and variables', action: 'Send messages from a file' },
			{ name: 'Send Personalized', value: 'sendPersonalized', description: 'Queue one message per item, each with its own variables', action: 'Send personalized messages' },
		],
		default: 'send',
	},
	...send.description,
	...sendBulk.description,
	...sendFromFile.description,
	...sendPersonalized.description,
];
