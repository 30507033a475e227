import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteSignature from './delete.operation';
import * as get from './get.operation';
import * as update from './update.operation';

export { create, deleteSignature as delete, get, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['signature'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create a signature with its qualification images and submit it for review', action: 'Create an SMS signature with its qualification images and submit it for review' },
			{ name: 'Delete', value: 'delete', description: 'Delete a signature (not the default one)', action: 'Delete an SMS signature that is not the default one' },
			{ name: 'Get', value: 'get', description: 'Get a signature and its review status', action: 'Get an SMS signature by its ID with its review status' },
			{ name: 'Update', value: 'update', description: 'Change a rejected signature and submit it again', action: 'Change a rejected SMS signature and submit it for review again' },
		],
		default: 'create',
	},
	...create.description,
	...deleteSignature.description,
	...get.description,
	...update.description,
];
