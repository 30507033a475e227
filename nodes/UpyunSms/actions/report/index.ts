import type { INodeProperties } from 'n8n-workflow';

import * as getMany from './getMany.operation';
import * as getManyInternational from './getManyInternational.operation';

export { getMany, getManyInternational };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['report'] } },
		options: [
			{ name: 'Get Many', value: 'getMany', description: 'Get delivery reports of messages to mainland numbers', action: 'Get many delivery reports of messages to mainland numbers for one day' },
			{ name: 'Get Many International', value: 'getManyInternational', description: 'Get delivery reports of international messages', action: 'Get many delivery reports of international messages for one day' },
		],
		default: 'getMany',
	},
	...getMany.description,
	...getManyInternational.description,
];
