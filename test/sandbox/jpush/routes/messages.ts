import { apiError, isFailure } from '../errors';
import { fieldsOf } from '../checks';
import type { JPushSandbox } from '../jpushSandbox';
import { batch, charge, deliver, prepare, single } from './sending';

/** 4–5: single and batch template messages (jpush.md §2.4–2.5). */
export function registerMessageRoutes(sb: JPushSandbox): void {
	sb.apiRoute('POST', '/v1/messages', (request) => {
		const fields = fieldsOf(request.body);
		if (fields.mobile === undefined || fields.mobile === '') return apiError(50004);
		const prepared = prepare(sb, fields);
		if (isFailure(prepared)) return prepared.failure;
		const one = single(sb, prepared, fields);
		if (isFailure(one)) return one.failure;
		if (!charge(sb, prepared.template, 1)) return apiError(50014);
		one.msg_id = sb.newMsgId();
		deliver(sb, prepared, [one]);
		if (sb.omitMsgIds) return sb.json(200, {});
		return sb.json(200, { msg_id: sb.msgIdAsNumber ? sb.bare(one.msg_id) : one.msg_id });
	}, 'json');

	sb.apiRoute('POST', '/v1/messages/batch', (request) => {
		const fields = fieldsOf(request.body);
		const prepared = prepare(sb, fields);
		if (isFailure(prepared)) return prepared.failure;
		const outcome = batch(sb, prepared, fields.recipients);
		if (isFailure(outcome)) return outcome.failure;
		deliver(sb, prepared, outcome.accepted, typeof fields.tag === 'string' ? { tag: fields.tag } : {});
		const counts = { success_count: outcome.accepted.length, failure_count: outcome.failures.length };
		const entries = sb.omitMsgIds ? outcome.entries.map((entry) => ('error_code' in entry ? entry : { mobile: entry.mobile })) : outcome.entries;
		return sb.json(200, sb.batchListName === 'recipients'
			? { ...counts, recipients: entries }
			: { ...counts, failure_recipients: outcome.failures });
	}, 'json');
}
