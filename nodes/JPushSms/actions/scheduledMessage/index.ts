import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as createBatch from './createBatch.operation';
import * as deleteSchedule from './delete.operation';
import * as get from './get.operation';
import * as update from './update.operation';
import * as updateBatch from './updateBatch.operation';

export { create, createBatch, deleteSchedule as delete, get, update, updateBatch };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['scheduledMessage'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Schedule a template message to one number', action: 'Create a scheduled message' },
			{ name: 'Create Batch', value: 'createBatch', description: 'Schedule a template message to many numbers, each with its own variables', action: 'Create a scheduled batch' },
			{ name: 'Delete', value: 'delete', description: 'Cancel a scheduled message (single or batch)', action: 'Delete a scheduled message' },
			{ name: 'Get', value: 'get', description: 'Get a scheduled message (single or batch) with its recipients', action: 'Get a scheduled message' },
			{ name: 'Update', value: 'update', description: 'Replace a single scheduled message', action: 'Update a scheduled message' },
			{ name: 'Update Batch', value: 'updateBatch', description: 'Replace a scheduled batch and its recipients', action: 'Update a scheduled batch' },
		],
		default: 'create',
	},
	...create.description,
	...createBatch.description,
	...deleteSchedule.description,
	...get.description,
	...update.description,
	...updateBatch.description,
];
