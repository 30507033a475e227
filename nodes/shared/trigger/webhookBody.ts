import type { IWebhookFunctions } from 'n8n-workflow';

/** Largest webhook body the triggers read; bigger ones are refused with HTTP 400 before parsing. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

export type RawBody = { ok: true; text: string; contentType: string } | { ok: false; reason: 'tooLarge' };

/**
 * The body of the webhook request as the provider sent it (UTF-8 text), read from n8n's `rawBody`
 * when present, else rebuilt from the parsed body; refused when larger than `maxBytes`.
 */
export function readRawBody(this: IWebhookFunctions, maxBytes = MAX_WEBHOOK_BODY_BYTES): RawBody {
	const request = this.getRequestObject();
	const contentType = String(request.headers['content-type'] ?? '').toLowerCase();
	const length = Number(request.headers['content-length']);
	if (Number.isFinite(length) && length > maxBytes) return { ok: false, reason: 'tooLarge' };
	const raw: unknown = request.rawBody;
	let text: string;
	if (raw instanceof Uint8Array) {
		if (raw.byteLength > maxBytes) return { ok: false, reason: 'tooLarge' };
		text = new TextDecoder('utf-8').decode(raw);
	} else {
		const body: unknown = request.body;
		if (typeof body === 'string') text = body;
		else if (body && typeof body === 'object') {
			text = contentType.includes('json')
				? JSON.stringify(body)
				: new URLSearchParams(Object.entries(body).map(([key, value]): [string, string] => [key, typeof value === 'string' ? value : JSON.stringify(value)])).toString();
		} else text = '';
		if (new TextEncoder().encode(text).byteLength > maxBytes) return { ok: false, reason: 'tooLarge' };
	}
	return { ok: true, text, contentType };
}

/** Answers the provider with a plain-text body; the caller returns `{ noWebhookResponse: true }` (plus any workflow data). */
export function answerText(this: IWebhookFunctions, status: number, text: string): void {
	const response = this.getResponseObject();
	response.status(status);
	response.setHeader('Content-Type', 'text/plain; charset=utf-8');
	response.send(text);
}
