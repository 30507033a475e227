import type { SandboxResponse } from '../kit/types';

/** HTTP status and English message of every JPush code (seed "Return Code", jpush.md §3). */
export const JPUSH_ERRORS: Readonly<Record<number, [number, string]>> = {
	50001: [400, 'missing auth'],
	50002: [401, 'auth failed'],
	50003: [400, 'missing body'],
	50004: [400, 'missing mobile'],
	50005: [400, 'missing temp_id'],
	50006: [403, 'invalid mobile'],
	50007: [403, 'invalid body'],
	50008: [403, 'no sms code auth'],
	50009: [403, 'out of freq'],
	50010: [403, 'invalid code'],
	50011: [403, 'expired code'],
	50012: [403, 'verified code'],
	50013: [403, 'invalid temp_id'],
	50014: [403, 'no money'],
	50015: [400, 'missing code'],
	50016: [404, 'api not found'],
	50017: [415, 'media not supported'],
	50018: [405, 'request method not support'],
	50019: [500, 'server error'],
	50020: [403, 'template auditing'],
	50021: [403, 'template not pass'],
	50022: [403, 'parameters not all replaced'],
	50023: [403, 'parameters is empty'],
	50024: [403, 'unsubscribed mobile'],
	50025: [403, 'wrong template type'],
	50026: [403, 'wrong msg_id'],
	50027: [403, 'invalid send_time'],
	50028: [403, 'invalid schedule_id'],
	50029: [403, 'wrong schedule status'],
	50030: [403, 'recipients is empty'],
	50031: [403, 'too much recipients'],
	50033: [403, 'app quota not assigned'],
	50034: [403, 'repeat send'],
	50035: [403, 'illegal IP'],
	50036: [403, 'app in black'],
	50037: [403, 'has black word'],
	50038: [403, 'invalid code length'],
	50039: [403, 'invalid code type'],
	50040: [403, 'invalid voice language type'],
	50041: [403, 'invalid ttl value'],
	50042: [403, 'template is empty'],
	50043: [403, 'template too long'],
	50044: [403, 'template parameter invalid'],
	50045: [403, 'remark too long'],
	50046: [403, 'signature not set'],
	50047: [403, 'modify template not allow'],
	50052: [403, 'template contains special symbol'],
	50053: [403, 'special template parameter need extra remark for confirmation'],
	50054: [403, 'content contains special symbol'],
	50101: [403, 'invalid image'],
	50102: [403, 'invalid sign id'],
	50103: [403, 'other signatures in the audit'],
	50104: [403, 'invalid signature'],
	50105: [403, 'default signature cannot be deleted'],
};

/** JPush's error envelope `{ error: { code, message } }` with the documented status. */
export function apiError(code: number, status?: number, extra: Record<string, unknown> = {}): SandboxResponse {
	const [documented, message] = JPUSH_ERRORS[code] ?? [500, 'server error'];
	return { status: status ?? documented, body: { ...extra, error: { code, message } } };
}

/** A step of a handler that could not go on. */
export interface Failure {
	readonly failure: SandboxResponse;
	readonly code: number;
}

export function fail(code: number): Failure {
	return { failure: apiError(code), code };
}

export function isFailure(value: unknown): value is Failure {
	return typeof value === 'object' && value !== null && 'failure' in value && 'code' in value;
}
