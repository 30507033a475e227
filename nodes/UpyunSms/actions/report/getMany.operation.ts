import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { executeReport, reportDescription } from '../../helpers/reports';

export const description = reportDescription('getMany');

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await executeReport.call(this, '/api/messages');
}
