import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteTemplate from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export { create, deleteTemplate as delete, get, getMany, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['template'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create a template and submit it for review', action: 'Create a template' },
			{ name: 'Delete', value: 'delete', description: 'Delete a template', action: 'Delete a template' },
			{ name: 'Get', value: 'get', description: 'Get a template by ID', action: 'Get a template' },
			{ name: 'Get Many', value: 'getMany', description: 'List the templates of the account', action: 'Get many templates' },
			{ name: 'Update', value: 'update', description: 'Change a template and submit it for review again', action: 'Update a template' },
		],
		default: 'create',
	},
	...create.description,
	...deleteTemplate.description,
	...get.description,
	...getMany.description,
	...update.description,
];
