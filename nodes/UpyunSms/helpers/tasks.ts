import type { IDataObject } from 'n8n-workflow';

import type { RecipientAnswer } from '../../shared/send/types';

/**
 * The answer to `POST /api/messages/async`: `{ id, message }`, one task for all its numbers. Every
 * recipient gets the task id; there is no message id per number until the delivery reports.
 */
export function queuedAnswers(answer: unknown, count: number): RecipientAnswer[] {
	const body = (answer ?? {}) as IDataObject;
	const id = body.id === undefined || body.id === null || body.id === '' ? undefined : String(body.id as string);
	const extra: IDataObject = { taskId: id ?? null, message: body.message ?? 'OK' };
	const answerOf: RecipientAnswer = id
		? { messageId: null, referenceId: id, extra }
		: {
				errorCode: 'NO_TASK_ID',
				error: 'UPYUN answered without a task ID: the task may have been queued. Check the delivery report (Report → Get Many) before sending again.',
				extra,
			};
	return Array.from({ length: count }, () => answerOf);
}
