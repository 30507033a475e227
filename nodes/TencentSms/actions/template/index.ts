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
		displayOptions: { show: { resource: ['template'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Apply for a body template (AddSmsTemplate)', action: 'Create a template' },
			{ name: 'Delete', value: 'delete', description: 'Delete a template (DeleteSmsTemplate)', action: 'Delete a template' },
			{ name: 'Get Many', value: 'getMany', description: 'List templates with their review status (DescribeSmsTemplateList)', action: 'Get many templates' },
			{ name: 'Update', value: 'update', description: 'Change a template under review or rejected (ModifySmsTemplate)', action: 'Update a template' },
		],
		default: 'getMany',
	},
	...create.description,
	...del.description,
	...getMany.description,
	...update.description,
];
