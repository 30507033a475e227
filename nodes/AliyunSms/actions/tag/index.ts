import type { INodeProperties } from 'n8n-workflow';

import * as add from './add.operation';
import * as getMany from './getMany.operation';
import * as remove from './remove.operation';

export { add, getMany, remove };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['tag'] } },
		options: [
			{ name: 'Add', value: 'add', description: 'Put tags on templates (TagResources)', action: 'Add tags to templates' },
			{ name: 'Get Many', value: 'getMany', description: 'List the tags of templates (ListTagResources)', action: 'Get many tags' },
			{ name: 'Remove', value: 'remove', description: 'Remove tags from templates (UntagResources)', action: 'Remove tags from templates' },
		],
		default: 'getMany',
	},
	...add.description,
	...remove.description,
	...getMany.description,
];
