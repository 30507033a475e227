import type { INodeProperties } from 'n8n-workflow';

import * as getInfo from './getInfo.operation';

export { getInfo };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['phoneNumber'] } },
		options: [{ name: 'Get Info', value: 'getInfo', description: 'Country and E.164 form of numbers (DescribePhoneNumberInfo)', action: 'Get phone number info' }],
		default: 'getInfo',
	},
	...getInfo.description,
];
