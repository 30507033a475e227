import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import * as conversion from './actions/conversion';
import * as message from './actions/message';
import * as phoneNumber from './actions/phoneNumber';
import * as signature from './actions/signature';
import * as statistics from './actions/statistics';
import * as status from './actions/status';
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
			{ name: 'Conversion', value: 'conversion' },
			{ name: 'Message', value: 'message' },
			{ name: 'Phone Number', value: 'phoneNumber' },
			{ name: 'Signature', value: 'signature' },
			{ name: 'Statistic', value: 'statistics' },
			{ name: 'Status', value: 'status' },
			{ name: 'Template', value: 'template' },
		],
		default: 'message',
	},
	...conversion.description,
	...message.description,
	...phoneNumber.description,
	...signature.description,
	...statistics.description,
	...status.description,
	...template.description,
];

export class TencentSms implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Tencent Cloud SMS',
		name: 'tencentSms',
		icon: { light: 'file:../../icons/tencentSms.svg', dark: 'file:../../icons/tencentSms.dark.svg' },
		group: ['output'],
		version: 1,
		documentationUrl: readmeSection('Tencent Cloud SMS'),
		subtitle: operationSubtitle(properties),
		description: 'Send SMS and manage signatures and templates with Tencent Cloud SMS',
		defaults: { name: 'Tencent Cloud SMS' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'tencentCloudApi', required: true }],
		properties,
	};

	methods = { listSearch, resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
