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
			{ name: 'Get Packages', value: 'getPackages', description: 'List the data packages on offer', action: 'Get data packages' },
			{ name: 'Pull Top-Up Reports', value: 'pullStatus', description: 'Fetch new top-up reports; each is returned once', action: 'Pull recharge reports' },
			{ name: 'Recharge', value: 'recharge', description: 'Top up a mobile number with a data package', action: 'Recharge mobile data' },
		],
		default: 'getPackages',
	},
	...getPackages.description,
	...pullStatus.description,
	...recharge.description,
];
