import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import * as account from './actions/account';
import * as flow from './actions/flow';
import { router } from './actions/router';
import * as shortUrl from './actions/shortUrl';
import * as signature from './actions/signature';
import * as sms from './actions/sms';
import * as template from './actions/template';
import * as videoSms from './actions/videoSms';
import * as voice from './actions/voice';
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
			{ name: 'Flow', value: 'flow' },
			{ name: 'Short URL', value: 'shortUrl' },
			{ name: 'Signature', value: 'signature' },
			{ name: 'SMS', value: 'sms' },
			{ name: 'Template', value: 'template' },
			{ name: 'Video Message', value: 'videoSms' },
			{ name: 'Voice', value: 'voice' },
		],
		default: 'sms',
	},
	...account.description,
	...flow.description,
	...shortUrl.description,
	...signature.description,
	...sms.description,
	...template.description,
	...videoSms.description,
	...voice.description,
];

export class Yunpian implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Yunpian',
		name: 'yunpian',
		icon: { light: 'file:../../icons/yunpian.svg', dark: 'file:../../icons/yunpian.dark.svg' },
		group: ['output'],
		// 1.1: template variables are named fields loaded from the template by default (version 1 keeps the list).
		version: [1, 1.1],
		defaultVersion: 1.1,
		documentationUrl: readmeSection('Yunpian (云片)'),
		subtitle: operationSubtitle(properties),
		description: 'Send SMS, voice codes and video SMS, read delivery reports, replies and send records, and manage templates and signatures with Yunpian',
		defaults: { name: 'Yunpian' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'yunpianApi', required: true }],
		properties,
	};

	methods = { listSearch, resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
