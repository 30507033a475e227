import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../helpers/operation';
import * as getStats from './getStats.operation';
import * as shorten from './shorten.operation';

export { getStats, shorten };

export const description: INodeProperties[] = [
	operationSelector(
		'shortUrl',
		[
			{ name: 'Get Stats', value: 'getStats', description: 'Get the clicks of a short link', action: 'Get short link statistics' },
			{ name: 'Shorten', value: 'shorten', description: 'Create a short link that counts clicks', action: 'Shorten a URL' },
		],
		'shorten',
	),
	...getStats.description,
	...shorten.description,
];
