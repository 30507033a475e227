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
			{ name: 'Create', value: 'create', description: 'Create a template and submit it for review', action: 'Create an SMS template and submit it for review' },
			{ name: 'Delete', value: 'delete', description: 'Delete a template', action: 'Delete an SMS template by its ID' },
			{ name: 'Get', value: 'get', description: 'Get a template by ID', action: 'Get an SMS template by its ID with its text and review status' },
			{ name: 'Get Many', value: 'getMany', description: 'List the templates of the account', action: 'Get many SMS templates of the account with their text and review status' },
			{ name: 'Update', value: 'update', description: 'Change a template and submit it for review again', action: 'Change an SMS template and submit it for review again' },
		],
		default: 'create',
	},
	...create.description,
	...deleteTemplate.description,
	...get.description,
	...getMany.description,
	...update.description,
];
