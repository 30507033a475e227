import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../helpers/operation';
import * as pullStatus from './pullStatus.operation';
import * as sendCode from './sendCode.operation';
import * as sendNotification from './sendNotification.operation';

export { pullStatus, sendCode, sendNotification };

export const description: INodeProperties[] = [
	operationSelector(
		'voice',
		[
			{ name: 'Pull Call Reports', value: 'pullStatus', description: 'Fetch new call reports; each is returned once', action: 'Pull call reports' },
			{ name: 'Send Code', value: 'sendCode', description: 'Call a number and read out a verification code', action: 'Send a voice code' },
			{ name: 'Send Notification', value: 'sendNotification', description: 'Call a number and read out a voice template', action: 'Send a voice notification' },
		],
		'sendCode',
	),
	...pullStatus.description,
	...sendCode.description,
	...sendNotification.description,
];
