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
			{ name: 'Create', value: 'create', description: 'Schedule a template message to one number', action: 'Schedule an approved template SMS with its variable values to one mobile number for a set time' },
			{ name: 'Create Batch', value: 'createBatch', description: 'Schedule a template message to many numbers, each with its own variables', action: 'Schedule an approved template SMS to many mobile numbers each with its own variable values for a set time' },
			{ name: 'Delete', value: 'delete', description: 'Cancel a scheduled message (single or batch)', action: 'Cancel a scheduled message by its schedule ID' },
			{ name: 'Get', value: 'get', description: 'Get a scheduled message (single or batch) with its recipients', action: 'Get a scheduled message by its schedule ID with its recipients' },
			{ name: 'Update', value: 'update', description: 'Replace a single scheduled message', action: 'Replace a scheduled message to one mobile number with new variable values and send time' },
			{ name: 'Update Batch', value: 'updateBatch', description: 'Replace a scheduled batch and its recipients', action: 'Replace a scheduled batch with new mobile numbers and their variable values' },
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
