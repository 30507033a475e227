import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { RecipientAnswer } from '../../shared/send/types';
import { tencentErrorOf } from '../transport/errors';

/** Where a user checks what went out when a send's outcome is unknown. */
export const SEND_CHECK_WHERE = 'the delivery reports (Status → Get Delivery Reports (Number), or Message → Get Records)';

export const sessionContextOption: INodeProperties = {
	displayName: 'Session Context',
	name: 'sessionContext',
	type: 'string',
	default: '',
	placeholder: 'e.g. order-1042',
	description: 'Your own reference, under 512 bytes, returned unchanged in the result and in delivery reports (SessionContext)',
};

interface SendStatus {
	SerialNo?: string;
	PhoneNumber?: string;
	Fee?: number;
	SessionContext?: string;
	Code?: string;
	Message?: string;
	IsoCode?: string;
}

/** One entry of SendStatusSet / SendMultiStatusSet in the shared send schema (https://cloud.tencent.com/document/api/382/55981). */
function answerOf(entry: SendStatus | undefined): RecipientAnswer {
	if (!entry) return { errorCode: 'NO_RESULT', error: 'Tencent Cloud SMS returned no result for this number: it may have been sent. Check the delivery reports before sending again.' };
	const extra: IDataObject = { code: entry.Code ?? null, fee: entry.Fee ?? null, isoCode: entry.IsoCode ?? null };
	if (entry.SessionContext) extra.sessionContext = entry.SessionContext;
	if (entry.SerialNo) extra.serialNo = entry.SerialNo;
	// Success is exactly "Ok" (capital O, small k), as in Tencent's examples.
	if (entry.Code === 'Ok') return { messageId: entry.SerialNo ?? null, segments: typeof entry.Fee === 'number' ? entry.Fee : undefined, extra };
	const code = entry.Code || 'REFUSED';
	const known = tencentErrorOf(code);
	const said = entry.Message ? ` (Tencent Cloud SMS said: ${entry.Message})` : '';
	return { errorCode: code, error: known ? `${known.meaning}. ${known.fix}${said}` : `Tencent Cloud SMS refused this number${said}`, extra };
}

/**
 * Matches the per-number answers to the numbers sent: by number (Tencent does not promise the order), else by
 * position when it answered one entry per number.
 */
export function sendAnswers(set: unknown, numbers: string[]): RecipientAnswer[] {
	const entries = Array.isArray(set) ? (set as SendStatus[]) : [];
	const byNumber = new Map(entries.filter((entry) => typeof entry.PhoneNumber === 'string').map((entry) => [entry.PhoneNumber as string, entry]));
	return numbers.map((number, index) => answerOf(byNumber.get(number) ?? (entries.length === numbers.length && !entries[index]?.PhoneNumber ? entries[index] : undefined)));
}
