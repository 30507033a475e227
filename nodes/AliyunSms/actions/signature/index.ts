import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export { create, del as delete, get, getMany, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['signature'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Apply for a signature (CreateSmsSign)', action: 'Create a signature' },
			{ name: 'Delete', value: 'delete', description: 'Delete a signature that is not under review', action: 'Delete a signature' },
			{ name: 'Get', value: 'get', description: 'Read a signature’s review status and details (GetSmsSign)', action: 'Get a signature' },
			{ name: 'Get Many', value: 'getMany', description: 'List the account’s signatures', action: 'Get many signatures' },
			{ name: 'Update', value: 'update', description: 'Change a rejected or approved signature and submit it again', action: 'Update a signature' },
		],
		default: 'getMany',
	},
	...create.description,
	...update.description,
	...get.description,
	...getMany.description,
	...del.description,
];
