import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { inputError } from '../../../shared/errors/inputError';
import { runSend } from '../../../shared/send/engine';
import type { SendAdapter } from '../../../shared/send/types';
import { jpushRequest } from '../../transport';
import { batchAnswers, CHECK_SCHEDULES, JPUSH } from '../../helpers/answers';
import { getScheduleId, scheduleIdField } from '../../helpers/fields';
import { batchRecipients, jpushPreview, MAX_RECIPIENTS, messageExtra, messageProperties, readTemplateMessage, type TemplateMessage } from '../../helpers/message';
import { getMobileList, TEXT_MOBILE_RULES } from '../../helpers/recipients';
import { getSendTime, sendTimeField } from '../../helpers/sendTime';
import { TemplateBook } from '../../helpers/templates';

const properties: INodeProperties[] = [
	{
		displayName:
			'Replaces the whole recipient list of a batch schedule: items with the same Schedule ID are merged into one request (at most 1000 recipients), with the same send time, template, signature and tag.',
		name: 'batchNotice',
		type: 'notice',
		default: '',
	},
	scheduleIdField,
	sendTimeField,
	...messageProperties(false).map((property) =>
		property.name === 'options' ? { ...property, options: property.options?.filter((option) => option.name !== 'batchSize') } : property,
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['scheduledMessage'], operation: ['updateBatch'] } },
	properties,
);

interface BatchReplacement extends TemplateMessage {
	scheduleId: string;
}

/** What the items of one schedule gave so far: its request must be one, and whole. */
interface ScheduleItems {
	/** The shared fields (send time, template, signature, tag) as the first readable item gave them. */
	key?: string;
	firstItem?: number;
	mobiles: Set<string>;
	/** An item of this schedule that could not be read (Continue On Fail): the list would be incomplete. */
	brokenItem?: number;
}

/**
 * `PUT /v1/schedule/batch/{id}`: the items of one Schedule ID become the schedule's new recipient
 * list, in one request (never split: a second request would replace the first). Items of one
 * schedule must agree on send time, template, signature and tag and name each number once; when one
 * of them cannot be read, the schedule is left as it is rather than replaced by a partial list.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const templates = new TemplateBook(this);
	const { dryRun, describe } = await jpushPreview.call(this);
	const schedules = new Map<string, ScheduleItems>();
	const adapter: SendAdapter<BatchReplacement, { scheduleId: string; body: IDataObject }> = {
		readItem: async (itemIndex) => {
			const scheduleId = getScheduleId.call(this, itemIndex);
			const schedule = schedules.get(scheduleId) ?? { mobiles: new Set<string>() };
			schedules.set(scheduleId, schedule);
			// Marked broken until this item has been read: if a check below throws, the mark stays.
			const markedHere = schedule.brokenItem === undefined;
			if (markedHere) schedule.brokenItem = itemIndex;
			const sendTime = getSendTime.call(this, itemIndex);
			const mobiles = getMobileList.call(this, itemIndex, 'mobiles', 'Mobile Numbers', TEXT_MOBILE_RULES);
			const read = await readTemplateMessage.call(this, itemIndex, templates, dryRun);
			const message: BatchReplacement = { ...read, common: { send_time: sendTime, ...read.common }, scheduleId };
			const key = JSON.stringify(message.common);
			if (schedule.key === undefined) {
				schedule.key = key;
				schedule.firstItem = itemIndex;
			} else if (schedule.key !== key) {
				throw inputError(node, itemIndex, 'Schedule ID', `schedule ${scheduleId} gets another send time, template, signature or tag here than in item ${schedule.firstItem}`,
					'Give every item of one schedule the same Send Time, Template, Signature ID and Tag: JPush replaces the whole schedule with one request.');
			}
			const repeated = mobiles.find((mobile) => schedule.mobiles.has(mobile));
			if (repeated !== undefined) {
				throw inputError(node, itemIndex, 'Mobile Numbers', `${repeated} is already a recipient of schedule ${scheduleId} in an earlier item`,
					'List each number once per schedule: JPush replaces the whole recipient list with one request.');
			}
			for (const mobile of mobiles) schedule.mobiles.add(mobile);
			if (markedHere) schedule.brokenItem = undefined;
			const extra = messageExtra(message, sendTime);
			return mobiles.map((mobile) => ({ mobile, data: message, groupKey: scheduleId, text: message.text, extra }));
		},
		buildRequest: (chunk) => {
			const { scheduleId, common } = chunk[0].data;
			const broken = schedules.get(scheduleId)?.brokenItem;
			if (broken !== undefined) {
				throw inputError(node, chunk[0].itemIndex, 'Schedule ID', `item ${broken} of schedule ${scheduleId} could not be read, so its new recipient list would be incomplete and the schedule is left unchanged`,
					`Fix item ${broken} and run again: JPush replaces the whole recipient list, so the schedule is only changed with all of its items.`);
			}
			return { scheduleId, body: { ...common, recipients: batchRecipients(chunk) } };
		},
		sendRequest: async ({ scheduleId, body }, itemIndex) =>
			await jpushRequest.call(this, { method: 'PUT', path: `/v1/schedule/batch/${encodeURIComponent(scheduleId)}`, body, kind: 'send', expect: 'object' }, itemIndex),
		readAnswer: (answer, chunk) => batchAnswers(answer, chunk, { known: chunk[0].data.scheduleId }),
		describeRequest: ({ scheduleId, body }) => describe({ method: 'PUT', path: `/v1/schedule/batch/${encodeURIComponent(scheduleId)}`, body }),
	};
	return await runSend(this, JPUSH, adapter, {
		batchSize: MAX_RECIPIENTS,
		unsplittable: { parameter: 'Mobile Numbers', fix: 'Split the recipients over several scheduled messages: JPush takes at most 1000 per schedule.' },
		messageIds: false,
		checkWhere: CHECK_SCHEDULES,
		dryRun,
	});
}
