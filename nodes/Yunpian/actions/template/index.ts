import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as createVoice from './createVoice.operation';
import * as deleteTemplate from './delete.operation';
import * as get from './get.operation';
import * as getDefault from './getDefault.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';
import * as updateVoice from './updateVoice.operation';

export { create, createVoice, deleteTemplate as delete, get, getDefault, getMany, update, updateVoice };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['template'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create an SMS template and submit it for review', action: 'Create an SMS template and submit it for review' },
			{ name: 'Create Voice Template', value: 'createVoice', description: 'Create a voice-notification template and submit it for review', action: 'Create a voice notification template and submit it for review' },
			{ name: 'Delete', value: 'delete', description: 'Delete a template', action: 'Delete an SMS or voice notification template' },
			{ name: 'Get', value: 'get', description: 'Get a template with its review state', action: 'Get a template with its text and review state' },
			{ name: 'Get Default Templates', value: 'getDefault', description: 'Get Yunpian’s system templates', action: 'Get the default system templates every account may use' },
			{ name: 'Get Many', value: 'getMany', description: 'List the templates of the account', action: 'Get many templates of the account with their text and review state' },
			{ name: 'Update', value: 'update', description: 'Change an SMS template and submit it for review again', action: 'Change an SMS template and submit it for review again' },
			{ name: 'Update Voice Template', value: 'updateVoice', description: 'Change a voice-notification template and submit it again', action: 'Change a voice notification template and submit it for review again' },
		],
		default: 'get',
	},
	...create.description,
	...createVoice.description,
	...deleteTemplate.description,
	...get.description,
	...getDefault.description,
	...getMany.description,
	...update.description,
	...updateVoice.description,
];
