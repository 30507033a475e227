import type { INodeProperties } from 'n8n-workflow';

import * as getMany from './getMany.operation';

export { getMany };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['sendLog'] } },
		options: [
			{ name: 'Get Many', value: 'getMany', description: 'List sent messages with their delivery status', action: 'Get many send logs of sent messages with their delivery status' },
		],
		default: 'getMany',
	},
	...getMany.description,
];
