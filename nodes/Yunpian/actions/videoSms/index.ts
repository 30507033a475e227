import type { INodeProperties } from 'n8n-workflow';

import * as createTemplate from './createTemplate.operation';
import * as getTemplate from './getTemplate.operation';
import * as send from './send.operation';

export { createTemplate, getTemplate, send };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['videoSms'] } },
		options: [
			{ name: 'Create Template', value: 'createTemplate', description: 'Create a video SMS template from a layout and a material zip', action: 'Create a video SMS template from a layout and a material zip file' },
			{ name: 'Get Template', value: 'getTemplate', description: 'Get the review state of a video SMS template', action: 'Get the review state of a video SMS template' },
			{ name: 'Send', value: 'send', description: 'Send a video SMS template to many numbers', action: 'Send an approved video SMS template to many mobile numbers' },
		],
		default: 'send',
	},
	...createTemplate.description,
	...getTemplate.description,
	...send.description,
];
