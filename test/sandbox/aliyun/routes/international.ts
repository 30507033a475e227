import type { AliyunSandbox, Answer, Params } from '../aliyunSandbox';
import { MissingParameter } from '../aliyunSandbox';
import { segmentsOf } from '../state';

const VERSION = '2018-05-01';
export const GLOBE_BATCH_LIMIT = 1000;

/** The 2018-05-01 envelope: `ResponseCode` / `ResponseDescription` instead of Code / Message (aliyun.md §2.13). */
const fail = (ResponseCode: string, ResponseDescription: string): Answer => ({ ResponseCode, ResponseDescription });
const accepted = (fields: Answer): Answer => ({ ResponseCode: 'OK', ResponseDescription: 'The SMS Send Request was accepted', ...fields });

function requireAll(params: Params, ...names: string[]): void {
	for (const name of names) if ((params[name] ?? '') === '') throw new MissingParameter(name);
}

/** An international number: country code + number, digits only, not mainland China. */
function checkTo(to: string): Answer | undefined {
	if (!/^\d{6,15}$/.test(to)) return fail('isv.MOBILE_NUMBER_ILLEGAL', 'The mobile number is invalid.');
	if (to.startsWith('86')) return fail('isv.COUNTRY_RESTRICTED', 'Mainland China numbers are not supported.');
	return undefined;
}

function checkFrom(from: string | undefined): Answer | undefined {
	if (from === undefined || from === '') return undefined;
	return /^[A-Za-z0-9]{1,11}$/.test(from) || /^\d{1,15}$/.test(from) ? undefined : fail('isv.SENDERID_ERROR', 'The sender ID is invalid.');
}

function store(sb: AliyunSandbox, to: string, message: string, params: Params): { id: string; segments: number } {
	const id = String(200000000000000 + sb.globeMessages.length + 1);
	const segments = segmentsOf(message);
	sb.globeMessages.push({ messageId: id, to, message, from: params.From ?? '', type: params.Type ?? 'NOTIFY', taskId: params.TaskId ?? '', sentAt: sb.now().getTime(), status: 3, errorCode: '', segments });
	return { id, segments };
}

function checkType(params: Params): Answer | undefined {
	return params.Type === undefined || ['NOTIFY', 'MKT', 'OTP'].includes(params.Type) ? undefined : fail('isv.INVALID_PARAMETERS', 'Type is invalid.');
}

function sendMessageToGlobe(sb: AliyunSandbox, params: Params): Answer {
	requireAll(params, 'To', 'Message');
	const problem = checkTo(params.To) ?? checkFrom(params.From) ?? checkType(params);
	if (problem) return problem;
	const { id, segments } = store(sb, params.To, params.Message, params);
	return accepted({ MessageId: id, To: params.To, From: params.From ?? '', Segments: String(segments), NumberDetail: { Carrier: 'Sandbox Mobile', Country: 'Hong Kong', Region: 'HK' } });
}

function batchSendMessageToGlobe(sb: AliyunSandbox, params: Params): Answer {
	requireAll(params, 'To', 'Message');
	let to: unknown;
	let messages: unknown;
	try {
		to = JSON.parse(params.To);
		messages = JSON.parse(params.Message);
	} catch {
		return fail('isv.INVALID_JSON_PARAM', 'To and Message must be JSON arrays.');
	}
	if (!Array.isArray(to) || !Array.isArray(messages) || to.some((entry) => typeof entry !== 'string') || messages.some((entry) => typeof entry !== 'string')) {
		return fail('isv.INVALID_JSON_PARAM', 'To and Message must be JSON arrays of texts.');
	}
	if (to.length > GLOBE_BATCH_LIMIT) return fail('isv.MOBILE_COUNT_OVER_LIMIT', 'Too many numbers.');
	if (messages.length !== to.length) return fail('isv.INVALID_PARAMETERS', 'To and Message must have the same length.');
	const problem = checkFrom(params.From) ?? checkType(params);
	if (problem) return problem;
	const ids: string[] = [];
	const failed: string[] = [];
	(to as string[]).forEach((number, index) => {
		if (checkTo(number)) failed.push(number);
		else ids.push(store(sb, number, (messages as string[])[index], params).id);
	});
	return accepted({ MessageIdList: JSON.stringify(ids), FailedList: JSON.stringify(failed), SuccessCount: String(ids.length), From: params.From ?? '' });
}

const rfc2822 = (at: number): string => {
	const date = new Date(at + 8 * 3600_000);
	const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getUTCDay()];
	const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][date.getUTCMonth()];
	return `${day}, ${String(date.getUTCDate()).padStart(2, '0')} ${month} ${date.getUTCFullYear()} ${date.toISOString().slice(11, 19)} +0800`;
};

function queryMessage(sb: AliyunSandbox, params: Params): Answer {
	requireAll(params, 'MessageId');
	const message = sb.globeMessages.find((entry) => entry.messageId === params.MessageId);
	if (!message) return fail('isv.DATA_NOT_EXIST', 'The message does not exist.');
	return {
		ResponseCode: 'OK',
		ResponseDescription: 'OK',
		MessageId: message.messageId,
		To: message.to,
		Message: message.message,
		Status: String(message.status),
		ErrorCode: message.status === 1 ? 'DELIVERED' : message.status === 2 ? 'MOBILE_NOT_ON_SERVICE' : '',
		ErrorDescription: message.status === 1 ? 'success' : message.status === 2 ? 'failed' : '',
		SendDate: rfc2822(message.sentAt),
		ReceiveDate: message.status === 3 ? '' : rfc2822(message.sentAt + 3000),
		NumberDetail: { Carrier: 'Sandbox Mobile', Country: 'Hong Kong', Region: 'HK' },
	};
}

export function registerInternationalActions(sb: AliyunSandbox): void {
	sb.action('SendMessageToGlobe', VERSION, (params) => sendMessageToGlobe(sb, params));
	sb.action('BatchSendMessageToGlobe', VERSION, (params) => batchSendMessageToGlobe(sb, params));
	sb.action('QueryMessage', VERSION, (params) => queryMessage(sb, params));
}
