import type { IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { SeenStore } from '../../shared/trigger/seenStore';
import { answerText, readRawBody } from '../../shared/trigger/webhookBody';
import { parsePush, replyItem, replyKey, reportItem, reportKey } from './push';

/** Tencent's expected answer to a push (https://cloud.tencent.com/document/api/382/59178); anything else is retried twice. */
export const ACKNOWLEDGEMENT = { result: 0, errmsg: 'OK' };

/** How many pushed reports and replies are remembered to drop Tencent's retries. */
const REMEMBERED = 5000;

function answerJson(this: IWebhookFunctions, status: number, body: object): void {
	const response = this.getResponseObject();
	response.status(status);
	response.setHeader('Content-Type', 'application/json; charset=utf-8');
	response.send(JSON.stringify(body));
}

/**
 * One push: a bad body → 400 (Tencent will retry it, and nothing starts); a push → `{"result":0,"errmsg":"OK"}`
 * and one item per report or reply not seen before, for the selected events. Tencent does not sign pushes,
 * so only the secret path (and a source-IP allowlist in front of n8n) keeps others out.
 */
export async function handlePush(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const body = readRawBody.call(this);
	if (!body.ok) {
		answerText.call(this, 400, 'Bad request: the body is too large');
		return { noWebhookResponse: true };
	}
	const parsed = parsePush(body.text);
	if (!parsed.ok) {
		answerText.call(this, 400, `Bad request: ${parsed.problem}`);
		return { noWebhookResponse: true };
	}
	answerJson.call(this, 200, ACKNOWLEDGEMENT);
	const { push } = parsed;
	const events = this.getNodeParameter('events', []) as string[];
	if (!events.includes(push.event)) return { noWebhookResponse: true };
	const seen = new SeenStore(this.getWorkflowStaticData('node'), push.event === 'reply' ? 'seenReplies' : 'seenReports', REMEMBERED);
	const key = push.event === 'reply' ? replyKey : reportKey;
	const fresh = push.entries.filter((entry) => {
		const id = key(entry);
		if (seen.has(id, '1')) return false;
		seen.remember(id, '1');
		return true;
	});
	seen.prune();
	if (fresh.length === 0) return { noWebhookResponse: true };
	const toItem = push.event === 'reply' ? replyItem : reportItem;
	return { noWebhookResponse: true, workflowData: [fresh.map((entry) => ({ json: toItem(entry) }))] };
}
