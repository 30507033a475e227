import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import * as account from './actions/account';
import * as message from './actions/message';
import * as sendLog from './actions/sendLog';
import * as subAccount from './actions/subAccount';
import * as template from './actions/template';
import { router } from './actions/router';
import { listSearch, resourceMapping } from './methods';
import { operationSubtitle } from '../shared/descriptions/subtitle';
import { readmeSection } from '../shared/descriptions/docs';

const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Account', value: 'account' },
			{ name: 'Message', value: 'message' },
			{ name: 'Send Log', value: 'sendLog' },
			{ name: 'Sub-Account', value: 'subAccount' },
			{ name: 'Template', value: 'template' },
		],
		default: 'message',
	},
	...account.description,
	...message.description,
	...sendLog.description,
	...subAccount.description,
	...template.description,
];

export class Liupai implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Liupai',
		name: 'liupai',
		icon: { light: 'file:../../icons/liupai.svg', dark: 'file:../../icons/liupai.dark.svg' },
		group: ['output'],
		// 1.1: template variables are named fields loaded from the template (Variables Input); 1 keeps the list.
		version: [1, 1.1],
		defaultVersion: 1.1,
		documentationUrl: readmeSection('Liupai (六派)'),
		subtitle: operationSubtitle(properties),
		description: 'Send template SMS, read send logs and the balance, and manage sub-accounts and templates with Liupai',
		defaults: { name: 'Liupai' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'liupaiApi', required: true }],
		properties,
	};

	methods = { listSearch, resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
