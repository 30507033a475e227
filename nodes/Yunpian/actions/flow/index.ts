import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../helpers/operation';
import * as getPackages from './getPackages.operation';
import * as pullStatus from './pullStatus.operation';
import * as recharge from './recharge.operation';

export { getPackages, pullStatus, recharge };

export const description: INodeProperties[] = [
	operationSelector(
		'flow',
		[
			{ name: 'Get Packages', value: 'getPackages', description: 'List the data packages on offer', action: 'Get data packages' },
			{ name: 'Pull Top-Up Reports', value: 'pullStatus', description: 'Fetch new top-up reports; each is returned once', action: 'Pull top-up reports' },
			{ name: 'Recharge', value: 'recharge', description: 'Top up a mobile number with a data package', action: 'Recharge mobile data' },
		],
		'getPackages',
	),
	...getPackages.description,
	...pullStatus.description,
	...recharge.description,
];
