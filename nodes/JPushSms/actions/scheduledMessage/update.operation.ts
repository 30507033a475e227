import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { jpushRequest } from '../../transport';
import { getScheduleId, scheduleIdField } from '../../helpers/fields';
import { messageProperties, readSingleMessage } from '../../helpers/message';
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

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	return await forEachItem(this, async (itemIndex) => {
		const scheduleId = getScheduleId.call(this, itemIndex);
		const sendTime = getSendTime.call(this, itemIndex);
		const body: IDataObject = { send_time: sendTime, ...(await readSingleMessage.call(this, itemIndex, templates)) };
		const answer = await jpushRequest.call(this, { method: 'PUT', path: `/v1/schedule/${encodeURIComponent(scheduleId)}`, body }, itemIndex);
		return { scheduleId: String(answer.schedule_id ?? scheduleId), sendTime, mobile: body.mobile, templateId: body.temp_id };
	});
}
