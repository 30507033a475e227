import type { INodeProperties } from 'n8n-workflow';

import * as report from './report.operation';

export { report };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['conversion'] } },
		options: [{ name: 'Report', value: 'report', description: 'Report that a message led to a conversion (ReportConversion)', action: 'Report a conversion' }],
		default: 'report',
	},
	...report.description,
];
