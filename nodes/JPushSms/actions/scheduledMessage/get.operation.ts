import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { objectWith } from '../../../shared/transport/expect';
import { jpushRequest } from '../../transport';
import { getScheduleId, scheduleIdField } from '../../helpers/fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['scheduledMessage'], operation: ['get'] } },
	[scheduleIdField, requestOptionsCollection('read')],
);

/** A schedule recipient as JPush lists it (`msg_id`, `mobile`, `temp_para`), in the package's names. */
function recipientOf({ msg_id: messageId, mobile, temp_para: tempPara, ...rest }: IDataObject): IDataObject {
	return {
		messageId: messageId === undefined || messageId === null ? null : String(messageId as string),
		mobile,
		...(tempPara === undefined ? {} : { tempPara }),
		...rest,
	};
}

/** One scheduled message (single or batch) with its recipients and their pre-assigned message IDs. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const scheduleId = getScheduleId.call(this, itemIndex);
		const answer = await jpushRequest.call(this, { method: 'GET', path: `/v1/schedule/${encodeURIComponent(scheduleId)}`, expect: objectWith('schedule_id') }, itemIndex);
		const { schedule_id: id, send_time: sendTime, temp_id: templateId, sign_id: signatureId, recipients, ...rest } = answer;
		return {
			scheduleId: String(id ?? scheduleId),
			sendTime: sendTime ?? null,
			templateId: templateId ?? null,
			...(signatureId === undefined ? {} : { signatureId }),
			...rest,
			recipients: (Array.isArray(recipients) ? (recipients as IDataObject[]) : []).map(recipientOf),
		};
	});
}
