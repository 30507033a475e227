import type { INodeProperties } from 'n8n-workflow';

import * as detect from './detect.operation';

export { detect };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['number'] } },
		options: [
			{ name: 'Detect', value: 'detect', description: 'Check whether numbers are in service', action: 'Check whether mobile numbers are in service and get their carrier and region' },
		],
		default: 'detect',
	},
	...detect.description,
];
