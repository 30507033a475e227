import type { IDataObject } from 'n8n-workflow';

import type { RecipientAnswer } from '../../shared/send/types';
import { jpushProvider } from '../transport';
import { jpushErrors } from '../transport/errors';

/** The provider name the send engine puts in its messages. */
export const JPUSH = jpushProvider.displayName;

/** Where a user checks what a send delivered, for the engine's "already accepted" and "may have been sent" notes. */
export const CHECK_REPORTS = 'the delivery reports (Report → Get Delivery Reports, or the JPush SMS Trigger)';

/** Where a user checks what a scheduling request created. */
export const CHECK_SCHEDULES = 'the scheduled messages in the JPush console';

/** One entry of a batch answer's `recipients` or `failure_recipients`. */
interface BatchEntry {
	mobile?: unknown;
	msg_id?: unknown;
	error_code?: unknown;
	error_message?: unknown;
}

const objectOf = (answer: unknown): IDataObject =>
	answer !== null && typeof answer === 'object' && !Array.isArray(answer) ? (answer as IDataObject) : {};

/** An id as text: JPush writes `msg_id` as a string or a bare number; empty means none. */
const idText = (value: unknown): string | undefined =>
	typeof value === 'string' ? (value === '' ? undefined : value) : typeof value === 'number' || typeof value === 'bigint' ? String(value) : undefined;

/** `{ msg_id }`, the answer of a single send and of a code: without it the engine reports the number as not confirmed. */
export function messageIdAnswer(answer: unknown): RecipientAnswer {
	return { messageId: idText(objectOf(answer).msg_id) ?? null };
}

const noScheduleId = (what: string): RecipientAnswer => ({
	errorCode: 'NO_SCHEDULE_ID',
	error: `JPush answered without a schedule ID: the ${what} may have been scheduled. Check ${CHECK_SCHEDULES} before scheduling it again.`,
	extra: { scheduleId: null },
});

/** `{ schedule_id }`, the answer of a single schedule; `known` is the ID of a schedule being replaced. */
export function scheduleAnswer(answer: unknown, known?: string): RecipientAnswer {
	const scheduleId = idText(objectOf(answer).schedule_id) ?? known;
	return scheduleId === undefined ? noScheduleId('message') : { messageId: null, referenceId: scheduleId, extra: { scheduleId } };
}

/** A refused number: JPush's code (a string in batch answers) with our meaning, and JPush's own words as `errorMessage`. */
function refusal(entry: BatchEntry): RecipientAnswer | undefined {
	const code = idText(entry.error_code);
	if (code === undefined) return undefined;
	const said = typeof entry.error_message === 'string' && entry.error_message !== '' ? entry.error_message : undefined;
	return {
		errorCode: code,
		error: jpushErrors[code]?.meaning ?? `JPush refused this number (${said ?? code})`,
		extra: said === undefined ? undefined : { errorMessage: said },
	};
}

const unlisted = (where: string): RecipientAnswer => ({
	errorCode: 'NO_RESULT',
	error: `JPush's answer does not say what became of this number: it may have been sent. Check ${where} before sending it again.`,
});

/**
 * The failures of a batch answer that lists failures only (`failure_recipients`), by number; an
 * answer that lists none and says it had no failures has an empty list. Undefined when the answer
 * says nothing about failures, so nothing can be told about its numbers.
 */
function failuresOf(body: IDataObject): Map<string, BatchEntry> | undefined {
	if (Array.isArray(body.failure_recipients)) {
		return new Map((body.failure_recipients as BatchEntry[]).map((entry) => [String(entry.mobile), entry]));
	}
	return body.failure_count === 0 || body.failure_count === '0' ? new Map() : undefined;
}

/**
 * Reads the answer of a batch request for its recipients, in the chunk's order. A `recipients` list
 * (send batch) names every number, refused ones with `error_code`; `failure_recipients` (schedules,
 * and the Java SDK's model of send batch) names the refused ones only, so the others were accepted.
 * Refusal is decided by `error_code`, not by a missing `msg_id` (a refused entry may carry one).
 *
 * `scheduled`: the answer of a batch schedule, whose accepted numbers have no message ID yet and which
 * must carry a `schedule_id` (`known` when a schedule is replaced). Otherwise a listed number without
 * `msg_id` is not confirmed as sent.
 */
export function batchAnswers(answer: unknown, chunk: Array<{ mobile: string }>, scheduled: false | { known?: string }): RecipientAnswer[] {
	const body = objectOf(answer);
	const where = scheduled ? CHECK_SCHEDULES : CHECK_REPORTS;
	let scheduleExtra: IDataObject | undefined;
	if (scheduled) {
		const scheduleId = idText(body.schedule_id) ?? scheduled.known;
		if (scheduleId === undefined) return chunk.map(() => noScheduleId('messages'));
		scheduleExtra = { scheduleId };
	}
	const withSchedule = (one: RecipientAnswer): RecipientAnswer => (scheduleExtra ? { ...one, extra: { ...scheduleExtra, ...(one.extra ?? {}) } } : one);

	if (Array.isArray(body.recipients)) {
		const entries = body.recipients as BatchEntry[];
		const inOrder = entries.length === chunk.length && entries.every((entry, i) => entry.mobile === undefined || String(entry.mobile) === chunk[i].mobile);
		const byMobile = inOrder ? undefined : new Map(entries.map((entry) => [String(entry.mobile), entry]));
		return chunk.map((recipient, i) => {
			const entry = byMobile ? byMobile.get(recipient.mobile) : entries[i];
			if (!entry) return withSchedule(unlisted(where));
			const refused = refusal(entry);
			if (refused) return withSchedule(refused);
			const messageId = idText(entry.msg_id);
			if (messageId === undefined && !scheduled) {
				return {
					errorCode: 'NO_MESSAGE_ID',
					error: `JPush accepted the request but gave no message ID for this number: it may have been sent. Check ${CHECK_REPORTS} before sending it again.`,
				};
			}
			return withSchedule({ messageId: messageId ?? null });
		});
	}

	const failures = failuresOf(body);
	return chunk.map((recipient) => {
		if (!failures) return withSchedule(unlisted(where));
		const entry = failures.get(recipient.mobile);
		if (!entry) return withSchedule({ messageId: null });
		return withSchedule(refusal(entry) ?? { errorCode: 'REFUSED', error: 'JPush listed this number among the failures without a code' });
	});
}
