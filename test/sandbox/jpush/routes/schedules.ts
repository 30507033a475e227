import type { RecordedRequest, SandboxResponse } from '../../kit/types';
import { apiError, isFailure } from '../errors';
import { fieldsOf, isResponse, type Fields } from '../checks';
import type { JPushSandbox } from '../jpushSandbox';
import { parseSendTime, type SandboxSchedule } from '../state';
import { batch, prepare, single } from './sending';

function sendTime(sb: JPushSandbox, fields: Fields): string | undefined {
	const at = parseSendTime(fields.send_time);
	return at !== undefined && at > sb.now() ? (fields.send_time as string) : undefined;
}

/** Validates a single schedule body (jpush.md §2.6) into a task, or answers the error. */
function singleTask(sb: JPushSandbox, fields: Fields, scheduleId: string): SandboxSchedule | SandboxResponse {
	const time = sendTime(sb, fields);
	if (!time) return apiError(50027);
	if (fields.mobile === undefined || fields.mobile === '') return apiError(50004);
	const prepared = prepare(sb, fields);
	if (isFailure(prepared)) return prepared.failure;
	const one = single(sb, prepared, fields);
	if (isFailure(one)) return one.failure;
	const recipient = { msg_id: sb.newMsgId(), mobile: one.mobile, ...(one.temp_para ? { temp_para: one.temp_para } : {}) };
	return { schedule_id: scheduleId, kind: 'single', send_time: time, temp_id: prepared.template.temp_id, ...(fields.sign_id === undefined ? {} : { sign_id: prepared.sign.sign_id }), recipients: [recipient], status: 'pending' };
}

/** Validates a batch schedule body (jpush.md §2.7); failures are left out of the task and listed. */
function batchTask(sb: JPushSandbox, fields: Fields, scheduleId: string): { task: SandboxSchedule; answer: Record<string, unknown> } | SandboxResponse {
	const time = sendTime(sb, fields);
	if (!time) return apiError(50027);
	const prepared = prepare(sb, fields);
	if (isFailure(prepared)) return prepared.failure;
	const outcome = batch(sb, prepared, fields.recipients);
	if (isFailure(outcome)) return outcome.failure;
	const task: SandboxSchedule = {
		schedule_id: scheduleId,
		kind: 'batch',
		send_time: time,
		temp_id: prepared.template.temp_id,
		...(fields.sign_id === undefined ? {} : { sign_id: prepared.sign.sign_id }),
		...(typeof fields.tag === 'string' ? { tag: fields.tag } : {}),
		recipients: outcome.accepted.map((one) => ({ msg_id: one.msg_id, mobile: one.mobile, ...(one.temp_para ? { temp_para: one.temp_para } : {}) })),
		status: 'pending',
	};
	const answer = { schedule_id: scheduleId, success_count: outcome.accepted.length, failure_count: outcome.failures.length, failure_recipients: outcome.failures };
	return { task, answer };
}

/** An existing task of this kind that may still change: unknown or other kind → 50028, sent/deleted → 50029. */
function existing(sb: JPushSandbox, request: RecordedRequest, kind: SandboxSchedule['kind'] | 'any'): SandboxSchedule | SandboxResponse {
	const task = sb.schedules.get(request.params.id);
	if (!task || (kind !== 'any' && task.kind !== kind)) return apiError(50028);
	if (task.status !== 'pending') return apiError(50029);
	return task;
}

/** 6–11: scheduled messages (jpush.md §2.6–2.11). */
export function registerScheduleRoutes(sb: JPushSandbox): void {
	sb.apiRoute('POST', '/v1/schedule', (request) => {
		const task = singleTask(sb, fieldsOf(request.body), sb.newScheduleId());
		if (isResponse(task)) return task;
		sb.schedules.set(task.schedule_id, task);
		return sb.json(200, { schedule_id: task.schedule_id });
	}, 'json');

	sb.apiRoute('POST', '/v1/schedule/batch', (request) => {
		const made = batchTask(sb, fieldsOf(request.body), sb.newScheduleId());
		if (isResponse(made)) return made;
		sb.schedules.set(made.task.schedule_id, made.task);
		return sb.json(200, made.answer);
	}, 'json');

	sb.apiRoute('PUT', '/v1/schedule/:id', (request) => {
		const current = existing(sb, request, 'single');
		if (isResponse(current)) return current;
		const task = singleTask(sb, fieldsOf(request.body), current.schedule_id);
		if (isResponse(task)) return task;
		sb.schedules.set(task.schedule_id, task);
		return sb.json(200, { schedule_id: task.schedule_id });
	}, 'json');

	sb.apiRoute('PUT', '/v1/schedule/batch/:id', (request) => {
		const current = existing(sb, request, 'batch');
		if (isResponse(current)) return current;
		const made = batchTask(sb, fieldsOf(request.body), current.schedule_id);
		if (isResponse(made)) return made;
		sb.schedules.set(made.task.schedule_id, made.task);
		return sb.json(200, made.answer);
	}, 'json');

	sb.apiRoute('GET', '/v1/schedule/:id', (request) => {
		const task = sb.schedules.get(request.params.id);
		if (!task || task.status === 'deleted') return apiError(50028);
		return sb.json(200, { schedule_id: task.schedule_id, send_time: task.send_time, temp_id: task.temp_id, recipients: task.recipients });
	});

	sb.apiRoute('DELETE', '/v1/schedule/:id', (request) => {
		const task = existing(sb, request, 'any');
		if (isResponse(task)) return task;
		task.status = 'deleted';
		return sb.empty();
	});
}
