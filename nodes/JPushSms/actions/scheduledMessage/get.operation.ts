import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { jpushRequest } from '../../transport';
import { getScheduleId, scheduleIdField } from '../../helpers/fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['scheduledMessage'], operation: ['get'] } },
	[scheduleIdField],
);

/** One scheduled message (single or batch) with its recipients and their pre-assigned message IDs. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const scheduleId = getScheduleId.call(this, itemIndex);
		const answer = await jpushRequest.call(this, { method: 'GET', path: `/v1/schedule/${encodeURIComponent(scheduleId)}` }, itemIndex);
		const recipients = Array.isArray(answer.recipients) ? (answer.recipients as IDataObject[]) : [];
		return {
			...answer,
			schedule_id: String(answer.schedule_id ?? scheduleId),
			recipients: recipients.map((recipient) => ({ ...recipient, msg_id: recipient.msg_id === undefined ? null : String(recipient.msg_id) })),
		};
	});
}
