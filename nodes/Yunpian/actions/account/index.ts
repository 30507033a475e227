import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../helpers/operation';
import * as get from './get.operation';
import * as update from './update.operation';

export { get, update };

export const description: INodeProperties[] = [
	operationSelector(
		'account',
		[
			{ name: 'Get', value: 'get', description: 'Get the account: balance, alarm threshold, contacts and IP whitelist', action: 'Get the account' },
			{ name: 'Update', value: 'update', description: 'Set the balance alarm and the emergency contact', action: 'Update the account' },
		],
		'get',
	),
	...get.description,
	...update.description,
];
