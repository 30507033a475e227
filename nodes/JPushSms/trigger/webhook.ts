import { NodeOperationError, type IDataObject, type IWebhookFunctions, type IWebhookResponseData } from 'n8n-workflow';

import { answerText, readRawBody } from '../../shared/trigger/webhookBody';
import { eventItems, isEventType, parseRecords, type EventType } from './events';
import { acceptOnce } from '../../shared/trigger/replay';
import { checkCallback, DEFAULT_TOLERANCE_MINUTES, MAX_TOLERANCE_MINUTES } from './signature';

/** JPush callbacks are a few hundred bytes; anything above this is refused with 400 before parsing. */
export const MAX_CALLBACK_BYTES = 64 * 1024;

/** The handshake's `echostr`: "an 8-character random string" (https://docs.jiguang.cn/jsms/server/callback). */
const ECHOSTR = /^[A-Za-z0-9]{8}$/;

const SIGNED = ['nonce', 'timestamp', 'signature'] as const;

function reply(this: IWebhookFunctions, status: number, text: string, rejected?: string): IWebhookResponseData {
	// The reason only: no request field, header or credential value is logged.
	if (rejected) this.logger.warn(`JPush SMS Trigger refused a request (HTTP ${status}): ${rejected}`);
	answerText.call(this, status, text);
	return { noWebhookResponse: true };
}

/**
 * GET: JPush checks the callback URL with `?echostr=<8 random characters>` and expects the value
 * back as the body (https://docs.jiguang.cn/jsms/server/callback). Anything else on GET is not JPush's check and gets 400.
 */
export function answerHandshake(this: IWebhookFunctions): IWebhookResponseData {
	const echostr: unknown = this.getRequestObject().query.echostr;
	if (typeof echostr !== 'string' || !ECHOSTR.test(echostr)) {
		return reply.call(this, 400, 'Bad Request', 'a GET without the 8-character echostr of JPush’s URL check');
	}
	return reply.call(this, 200, echostr);
}

/**
 * POST: one callback, form-urlencoded `nonce, timestamp, signature, type, data` (https://docs.jiguang.cn/jsms/server/callback).
 * Oversized or unreadable → 400; missing or wrong signature, stale or future timestamp → 401;
 * a genuine callback gets 200 `ok` (JPush retries otherwise), and starts the workflow only for a
 * selected event type, once per nonce and timestamp.
 */
export async function receiveCallback(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const body = readRawBody.call(this, MAX_CALLBACK_BYTES);
	if (!body.ok) return reply.call(this, 400, 'Bad Request', `body larger than ${MAX_CALLBACK_BYTES} bytes`);
	if (body.contentType.includes('json') || body.contentType.includes('multipart')) {
		return reply.call(this, 400, 'Bad Request', 'not a form-urlencoded body');
	}
	const form = new URLSearchParams(body.text);
	const field = (name: string): string | undefined => {
		const values = form.getAll(name);
		return values.length === 1 ? values[0] : undefined;
	};
	const [nonce, timestamp, signature] = SIGNED.map(field);
	if (!nonce || !timestamp || !signature) {
		return reply.call(this, 401, 'Unauthorized', 'nonce, timestamp or signature missing or repeated');
	}

	const credentials = await this.getCredentials<{ appKey: string; masterSecret: string }>('jPushSmsApi');
	if (!credentials.appKey || !credentials.masterSecret) {
		// Without them any sender could sign; an error execution shows the setup problem.
		throw new NodeOperationError(this.getNode(), 'The JPush SMS credential has no AppKey or no Master Secret', {
			description: 'Fill in both fields of the credential with those of the app whose callback URL points here.',
		});
	}
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const chosen = Number(options.timestampToleranceMinutes ?? DEFAULT_TOLERANCE_MINUTES);
	// A value that is not a positive number (e.g. a broken expression) must not turn the check off.
	const tolerance = Number.isFinite(chosen) && chosen > 0 ? Math.min(chosen, MAX_TOLERANCE_MINUTES) : DEFAULT_TOLERANCE_MINUTES;
	const now = Date.now();
	const check = checkCallback({ nonce, timestamp, signature }, credentials, tolerance, now);
	if (!check.ok) return reply.call(this, 401, 'Unauthorized', check.reason);

	const type = field('type');
	const data = field('data');
	if (!type || data === undefined) return reply.call(this, 400, 'Bad Request', 'type or data missing or repeated');
	const selected = this.getNodeParameter('events', []) as EventType[];
	if (!isEventType(type) || !selected.includes(type)) return reply.call(this, 200, 'ok');

	const records = parseRecords(data);
	if (!records) return reply.call(this, 400, 'Bad Request', `the data of an ${type} callback is not a JSON object`);
	// The key JPush callbacks were remembered under since the first release: `nonce|timestamp`.
	const id = `${nonce}|${check.timestampMs}`;
	if (!acceptOnce(this.getWorkflowStaticData('node'), { key: 'acceptedCallbacks' }, id, check.timestampMs, tolerance * 60_000, now)) {
		return reply.call(this, 200, 'ok');
	}
	answerText.call(this, 200, 'ok');
	return { noWebhookResponse: true, workflowData: [eventItems({ type, nonce, timestamp }, records)] };
}
