import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export { create, getMany, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['signature'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Register a signature and submit it for review', action: 'Register an SMS signature and submit it for review' },
			{ name: 'Get Many', value: 'getMany', description: 'List the signatures of the account', action: 'Get many SMS signatures of the account with their review status' },
			{ name: 'Update', value: 'update', description: 'Change a signature that is under review or rejected', action: 'Change an SMS signature that is under review or rejected' },
		],
		default: 'create',
	},
	...create.description,
	...getMany.description,
	...update.description,
];
