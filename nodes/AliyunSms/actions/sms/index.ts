import type { INodeProperties } from 'n8n-workflow';

import * as getDeliveryDetails from './getDeliveryDetails.operation';
import * as getStatistics from './getStatistics.operation';
import * as send from './send.operation';
import * as sendBatch from './sendBatch.operation';

export { getDeliveryDetails, getStatistics, send, sendBatch };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['sms'] } },
		options: [
			{ name: 'Get Delivery Details', value: 'getDeliveryDetails', description: 'Delivery records of one number on one day (QuerySendDetails)', action: 'Get delivery details' },
			{ name: 'Get Statistics', value: 'getStatistics', description: 'Messages sent, delivered and failed per day (QuerySendStatistics)', action: 'Get sending statistics' },
			{ name: 'Send', value: 'send', description: 'Send one template to up to 1 000 numbers per request (SendSms)', action: 'Send an SMS' },
			{ name: 'Send Batch', value: 'sendBatch', description: 'Send one message per item, each with its own signature and variables, up to 100 per request (SendBatchSms)', action: 'Send a batch of SMS' },
		],
		default: 'send',
	},
	...send.description,
	...sendBatch.description,
	...getDeliveryDetails.description,
	...getStatistics.description,
];
