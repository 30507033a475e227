import type { INodeProperties } from 'n8n-workflow';

import * as getRecords from './getRecords.operation';
import * as send from './send.operation';
import * as sendInternational from './sendInternational.operation';

export { getRecords, send, sendInternational };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: [
			{ name: 'Get Records', value: 'getRecords', description: 'Messages sent to one number in the last 72 hours, with their status (DescribeSendRecordList)', action: 'Get send records' },
			{ name: 'Send', value: 'send', description: 'Send a template message to up to 200 numbers per request, one result per number (SendSms)', action: 'Send a message' },
			{ name: 'Send International', value: 'sendInternational', description: 'Send to numbers outside mainland China, each item with its own template and values (SendMultiGlobalSms)', action: 'Send international messages' },
		],
		default: 'send',
	},
	...getRecords.description,
	...send.description,
	...sendInternational.description,
];
