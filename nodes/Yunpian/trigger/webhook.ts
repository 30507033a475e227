import type { IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { answerText, readRawBody } from '../../shared/trigger/webhookBody';
import { pushItems } from './items';
import { parsePush, type YunpianEvent } from './push';
import { isGenuineReply } from './signature';

/** What Yunpian must read back, else it retries the push (3 × 5 min for reports, 5 × 1 min for replies). */
export const ACKNOWLEDGEMENT = 'SUCCESS';

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
	}

	answerText.call(this, 200, ACKNOWLEDGEMENT);
	const selected = this.getNodeParameter('events', []) as string[];
	if (push.event === 'flowStatus' || !selected.includes(push.event) || push.entries.length === 0) {
		return { noWebhookResponse: true };
	}
	return { noWebhookResponse: true, workflowData: [pushItems(push.event as YunpianEvent, push.entries)] };
}
