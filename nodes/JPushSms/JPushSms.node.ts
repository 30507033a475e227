import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import * as account from './actions/account';
import * as verificationCode from './actions/verificationCode';
import * as message from './actions/message';
import * as report from './actions/report';
import * as scheduledMessage from './actions/scheduledMessage';
import * as signature from './actions/signature';
import * as template from './actions/template';
import { router } from './actions/router';
import { resourceMapping } from './methods';
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
			{ name: 'Report', value: 'report' },
			{ name: 'Scheduled Message', value: 'scheduledMessage' },
			{ name: 'Signature', value: 'signature' },
			{ name: 'Template', value: 'template' },
			{ name: 'Verification Code', value: 'verificationCode' },
		],
		default: 'message',
	},
	...account.description,
	...message.description,
	...report.description,
	...scheduledMessage.description,
	...signature.description,
	...template.description,
	...verificationCode.description,
];

export class JPushSms implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'JPush SMS',
		name: 'jPushSms',
		icon: { light: 'file:../../icons/jpushSms.svg', dark: 'file:../../icons/jpushSms.dark.svg' },
		group: ['output'],
		// 1.1: template variables are named fields read from the template (Variables Input); 1 keeps Name/Value Pairs.
		version: [1, 1.1],
		defaultVersion: 1.1,
		documentationUrl: readmeSection('JPush SMS (极光短信)'),
		subtitle: operationSubtitle(properties),
		description: 'Send and verify codes, send and schedule template SMS, read delivery reports and replies, and manage templates and signatures with JPush SMS',
		defaults: { name: 'JPush SMS' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'jPushSmsApi', required: true }],
		properties,
	};

	methods = { resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
