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
import { batchAnswers, CHECK_SCHEDULES, JPUSH } from '../../helpers/answers';
import { batchRecipients, jpushPreview, MAX_RECIPIENTS, messageExtra, messageProperties, readTemplateMessage, type TemplateMessage } from '../../helpers/message';
import { getMobileList, TEXT_MOBILE_RULES } from '../../helpers/recipients';
import { getSendTime, sendTimeField } from '../../helpers/sendTime';
import { TemplateBook } from '../../helpers/templates';

const properties: INodeProperties[] = [
	{
		displayName:
			'Each input item is one recipient (or a few) with its own variables. Items with the same send time, template, signature and tag become one scheduled batch of up to 1000 recipients.',
		name: 'batchNotice',
		type: 'notice',
		default: '',
	},
	sendTimeField,
	...messageProperties(false),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['scheduledMessage'], operation: ['createBatch'] } },
	properties,
);

/**
 * `POST /v1/schedule/batch`: items with the same send time, template, signature and tag share
 * schedules of at most Batch Size numbers; every number of one request gets that schedule's ID.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	const { dryRun, describe } = await jpushPreview.call(this);
	const adapter: SendAdapter<TemplateMessage> = {
		readItem: async (itemIndex) => {
			const sendTime = getSendTime.call(this, itemIndex);
			const mobiles = getMobileList.call(this, itemIndex, 'mobiles', 'Mobile Numbers', TEXT_MOBILE_RULES);
			const read = await readTemplateMessage.call(this, itemIndex, templates, dryRun);
			const message: TemplateMessage = { ...read, common: { send_time: sendTime, ...read.common } };
			const groupKey = JSON.stringify(message.common);
			const extra = messageExtra(message, sendTime);
			return mobiles.map((mobile) => ({ mobile, data: message, groupKey, text: message.text, extra }));
		},
		buildRequest: (chunk) => ({ ...chunk[0].data.common, recipients: batchRecipients(chunk) }),
		sendRequest: async (body, itemIndex) => await jpushRequest.call(this, { method: 'POST', path: '/v1/schedule/batch', body, kind: 'send', expect: 'object' }, itemIndex),
		readAnswer: (answer, chunk) => batchAnswers(answer, chunk, {}),
		describeRequest: (body) => describe({ method: 'POST', path: '/v1/schedule/batch', body }),
	};
	return await runSend(this, JPUSH, adapter, {
		batchSize: readBatchSize(this, MAX_RECIPIENTS, MAX_RECIPIENTS),
		messageIds: false,
		checkWhere: CHECK_SCHEDULES,
		dryRun,
	});
}
