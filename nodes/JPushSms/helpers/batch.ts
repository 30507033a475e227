import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeExecutionData } from 'n8n-workflow';

import { chunkDistinct } from '../../shared/chunking';
import { inputError } from '../../shared/errors/inputError';
import { asNodeError, errorItem } from '../../shared/itemLoop';
import { jpushRequest } from '../transport';
import { jpushErrors } from '../transport/errors';
import type { TempPara } from './variables';

/** JPush takes at most this many recipients in one batch request (50031). */
export const MAX_RECIPIENTS = 1000;

/** What one input item adds to a batch: its recipients and the request they go in. */
export interface BatchPart {
	method: IHttpRequestMethods;
	path: string;
	/** Fields shared by the whole request (temp_id, sign_id, tag, send_time); items with equal ones are merged. */
	common: IDataObject;
	mobiles: string[];
	tempPara?: TempPara;
}

interface Recipient {
	itemIndex: number;
	part: BatchPart;
	mobile: string;
}

interface RecipientAnswer {
	mobile?: unknown;
	msg_id?: unknown;
	error_code?: unknown;
	error_message?: unknown;
}

export interface BatchOptions {
	/** Most recipients per request. */
	batchSize: number;
	/**
	 * Whether a group may be split over several requests. A batch schedule update replaces the whole
	 * recipient list, so its group must fit in one request.
	 */
	split: boolean;
}

function recipientJson(recipient: Recipient, answer: IDataObject, entry: RecipientAnswer | undefined, listed: boolean): IDataObject {
	const json: IDataObject = { mobile: recipient.mobile };
	if (answer.schedule_id !== undefined) json.scheduleId = String(answer.schedule_id);
	const code = entry?.error_code ?? (listed && entry === undefined ? 'NO_RESULT' : undefined);
	json.success = code === undefined || code === null || code === '';
	json.msgId = entry?.msg_id === undefined || entry.msg_id === null ? null : String(entry.msg_id);
	json.templateId = recipient.part.common.temp_id;
	if (recipient.part.tempPara) json.tempPara = recipient.part.tempPara;
	if (!json.success) {
		json.errorCode = String(code);
		json.error = jpushErrors[String(code)]?.meaning ?? (typeof entry?.error_message === 'string' ? entry.error_message : 'JPush returned no result for this number');
		if (typeof entry?.error_message === 'string') json.errorMessage = entry.error_message;
	}
	return json;
}

/**
 * Reads a batch answer. `recipients` (send batch) lists every recipient in input order, failures
 * with `error_code`; `failure_recipients` (schedules, and the Java SDK's model of send batch) lists
 * failures only, so the others succeeded. Failure is decided by `error_code`, not by a missing msg_id.
 */
function readAnswer(batch: Recipient[], answer: IDataObject): IDataObject[] {
	if (Array.isArray(answer.recipients)) {
		const entries = answer.recipients as RecipientAnswer[];
		const inOrder = entries.length === batch.length && entries.every((entry, i) => entry.mobile === undefined || String(entry.mobile) === batch[i].mobile);
		const byMobile = new Map(entries.map((entry) => [String(entry.mobile), entry]));
		return batch.map((recipient, i) => recipientJson(recipient, answer, inOrder ? entries[i] : byMobile.get(recipient.mobile), true));
	}
	const failures = new Map(
		(Array.isArray(answer.failure_recipients) ? (answer.failure_recipients as RecipientAnswer[]) : []).map((entry) => [String(entry.mobile), entry]),
	);
	return batch.map((recipient) => recipientJson(recipient, answer, failures.get(recipient.mobile), false));
}

/**
 * Merges input items into batch requests (one per group of equal `common` fields, up to the batch
 * size, never the same number twice in one request) and outputs one item per recipient, paired to
 * its input item, with its msg_id or its error. Every item is checked before the first request.
 */
export async function sendInBatches(
	context: IExecuteFunctions,
	collect: (itemIndex: number) => Promise<BatchPart>,
	options: BatchOptions,
): Promise<INodeExecutionData[]> {
	const count = context.getInputData().length;
	const failed = new Map<number, Error>();
	const recipients = new Map<number, Recipient[]>();
	const fail = (itemIndex: number, error: unknown) => {
		if (!context.continueOnFail()) throw asNodeError(context.getNode(), error, itemIndex);
		if (!failed.has(itemIndex)) failed.set(itemIndex, error as Error);
	};

	const groups = new Map<string, Recipient[]>();
	for (let itemIndex = 0; itemIndex < count; itemIndex++) {
		try {
			const part = await collect(itemIndex);
			const own = part.mobiles.map((mobile) => ({ itemIndex, part, mobile }));
			recipients.set(itemIndex, own);
			const key = JSON.stringify([part.method, part.path, part.common]);
			groups.set(key, [...(groups.get(key) ?? []), ...own]);
		} catch (error) {
			fail(itemIndex, error);
		}
	}

	const results = new Map<Recipient, IDataObject>();
	for (const group of groups.values()) {
		if (!options.split && group.length > options.batchSize) {
			const first = group[0].itemIndex;
			const error = inputError(context.getNode(), first, 'Mobile Numbers', `${group.length} recipients for one request; JPush takes at most ${options.batchSize}`, 'Split the recipients over several scheduled messages.');
			for (const recipient of group) fail(recipient.itemIndex, error);
			continue;
		}
		for (const batch of chunkDistinct(group, options.batchSize, (recipient) => recipient.mobile)) {
			if (batch.every((recipient) => failed.has(recipient.itemIndex))) continue;
			const { method, path, common } = batch[0].part;
			const body: IDataObject = {
				...common,
				recipients: batch.map(({ mobile, part }) => (part.tempPara && Object.keys(part.tempPara).length > 0 ? { mobile, temp_para: part.tempPara } : { mobile })),
			};
			try {
				const answer = await jpushRequest.call(context, { method, path, body }, batch[0].itemIndex);
				readAnswer(batch, answer).forEach((json, i) => results.set(batch[i], json));
			} catch (error) {
				for (const recipient of batch) fail(recipient.itemIndex, error);
			}
		}
	}

	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < count; itemIndex++) {
		const error = failed.get(itemIndex);
		if (error) {
			output.push(errorItem(error, itemIndex));
			continue;
		}
		for (const recipient of recipients.get(itemIndex) ?? []) {
			const json = results.get(recipient);
			if (json) output.push({ json, pairedItem: { item: itemIndex } });
		}
	}
	return output;
}
