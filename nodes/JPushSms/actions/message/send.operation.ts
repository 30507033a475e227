import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { runSend } from '../../../shared/send/engine';
import type { SendAdapter } from '../../../shared/send/types';
import { jpushRequest } from '../../transport';
import { CHECK_REPORTS, JPUSH, messageIdAnswer } from '../../helpers/answers';
import { jpushPreview, messageExtra, messageProperties, readTemplateMessage, singleMessageBody, type TemplateMessage } from '../../helpers/message';
import { getMobile } from '../../helpers/recipients';
import { TemplateBook } from '../../helpers/templates';

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['send'] } },
	messageProperties(true),
);

/** `POST /v1/messages`: one number per item and per request; the answer's `msg_id` is the message ID. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	const { dryRun, describe } = await jpushPreview.call(this);
	const adapter: SendAdapter<TemplateMessage> = {
		readItem: async (itemIndex) => {
			const mobile = getMobile.call(this, itemIndex);
			const message = await readTemplateMessage.call(this, itemIndex, templates, dryRun);
			return [{ mobile, data: message, text: message.text, extra: messageExtra(message) }];
		},
		buildRequest: ([recipient]) => singleMessageBody(recipient.mobile, recipient.data),
		sendRequest: async (body, itemIndex) => await jpushRequest.call(this, { method: 'POST', path: '/v1/messages', body, kind: 'send', expect: 'object' }, itemIndex),
		readAnswer: (answer) => [messageIdAnswer(answer)],
		describeRequest: (body) => describe({ method: 'POST', path: '/v1/messages', body }),
	};
	return await runSend(this, JPUSH, adapter, { batchSize: 1, messageIds: true, checkWhere: CHECK_REPORTS, dryRun });
}
