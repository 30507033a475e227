import type { INodeProperties } from 'n8n-workflow';

import * as pullStatus from './pullStatus.operation';
import * as sendCode from './sendCode.operation';
import * as sendNotification from './sendNotification.operation';

export { pullStatus, sendCode, sendNotification };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['voice'] } },
		options: [
			{ name: 'Pull Call Reports', value: 'pullStatus', description: 'Fetch new call reports; each is returned once', action: 'Pull new call reports each returned only once' },
			{ name: 'Send Code', value: 'sendCode', description: 'Call a number and read out a verification code', action: 'Call one mobile number and read out a verification code' },
			{ name: 'Send Notification', value: 'sendNotification', description: 'Call a number and read out a voice template', action: 'Call one mobile number and read out a voice template with its variable values' },
		],
		default: 'sendCode',
	},
	...pullStatus.description,
	...sendCode.description,
	...sendNotification.description,
];
