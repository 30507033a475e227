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
import { getScheduleId, scheduleIdField } from '../../helpers/fields';
import { jpushPreview, messageExtra, messageProperties, readTemplateMessage, singleMessageBody } from '../../helpers/message';
import { getMobile } from '../../helpers/recipients';
import { getSendTime, sendTimeField } from '../../helpers/sendTime';
import { TemplateBook } from '../../helpers/templates';

export const description = updateDisplayOptions(
	{ show: { resource: ['scheduledMessage'], operation: ['update'] } },
	[
		{
			displayName: 'The scheduled message is replaced as a whole: give every field again. Batch schedules are changed with Update Batch.',
			name: 'replaceNotice',
			type: 'notice',
			default: '',
		},
		scheduleIdField,
		sendTimeField,
		...messageProperties(true),
	],
);

interface Replacement {
	scheduleId: string;
	body: IDataObject;
}

/** `PUT /v1/schedule/{id}`: each item replaces one single schedule. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	const { dryRun, describe } = await jpushPreview.call(this);
	const adapter: SendAdapter<Replacement, Replacement> = {
		readItem: async (itemIndex) => {
			const scheduleId = getScheduleId.call(this, itemIndex);
			const sendTime = getSendTime.call(this, itemIndex);
			const mobile = getMobile.call(this, itemIndex);
			const message = await readTemplateMessage.call(this, itemIndex, templates, dryRun);
			const body = singleMessageBody(mobile, message, sendTime);
			return [{ mobile, data: { scheduleId, body }, text: message.text, extra: messageExtra(message, sendTime) }];
		},
		buildRequest: ([recipient]) => recipient.data,
		sendRequest: async ({ scheduleId, body }, itemIndex) =>
			await jpushRequest.call(this, { method: 'PUT', path: `/v1/schedule/${encodeURIComponent(scheduleId)}`, body, kind: 'send', expect: 'object' }, itemIndex),
		readAnswer: (answer, [recipient]) => [scheduleAnswer(answer, recipient.data.scheduleId)],
		describeRequest: ({ scheduleId, body }) => describe({ method: 'PUT', path: `/v1/schedule/${encodeURIComponent(scheduleId)}`, body }),
	};
	return await runSend(this, JPUSH, adapter, { batchSize: 1, messageIds: false, checkWhere: CHECK_SCHEDULES, dryRun });
}
