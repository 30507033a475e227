import type { INodeProperties } from 'n8n-workflow';

import * as checkBlackWords from './checkBlackWords.operation';
import * as count from './count.operation';
import * as getRecords from './getRecords.operation';
import * as getReplies from './getReplies.operation';
import * as pullReplies from './pullReplies.operation';
import * as pullStatus from './pullStatus.operation';
import * as reportRegistration from './reportRegistration.operation';
import * as send from './send.operation';
import * as sendBatch from './sendBatch.operation';
import * as sendMulti from './sendMulti.operation';
import * as sendTemplate from './sendTemplate.operation';
import * as sendTemplateBatch from './sendTemplateBatch.operation';

export { checkBlackWords, count, getRecords, getReplies, pullReplies, pullStatus, reportRegistration, send, sendBatch, sendMulti, sendTemplate, sendTemplateBatch };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['sms'] } },
		options: [
			{ name: 'Check Blocked Words', value: 'checkBlackWords', description: 'List the words of a text that Yunpian blocks', action: 'Check a text for blocked words' },
			{ name: 'Count', value: 'count', description: 'Count the messages sent in a period', action: 'Count sent messages' },
			{ name: 'Get Records', value: 'getRecords', description: 'List messages sent in a period with their delivery status', action: 'Get send records' },
			{ name: 'Get Replies', value: 'getReplies', description: 'List replies received in a period', action: 'Get replies' },
			{ name: 'Pull Delivery Reports', value: 'pullStatus', description: 'Fetch new delivery reports; each is returned once', action: 'Pull delivery reports' },
			{ name: 'Pull Replies', value: 'pullReplies', description: 'Fetch new replies; each is returned once', action: 'Pull replies' },
			{ name: 'Report Registration', value: 'reportRegistration', description: 'Tell Yunpian a verification code led to a registration', action: 'Report a registration' },
			{ name: 'Send', value: 'send', description: 'Send a text to one number, mainland or international', action: 'Send an SMS' },
			{ name: 'Send Batch', value: 'sendBatch', description: 'Send one text to many numbers', action: 'Send an SMS batch' },
			{ name: 'Send by Template', value: 'sendTemplate', description: 'Send a template with its variables to one number', action: 'Send an SMS by template' },
			{ name: 'Send Personalized', value: 'sendMulti', description: 'Send each item’s own text to its number, merged into batches', action: 'Send personalized SMS' },
			{ name: 'Send Template Batch', value: 'sendTemplateBatch', description: 'Send a template with the same values to many numbers', action: 'Send an SMS template batch' },
		],
		default: 'send',
	},
	...checkBlackWords.description,
	...count.description,
	...getRecords.description,
	...getReplies.description,
	...pullReplies.description,
	...pullStatus.description,
	...reportRegistration.description,
	...send.description,
	...sendBatch.description,
	...sendMulti.description,
	...sendTemplate.description,
	...sendTemplateBatch.description,
];
