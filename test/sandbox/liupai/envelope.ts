import type { SandboxResponse } from '../kit/types';

/**
 * Liupai's envelope `{ status, msg, result }` (third-party clients of other Liupai APIs; liupai.md §1.5).
 * Failures are HTTP 200 with `status` ≠ 200. The codes and texts are ASSUMPTIONS (liupai.md §5.2):
 * 101/102/104 borrow JisuAPI's platform codes, 201–208 are ours. Failure `result` is `""` for the
 * platform codes and `[]` for the SMS ones, on purpose: public clients show that both occur.
 */
export const FAILURES = {
	APPKEY: { status: 101, msg: 'APPKEY为空或不存在', result: '' },
	EXPIRED: { status: 102, msg: 'APPKEY已过期', result: '' },
	RATE: { status: 104, msg: '请求超过次数限制', result: '' },
	MISSING: { status: 201, msg: '不能为空', result: [] },
	MALFORMED: { status: 202, msg: '格式错误', result: [] },
	UNKNOWN: { status: 203, msg: '不存在', result: [] },
	NOT_APPROVED: { status: 204, msg: '模板未审核通过', result: [] },
	MISMATCH: { status: 205, msg: '内容与模板不匹配', result: [] },
	QUOTA: { status: 206, msg: '余额不足', result: [] },
	SIGNATURE: { status: 207, msg: '签名格式错误', result: [] },
	MARKETING: { status: 208, msg: '营销短信需加回TD退订', result: [] },
} as const;

export type FailureName = keyof typeof FAILURES;

/** A step that could not go on carries the finished failure envelope. */
export interface Failure {
	readonly failure: Envelope;
}

export interface Envelope {
	status: number | string;
	msg: string;
	result?: unknown;
}

/** `subject` goes before the message for the field-specific codes, e.g. `mobile不能为空`. */
export function failure(name: FailureName, subject = ''): Failure {
	const entry = FAILURES[name];
	return { failure: { status: entry.status, msg: `${subject}${entry.msg}`, result: entry.result } };
}

export function isFailure(value: unknown): value is Failure {
	return typeof value === 'object' && value !== null && 'failure' in value;
}

export const success = (result: unknown): Envelope => ({ status: 200, msg: 'ok', result });

/** An HTTP answer that is not an envelope (404/405 and injected faults). */
export const httpAnswer = (status: number, envelope: Envelope): SandboxResponse => ({ status, body: envelope });
