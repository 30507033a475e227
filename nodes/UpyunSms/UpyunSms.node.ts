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
import * as number from './actions/number';
import * as report from './actions/report';
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
			{ name: 'Number', value: 'number' },
			{ name: 'Report', value: 'report' },
			{ name: 'Template', value: 'template' },
		],
		default: 'message',
	},
	...account.description,
	...message.description,
	...number.description,
	...report.description,
	...template.description,
];

export class UpyunSms implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'UPYUN SMS',
		name: 'upyunSms',
		icon: { light: 'file:../../icons/upyunSms.svg', dark: 'file:../../icons/upyunSms.dark.svg' },
		group: ['output'],
		// 1.1: template variables as named fields by default (version 1 nodes keep their list).
		version: [1, 1.1],
		defaultVersion: 1.1,
		documentationUrl: readmeSection('UPYUN SMS'),
		subtitle: operationSubtitle(properties),
		description: 'Send template SMS to mainland China numbers, read delivery reports and the balance, check numbers and manage templates with UPYUN SMS',
		defaults: { name: 'UPYUN SMS' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'upyunSmsApi', required: true }],
		properties,
	};

	methods = { listSearch, resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
