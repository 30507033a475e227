import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { SeenStore } from '../../shared/trigger/seenStore';
import { answerText, readRawBody } from '../../shared/trigger/webhookBody';
import { dedupeKey, parsePush, type AliyunEvent } from './push';

/**
 * What Aliyun must read back: HTTP 200 and JSON whose `code` is a number, else it pushes again after 1, 5
 * and 10 minutes (aliyun.md §5.2).
 */
export const ACKNOWLEDGEMENT = { code: 0, msg: '接收成功' };

const SEEN_KEY = 'aliyunPushesSeen';

function answer(this: IWebhookFunctions, status: number, body: IDataObject | string): void {
	const response = this.getResponseObject();
	response.status(status);
	response.setHeader('Content-Type', 'application/json; charset=utf-8');
	response.send(typeof body === 'string' ? JSON.stringify({ code: status, msg: body }) : JSON.stringify(body));
}

/**
 * One push (reaching it means the URL, with its Secret Path, was right: Aliyun signs nothing): the body
 * (→ 400), then the acknowledgement for every push read, and one item per new report of a chosen event.
 */
export async function handlePush(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const body = readRawBody.call(this);
	if (!body.ok) {
		answerText.call(this, 400, 'Bad request: the body is too large');
		return { noWebhookResponse: true };
	}
	const parsed = parsePush(body.text);
	if (!parsed.ok) {
		answer.call(this, 400, `Bad request: ${parsed.problem}`);
		return { noWebhookResponse: true };
	}
	answer.call(this, 200, ACKNOWLEDGEMENT);
	const selected = new Set(this.getNodeParameter('events', []) as AliyunEvent[]);
	const seen = new SeenStore(this.getWorkflowStaticData('node'), SEEN_KEY);
	const items = [];
	for (const { event, entry } of parsed.entries) {
		const key = dedupeKey(event, entry);
		if (seen.has(key, event)) continue;
		seen.remember(key, event);
		if (selected.has(event)) items.push({ json: { event, ...entry } });
	}
	seen.prune();
	return items.length > 0 ? { noWebhookResponse: true, workflowData: [items] } : { noWebhookResponse: true };
}
