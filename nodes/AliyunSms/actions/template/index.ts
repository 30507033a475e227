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
		displayOptions: { show: { resource: ['template'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Submit a new template for review (CreateSmsTemplate)', action: 'Create a template' },
			{ name: 'Delete', value: 'delete', description: 'Delete a template that is not under review', action: 'Delete a template' },
			{ name: 'Get', value: 'get', description: 'Read a template’s review status and details (GetSmsTemplate)', action: 'Get a template' },
			{ name: 'Get Many', value: 'getMany', description: 'List the account’s templates', action: 'Get many templates' },
			{ name: 'Update', value: 'update', description: 'Change a rejected template and submit it again', action: 'Update a template' },
		],
		default: 'getMany',
	},
	...create.description,
	...update.description,
	...get.description,
	...getMany.description,
	...del.description,
];
