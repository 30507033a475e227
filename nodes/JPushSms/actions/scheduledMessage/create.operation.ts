import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { runSend } from '../../../shared/send/engine';
import type { SendAdapter } from '../../../shared/send/types';
import { jpushRequest } from '../../transport';
import { CHECK_SCHEDULES, JPUSH, scheduleAnswer } from '../../helpers/answers';
import { jpushPreview, messageExtra, messageProperties, readTemplateMessage, singleMessageBody } from '../../helpers/message';
import { getMobile } from '../../helpers/recipients';
import { getSendTime, sendTimeField } from '../../helpers/sendTime';
import { TemplateBook } from '../../helpers/templates';

export const description = updateDisplayOptions(
	{ show: { resource: ['scheduledMessage'], operation: ['create'] } },
	[sendTimeField, ...messageProperties(true)],
);

/** `POST /v1/schedule`: one schedule per item; JPush answers its `schedule_id` (no message ID until it is sent). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	const { dryRun, describe } = await jpushPreview.call(this);
	const adapter: SendAdapter<IDataObject> = {
		readItem: async (itemIndex) => {
			const sendTime = getSendTime.call(this, itemIndex);
			const mobile = getMobile.call(this, itemIndex);
			const message = await readTemplateMessage.call(this, itemIndex, templates, dryRun);
			return [{ mobile, data: singleMessageBody(mobile, message, sendTime), text: message.text, extra: messageExtra(message, sendTime) }];
		},
		buildRequest: ([recipient]) => recipient.data,
		sendRequest: async (body, itemIndex) => await jpushRequest.call(this, { method: 'POST', path: '/v1/schedule', body, kind: 'send', expect: 'object' }, itemIndex),
		readAnswer: (answer) => [scheduleAnswer(answer)],
		describeRequest: (body) => describe({ method: 'POST', path: '/v1/schedule', body }),
	};
	return await runSend(this, JPUSH, adapter, { batchSize: 1, messageIds: false, checkWhere: CHECK_SCHEDULES, dryRun });
}
