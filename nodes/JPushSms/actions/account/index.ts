import type { INodeProperties } from 'n8n-workflow';

import * as getAppBalance from './getAppBalance.operation';
import * as getDevBalance from './getDevBalance.operation';

export { getAppBalance, getDevBalance };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		options: [
			{ name: 'Get App Balance', value: 'getAppBalance', description: 'Get the quota assigned to this app', action: 'Get the SMS and voice messages left for this app' },
			{ name: 'Get Developer Balance', value: 'getDevBalance', description: 'Get the account quota not assigned to any app (uses the developer key pair)', action: 'Get the developer account messages not assigned to any app' },
		],
		default: 'getAppBalance',
	},
	...getAppBalance.description,
	...getDevBalance.description,
];
