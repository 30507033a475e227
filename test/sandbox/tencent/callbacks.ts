import { delay } from '../../support/node';
import { pushCallback } from '../kit/push';

export interface PushAttempt {
	url: string;
	body: unknown;
	/** Answers to each try: status and body (or the connection error). */
	answers: Array<{ status: number; body: string }>;
	delivered: boolean;
}

/** Tencent counts a push as delivered on HTTP 200 with JSON `result` 0 (§5.1; the exact rule is a sandbox choice). */
function accepted(answer: { status: number; body: string }): boolean {
	if (answer.status !== 200) return false;
	try {
		return (JSON.parse(answer.body) as { result?: unknown }).result === 0;
	} catch {
		return false;
	}
}

/**
 * POSTs a callback as Tencent does: JSON, no signature of any kind, retried 2 more times when not
 * accepted. Records every attempt on the sandbox.
 */
export async function pushJson(sb: { pushes: PushAttempt[]; pushRetryMs: number }, url: string, body: unknown): Promise<PushAttempt> {
	const attempt: PushAttempt = { url, body, answers: [], delivered: false };
	sb.pushes.push(attempt);
	for (let tries = 0; tries < 3 && !attempt.delivered; tries++) {
		if (tries > 0) await delay(sb.pushRetryMs * tries);
		try {
			const answer = await pushCallback(url, { contentType: 'application/json', body: JSON.stringify(body) });
			attempt.answers.push(answer);
			attempt.delivered = accepted(answer);
		} catch (error) {
			attempt.answers.push({ status: 0, body: String(error) });
		}
	}
	return attempt;
}
