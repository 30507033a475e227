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
			{ name: 'Check Blocked Words', value: 'checkBlackWords', description: 'List the words of a text that Yunpian blocks', action: 'Check a text for words that would get an SMS blocked' },
			{ name: 'Count', value: 'count', description: 'Count the messages sent in a period', action: 'Count the SMS sent in a period' },
			{ name: 'Get Records', value: 'getRecords', description: 'List messages sent in a period with their delivery status', action: 'Get the records of SMS sent in a period with their delivery status' },
			{ name: 'Get Replies', value: 'getReplies', description: 'List replies received in a period', action: 'Get the replies received in a period' },
			{ name: 'Pull Delivery Reports', value: 'pullStatus', description: 'Fetch new delivery reports; each is returned once', action: 'Pull new delivery reports each returned only once' },
			{ name: 'Pull Replies', value: 'pullReplies', description: 'Fetch new replies; each is returned once', action: 'Pull new replies each returned only once' },
			{ name: 'Report Registration', value: 'reportRegistration', description: 'Tell Yunpian a verification code led to a registration', action: 'Report that a verification code sent to a mobile number led to a registration' },
			{ name: 'Send', value: 'send', description: 'Send a text to one number, mainland or international', action: 'Send an SMS text that matches an approved template to one mobile number' },
			{ name: 'Send Batch', value: 'sendBatch', description: 'Send one text to many numbers', action: 'Send one SMS text that matches an approved template to many mobile numbers' },
			{ name: 'Send by Template', value: 'sendTemplate', description: 'Send a template with its variables to one number', action: 'Send an approved SMS template with its variable values to one mobile number' },
			{ name: 'Send Personalized', value: 'sendMulti', description: 'Send each item’s own text to its number, merged into batches', action: 'Send each item its own SMS text to its own mobile number' },
			{ name: 'Send Template Batch', value: 'sendTemplateBatch', description: 'Send a template with the same values to many numbers', action: 'Send an approved SMS template with the same variable values to many mobile numbers' },
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
