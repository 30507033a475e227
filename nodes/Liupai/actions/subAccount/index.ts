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
		displayOptions: { show: { resource: ['subAccount'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create a sub-account with its signature, for review', action: 'Create a sub account with its signature and submit it for review' },
			{ name: 'Get Many', value: 'getMany', description: 'List the sub-accounts', action: 'Get many sub accounts with their signature and messages left' },
			{ name: 'Update', value: 'update', description: 'Change a sub-account', action: 'Change the signature or allotted messages of a sub account' },
		],
		default: 'create',
	},
	...create.description,
	...getMany.description,
	...update.description,
];
