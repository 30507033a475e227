import type { INodeProperties } from 'n8n-workflow';

import * as getPackages from './getPackages.operation';
import * as pullStatus from './pullStatus.operation';
import * as recharge from './recharge.operation';

export { getPackages, pullStatus, recharge };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['flow'] } },
		options: [
			{ name: 'Get Packages', value: 'getPackages', description: 'List the data packages on offer', action: 'Get the mobile data packages on offer' },
			{ name: 'Pull Top-Up Reports', value: 'pullStatus', description: 'Fetch new top-up reports; each is returned once', action: 'Pull new mobile data top up reports each returned only once' },
			{ name: 'Recharge', value: 'recharge', description: 'Top up a mobile number with a data package', action: 'Top up one mobile number with a data package' },
		],
		default: 'getPackages',
	},
	...getPackages.description,
	...pullStatus.description,
	...recharge.description,
];
