import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteTemplate from './delete.operation';
import * as get from './get.operation';
import * as update from './update.operation';

export { create, deleteTemplate as delete, get, update };

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
			{ name: 'Get', value: 'get', description: 'Get a template and its review status', action: 'Get a template' },
			{ name: 'Update', value: 'update', description: 'Change a rejected template and submit it again', action: 'Update a template' },
		],
		default: 'create',
	},
	...create.description,
	...deleteTemplate.description,
	...get.description,
	...update.description,
];
