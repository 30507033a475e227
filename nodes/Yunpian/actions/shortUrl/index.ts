import type { INodeProperties } from 'n8n-workflow';

import * as getStats from './getStats.operation';
import * as shorten from './shorten.operation';

export { getStats, shorten };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['shortUrl'] } },
		options: [
			{ name: 'Get Stats', value: 'getStats', description: 'Get the clicks of a short link', action: 'Get the clicks of a short link' },
			{ name: 'Shorten', value: 'shorten', description: 'Create a short link that counts clicks', action: 'Shorten a URL into a short link that counts clicks' },
		],
		default: 'shorten',
	},
	...getStats.description,
	...shorten.description,
];
