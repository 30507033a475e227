import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { jpushRequest } from '../../transport';
import { messageProperties, readSingleMessage } from '../../helpers/message';
import { TemplateBook } from '../../helpers/templates';

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['send'] } },
	messageProperties(true),
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	return await forEachItem(this, async (itemIndex) => {
		const body = await readSingleMessage.call(this, itemIndex, templates);
		const answer = await jpushRequest.call(this, { method: 'POST', path: '/v1/messages', body }, itemIndex);
		return { msgId: String(answer.msg_id), mobile: body.mobile, templateId: body.temp_id };
	});
}
