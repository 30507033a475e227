import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as update from './update.operation';

export { get, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		options: [
			{ name: 'Get', value: 'get', description: 'Get the account: balance, alarm threshold, contacts and IP whitelist', action: 'Get the account with its balance and settings' },
			{ name: 'Update', value: 'update', description: 'Set the balance alarm and the emergency contact', action: 'Update the balance alarm and emergency contact of the account' },
		],
		default: 'get',
	},
	...get.description,
	...update.description,
];
