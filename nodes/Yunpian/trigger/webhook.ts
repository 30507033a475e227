import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { acceptOnce } from '../../shared/trigger/replay';
import { answerText, readRawBody } from '../../shared/trigger/webhookBody';
import { pushItems } from './items';
import { parsePush, type YunpianEvent } from './push';
import { isGenuineReply } from './signature';

/** What Yunpian must read back, else it retries the push (3 × 5 min for reports, 5 × 1 min for replies). */
export const ACKNOWLEDGEMENT = 'SUCCESS';

/**
 * How old a reply may be when it arrives. Yunpian pushes a reply when it comes in and retries for five minutes
 * (https://www.yunpian.com/official/document/sms/zh_CN/domestic_push_reply); `_sign` has no timestamp of its own,
 * so `reply_time` (signed) is what tells a replayed capture from a new reply. A day leaves room for clock skew
 * and queued pushes.
 */
export const MAX_REPLY_AGE_MS = 24 * 3600_000;
/** Clock skew allowed for a `reply_time` in the future. */
const MAX_REPLY_SKEW_MS = 10 * 60_000;
/** Replies remembered against replays; at most a day's worth, the oldest first out. */
const REPLAY_STORE = { key: 'acceptedReplies', limit: 5000 };

/** `reply_time`, Beijing wall time `YYYY-MM-DD HH:mm:ss`, as epoch milliseconds; undefined when it is not that. */
export function replyTimeMs(value: unknown): number | undefined {
	const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim()) : null;
	if (!match) return undefined;
	const [, year, month, day, hour, minute, second] = match.map(Number);
	const ms = Date.UTC(year, month - 1, day, hour - 8, minute, second);
	return Number.isFinite(ms) ? ms : undefined;
}

/** Why a genuinely signed reply is still refused: it was not sent now (a capture replayed later). */
function staleReason(entries: IDataObject[], now: number): string | undefined {
	for (const entry of entries) {
		const at = replyTimeMs(entry.reply_time);
		if (at === undefined) return 'a reply without a reply_time of the form YYYY-MM-DD HH:mm:ss';
		if (now - at > MAX_REPLY_AGE_MS) return 'a reply older than 24 hours (a replayed capture?)';
		if (at - now > MAX_REPLY_SKEW_MS) return 'a reply dated in the future';
	}
	return undefined;
}

function refuse(this: IWebhookFunctions, status: 400 | 401, text: string): IWebhookResponseData {
	answerText.call(this, status, text);
	return { noWebhookResponse: true };
}

/**
 * Handles one push: size and shape checks (→ 400), the reply signature (→ 401), then "SUCCESS" for
 * every genuine push, and items only for the events the user selected.
 */
export async function handlePush(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const body = readRawBody.call(this);
	if (!body.ok) return refuse.call(this, 400, 'Bad request: the body is too large');
	const parsed = parsePush(body.text, body.contentType);
	if (!parsed.ok) return refuse.call(this, 400, `Bad request: ${parsed.problem}`);
	const { push } = parsed;

	if (push.event === 'reply') {
		const { apiKey } = await this.getCredentials<{ apiKey?: string }>('yunpianApi');
		const key = typeof apiKey === 'string' ? apiKey : '';
		if (!push.entries.every((reply) => isGenuineReply(reply, key))) {
			return refuse.call(this, 401, 'Unauthorized: missing or wrong _sign');
		}
		const stale = staleReason(push.entries, Date.now());
		if (stale) return refuse.call(this, 401, `Unauthorized: ${stale}`);
	}

	answerText.call(this, 200, ACKNOWLEDGEMENT);
	const selected = this.getNodeParameter('events', []) as string[];
	if (push.event === 'flowStatus' || !selected.includes(push.event) || push.entries.length === 0) {
		return { noWebhookResponse: true };
	}
	let entries = push.entries;
	if (push.event === 'reply') {
		// Each reply once: a push Yunpian retries, or a capture sent again within the day, runs nothing new.
		const now = Date.now();
		const staticData = this.getWorkflowStaticData('node');
		entries = entries.filter((reply) => {
			const at = replyTimeMs(reply.reply_time) ?? now;
			const id = typeof reply.id === 'string' && reply.id !== '' ? reply.id : String(reply._sign);
			return acceptOnce(staticData, REPLAY_STORE, id, at, MAX_REPLY_AGE_MS + MAX_REPLY_SKEW_MS, now);
		});
		if (entries.length === 0) return { noWebhookResponse: true };
	}
	return { noWebhookResponse: true, workflowData: [pushItems(push.event as YunpianEvent, entries)] };
}
