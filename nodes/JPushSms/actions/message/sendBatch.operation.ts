import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { runSend } from '../../../shared/send/engine';
import { readBatchSize } from '../../../shared/send/settings';
import type { SendAdapter } from '../../../shared/send/types';
import { jpushRequest } from '../../transport';
import { batchAnswers, CHECK_REPORTS, JPUSH } from '../../helpers/answers';
import { batchRecipients, jpushPreview, MAX_RECIPIENTS, messageExtra, messageProperties, readTemplateMessage, type TemplateMessage } from '../../helpers/message';
import { getMobileList, TEXT_MOBILE_RULES } from '../../helpers/recipients';
import { TemplateBook } from '../../helpers/templates';

const properties: INodeProperties[] = [
	{
		displayName:
			'Each input item is one recipient (or a few) with its own variables. Items with the same template, signature and tag are merged into requests of up to 1000 recipients; the output has one item per recipient with its message ID or its error.',
		name: 'batchNotice',
		type: 'notice',
		default: '',
	},
	...messageProperties(false),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendBatch'] } },
	properties,
);

/**
 * `POST /v1/messages/batch`: items with the same template, signature and tag share requests of at
 * most Batch Size numbers, each number with its item's variables; JPush answers per number.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	const { dryRun, describe } = await jpushPreview.call(this);
	const adapter: SendAdapter<TemplateMessage> = {
		readItem: async (itemIndex) => {
			const mobiles = getMobileList.call(this, itemIndex, 'mobiles', 'Mobile Numbers', TEXT_MOBILE_RULES);
			// The fields are read per item: each item's recipients get that item's values.
			const message = await readTemplateMessage.call(this, itemIndex, templates, dryRun);
			const groupKey = JSON.stringify(message.common);
			const extra = messageExtra(message);
			return mobiles.map((mobile) => ({ mobile, data: message, groupKey, text: message.text, extra }));
		},
		buildRequest: (chunk) => ({ ...chunk[0].data.common, recipients: batchRecipients(chunk) }),
		sendRequest: async (body, itemIndex) => await jpushRequest.call(this, { method: 'POST', path: '/v1/messages/batch', body, kind: 'send', expect: 'object' }, itemIndex),
		readAnswer: (answer, chunk) => batchAnswers(answer, chunk, false),
		describeRequest: (body) => describe({ method: 'POST', path: '/v1/messages/batch', body }),
	};
	return await runSend(this, JPUSH, adapter, {
		batchSize: readBatchSize(this, MAX_RECIPIENTS, MAX_RECIPIENTS),
		// A failures-only answer names no message ID for the accepted numbers; batchAnswers decides per number.
		messageIds: false,
		checkWhere: CHECK_REPORTS,
		dryRun,
	});
}
