import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export { create, del as delete, getMany, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['signature'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Apply for a signature (AddSmsSign)', action: 'Create a signature' },
			{ name: 'Delete', value: 'delete', description: 'Delete a signature (DeleteSmsSign)', action: 'Delete a signature' },
			{ name: 'Get Many', value: 'getMany', description: 'List signatures with their review status (DescribeSmsSignList)', action: 'Get many signatures' },
			{ name: 'Update', value: 'update', description: 'Change a signature under review or rejected (ModifySmsSign)', action: 'Update a signature' },
		],
		default: 'getMany',
	},
	...create.description,
	...del.description,
	...getMany.description,
	...update.description,
];
