import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { objectWith } from '../../../shared/transport/expect';
import { jpushRequest } from '../../transport';
import { readTemplateBody, templateProperties } from '../../helpers/templateFields';

export const description = updateDisplayOptions(
	{ show: { resource: ['template'], operation: ['create'] } },
	[...templateProperties, requestOptionsCollection('write')],
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const body = readTemplateBody.call(this, itemIndex);
		const answer = await jpushRequest.call(this, { method: 'POST', path: '/v1/templates', body, expect: objectWith('temp_id') }, itemIndex);
		return { templateId: Number(answer.temp_id), status: 0, statusLabel: 'under review', ...body };
	});
}
