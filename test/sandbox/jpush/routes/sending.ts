import { fail, isFailure, JPUSH_ERRORS, type Failure } from '../errors';
import { checkTempPara, renderMessage, type Fields } from '../checks';
import type { JPushSandbox } from '../jpushSandbox';
import type { SandboxSign, SandboxTemplate } from '../state';

/** Template types the message and schedule endpoints take (type 1 → 50025: a sandbox choice, jpush.md §2.4). */
export const MESSAGE_TYPES = [2, 3];

export interface Accepted {
	mobile: string;
	temp_para?: Record<string, string>;
	text: string;
	msg_id: string;
}

export interface Prepared {
	template: SandboxTemplate;
	sign: SandboxSign;
}

/** Template and signature of a send (whole-request checks), and `tag` ≤ 10 characters. */
export function prepare(sb: JPushSandbox, fields: Fields): Prepared | Failure {
	const template = sb.sendTemplate(fields.temp_id, MESSAGE_TYPES);
	if (isFailure(template)) return template;
	const sign = sb.sendSign(fields.sign_id);
	if (isFailure(sign)) return sign;
	if (fields.tag !== undefined && (typeof fields.tag !== 'string' || [...fields.tag].length > 10)) return fail(50007);
	return { template, sign };
}

/** The bucket a template type is billed from. */
const bucket = (type: number) => (type === 3 ? 'app_market' : 'app_industry');

/** Charges `count` messages of this template; false (nothing charged) when the quota is short. */
export function charge(sb: JPushSandbox, template: SandboxTemplate, count: number): boolean {
	const key = bucket(template.type);
	const left = sb.appBalance[key] ?? 0;
	if (left < count) return false;
	sb.appBalance[key] = left - count;
	return true;
}

/** One recipient of a single send: mobile, unsubscribed list, variables, length. */
export function single(sb: JPushSandbox, { template, sign }: Prepared, fields: Fields): Accepted | Failure {
	if (fields.mobile === undefined || fields.mobile === '') return fail(50004);
	if (!sb.mobileOk(fields.mobile)) return fail(50006);
	const mobile = fields.mobile as string;
	if (sb.unsubscribed.has(mobile)) return fail(50024);
	const values = checkTempPara(template, fields.temp_para);
	if (isFailure(values)) return values;
	const text = renderMessage(template, sign, values, sb.maxTextLength);
	if (isFailure(text)) return text;
	return { mobile, text, msg_id: '', ...(fields.temp_para === undefined ? {} : { temp_para: values }) };
}

export interface BatchOutcome {
	accepted: Accepted[];
	/** One entry per input recipient, in order: `{ msg_id, mobile }` or with `error_code`/`error_message`. */
	entries: Array<Record<string, unknown>>;
	failures: Array<Record<string, unknown>>;
}

/**
 * The recipients of a batch (jpush.md §2.5): missing or empty → 50030, over 1000 → 50031; then each
 * one is checked on its own, and a refused number becomes an entry with `error_code` (a string).
 */
export function batch(sb: JPushSandbox, prepared: Prepared, raw: unknown): BatchOutcome | Failure {
	if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) return fail(50030);
	if (!Array.isArray(raw)) return fail(50007);
	if (raw.length > 1000) return fail(50031);
	const outcome: BatchOutcome = { accepted: [], entries: [], failures: [] };
	for (const entry of raw as unknown[]) {
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return fail(50007);
		const fields = entry as Fields;
		const result = single(sb, prepared, fields);
		const msgId = sb.newMsgId();
		if (isFailure(result)) {
			const failed: Record<string, unknown> = {
				error_code: String(result.code),
				error_message: JPUSH_ERRORS[result.code]?.[1] ?? 'error',
				mobile: fields.mobile,
				...(fields.temp_para === undefined ? {} : { temp_para: fields.temp_para }),
			};
			// The seed's sample still gives a failed entry a msg_id; the schedule's failure list has none.
			outcome.entries.push({ ...failed, msg_id: msgId });
			outcome.failures.push(failed);
			continue;
		}
		result.msg_id = msgId;
		outcome.accepted.push(result);
		outcome.entries.push({ msg_id: msgId, mobile: result.mobile });
	}
	if (!charge(sb, prepared.template, outcome.accepted.length)) return fail(50014);
	return outcome;
}

/** Records sent messages and queues their delivery reports (numbers ending in 4 → 4004, else 4001). */
export function deliver(sb: JPushSandbox, prepared: Prepared, accepted: Accepted[], extra: { schedule_id?: string; tag?: string } = {}): void {
	for (const one of accepted) {
		sb.messages.push({ msg_id: one.msg_id, mobile: one.mobile, temp_id: prepared.template.temp_id, sign_id: prepared.sign.sign_id, text: one.text, temp_para: one.temp_para, ...extra });
		sb.reports.push({ msgId: one.msg_id, phone: one.mobile, receiveTime: sb.now(), status: one.mobile.endsWith('4') ? 4004 : 4001 });
	}
}
