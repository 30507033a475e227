import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { jpushRequest } from '../../transport';
import { getTemplateId, templateLocator } from '../../helpers/fields';
import { readTemplateBody, templateProperties } from '../../helpers/templateFields';

export const description = updateDisplayOptions(
	{ show: { resource: ['template'], operation: ['update'] } },
	[
		{
			displayName: 'Only rejected templates can be changed. The template is replaced as a whole and goes back to review.',
			name: 'updateNotice',
			type: 'notice',
			default: '',
		},
		templateLocator,
		...templateProperties,
		requestOptionsCollection('write'),
	],
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const templateId = getTemplateId.call(this, itemIndex);
		const fields = readTemplateBody.call(this, itemIndex);
		const body = { temp_id: templateId, ...fields };
		const answer = await jpushRequest.call(this, { method: 'PUT', path: `/v1/templates/${templateId}`, body, expect: 'object' }, itemIndex);
		return { templateId: Number(answer.temp_id ?? templateId), status: 0, statusLabel: 'under review', ...fields };
	});
}
