import type { IDataObject } from 'n8n-workflow';

import type { RecipientAnswer } from '../../shared/send/types';
import { yunpianErrors } from '../transport/errors';

/**
 * One send answer of Yunpian: the body of a single send (`sms/single_send`, `voice/send`…) or one
 * entry of a batch answer's `data`: `code` (0 or absent when sent), `msg`, `count` (billed segments),
 * `fee`, `unit`, `mobile` and `sid` (https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief).
 */
export interface SendEntry extends IDataObject {
	code?: number | string;
	msg?: string;
	count?: number | string;
	fee?: number | string;
	unit?: string;
	mobile?: string;
	sid?: number | string;
}

/** A 64-bit `sid` as a string (never a rounded number); `null` when Yunpian gave none, or 0 (a refused number). */
export function sidOf(value: unknown): string | null {
	if (value === undefined || value === null || value === '' || String(value as string) === '0') return null;
	return String(value as string);
}

/** Why Yunpian refused a number: our meaning, Yunpian's own `msg` quoted after it, and the fix. */
function refusal(code: string, msg: unknown): string {
	const known = yunpianErrors[code];
	const said = typeof msg === 'string' && msg !== '' ? ` Yunpian said: "${msg}".` : '';
	if (!known) return `Yunpian error ${code}: Yunpian refused this number.${said}`;
	return `Yunpian error ${code}: ${known.meaning}.${said} ${known.fix}`;
}

/**
 * One entry in the shared send schema: the `sid` as the message id and `count` as the segments, or
 * Yunpian's code (a string) with its meaning; `fee` and `unit` as Yunpian's own extras. A missing entry
 * (a batch answer without this number) is a failure that may still have been sent.
 */
export function entryAnswer(entry: SendEntry | undefined, checkWhere: string): RecipientAnswer {
	if (!entry) {
		return {
			errorCode: 'NO_RESULT',
			error: `Yunpian's answer had no result for this number: it may have been sent. Check ${checkWhere} before sending it again.`,
		};
	}
	const extra: IDataObject = {};
	if (entry.fee !== undefined && entry.fee !== null) {
		extra.fee = Number(entry.fee);
		extra.unit = entry.unit ?? 'RMB';
	}
	const count = entry.count === undefined || entry.count === null || entry.count === '' ? undefined : Number(entry.count);
	const segments = count !== undefined && Number.isFinite(count) ? count : undefined;
	const code = entry.code === undefined || entry.code === null ? '0' : String(entry.code);
	if (code !== '0') return { errorCode: code, error: refusal(code, entry.msg), segments, extra };
	return { messageId: sidOf(entry.sid), segments, extra };
}
