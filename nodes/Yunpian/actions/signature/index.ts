import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../helpers/operation';
import * as create from './create.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export { create, getMany, update };

export const description: INodeProperties[] = [
	operationSelector(
		'signature',
		[
			{ name: 'Create', value: 'create', description: 'Register a signature and submit it for review', action: 'Create a signature' },
			{ name: 'Get Many', value: 'getMany', description: 'List the signatures of the account', action: 'Get many signatures' },
			{ name: 'Update', value: 'update', description: 'Change a signature that is under review or rejected', action: 'Update a signature' },
		],
		'create',
	),
	...create.description,
	...getMany.description,
	...update.description,
];
