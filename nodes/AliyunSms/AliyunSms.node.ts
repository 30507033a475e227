import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import * as international from './actions/international';
import { router } from './actions/router';
import * as signature from './actions/signature';
import * as sms from './actions/sms';
import * as tag from './actions/tag';
import * as template from './actions/template';
import { listSearch, resourceMapping } from './methods';
import { readmeSection } from '../shared/descriptions/docs';
import { operationSubtitle } from '../shared/descriptions/subtitle';

const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'International', value: 'international' },
			{ name: 'Signature', value: 'signature' },
			{ name: 'SMS', value: 'sms' },
			{ name: 'Tag', value: 'tag' },
			{ name: 'Template', value: 'template' },
		],
		default: 'sms',
	},
	...sms.description,
	...signature.description,
	...template.description,
	...tag.description,
	...international.description,
];

export class AliyunSms implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Aliyun SMS',
		name: 'aliyunSms',
		icon: { light: 'file:../../icons/aliyunSms.svg', dark: 'file:../../icons/aliyunSms.dark.svg' },
		group: ['output'],
		version: 1,
		documentationUrl: readmeSection('Aliyun SMS'),
		subtitle: operationSubtitle(properties),
		description: 'Send SMS and manage signatures and templates with Alibaba Cloud SMS',
		defaults: { name: 'Aliyun SMS' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'aliyunSmsApi', required: true }],
		properties,
	};

	methods = { listSearch, resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
