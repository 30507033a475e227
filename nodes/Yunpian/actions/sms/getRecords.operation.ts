import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { executePeriodQuery, mobileFilter, periodQueryDescription } from '../../helpers/periodQuery';

export const description = periodQueryDescription('sms', 'getRecords', [
	mobileFilter,
	{
		displayName: 'Scope',
		name: 'type',
		type: 'options',
		default: '',
		options: [
			{ name: 'Mainland China Only', value: '' },
			{ name: 'International Only', value: 'global' },
			{ name: 'All', value: 'all' },
		],
		description: 'Which messages to list',
	},
]);

/** `sms/get_record`: messages sent in a period with their delivery status, paged. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await executePeriodQuery.call(this, 'sms/get_record', (filters) => ({ type: filters.type ? String(filters.type) : undefined }));
}
