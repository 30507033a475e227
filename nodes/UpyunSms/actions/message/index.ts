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
			{ name: 'Send', value: 'send', description: 'Send a template message now, with one result per number', action: 'Send an approved template SMS now to one or more mainland mobile numbers with its variable values' },
			{ name: 'Send Bulk', value: 'sendBulk', description: 'Queue one text for a list of numbers, now or at a set time', action: 'Queue one template SMS with the same variable values for a list of mobile numbers now or at a set time' },
			{ name: 'Send From File', value: 'sendFromFile', description: 'Queue a send from a CSV file of numbers and variables', action: 'Queue template SMS from a CSV file of mobile numbers and variable values' },
			{ name: 'Send Personalized', value: 'sendPersonalized', description: 'Queue one message per item, each with its own variables', action: 'Queue one template SMS per item to its own mobile number with its own variable values' },
		],
		default: 'send',
	},
	...send.description,
	...sendBulk.description,
	...sendFromFile.description,
	...sendPersonalized.description,
];
