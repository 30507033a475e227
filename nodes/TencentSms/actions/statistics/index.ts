import type { INodeProperties } from 'n8n-workflow';

import * as getPackages from './getPackages.operation';
import * as getReceiptStats from './getReceiptStats.operation';
import * as getSendStats from './getSendStats.operation';

export { getPackages, getReceiptStats, getSendStats };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['statistics'] } },
		options: [
			{ name: 'Get Packages', value: 'getPackages', description: 'Prepaid packages with their amount, usage and what remains (SmsPackagesStatistics)', action: 'Get packages' },
			{ name: 'Get Receipt Statistics', value: 'getReceiptStats', description: 'Delivery report counts by outcome, at most 32 days (CallbackStatusStatistics)', action: 'Get receipt statistics' },
			{ name: 'Get Send Statistics', value: 'getSendStats', description: 'Submitted, accepted and billed counts (SendStatusStatistics)', action: 'Get send statistics' },
		],
		default: 'getSendStats',
	},
	...getPackages.description,
	...getReceiptStats.description,
	...getSendStats.description,
];
