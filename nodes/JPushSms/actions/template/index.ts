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
			{ name: 'Create', value: 'create', description: 'Create a template and submit it for review', action: 'Create an SMS template and submit it for review' },
			{ name: 'Delete', value: 'delete', description: 'Delete a template', action: 'Delete an SMS template by its ID' },
			{ name: 'Get', value: 'get', description: 'Get a template and its review status', action: 'Get an SMS template by its ID with its text and review status' },
			{ name: 'Update', value: 'update', description: 'Change a rejected template and submit it again', action: 'Change a rejected SMS template and submit it for review again' },
		],
		default: 'create',
	},
	...create.description,
	...deleteTemplate.description,
	...get.description,
	...update.description,
];
