import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as getMany from './getMany.operation';

export { create, getMany };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['template'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create a template for a sub-account and submit it for review', action: 'Create a template for a sub account and submit it for review' },
			{ name: 'Get Many', value: 'getMany', description: 'List the templates of a sub-account', action: 'Get many templates of a sub account with their text and review status' },
		],
		default: 'create',
	},
	...create.description,
	...getMany.description,
];
