import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { executePeriodQuery, mobileFilter, periodQueryDescription } from '../../helpers/periodQuery';

export const description = periodQueryDescription('sms', 'getReplies', [mobileFilter]);

/** `sms/get_reply`: replies received in a period, paged. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await executePeriodQuery.call(this, 'sms/get_reply');
}
