import type { RecordedRequest, SandboxResponse } from '../kit/types';
import type { StatusCode } from './state';
import type { TencentSandbox } from './tencentSandbox';

const ok = (body: unknown): SandboxResponse => ({ status: 200, body });
const bad = (error: string): SandboxResponse => ({ status: 400, body: { error } });
const fields = (request: RecordedRequest): Record<string, unknown> =>
	request.body !== null && typeof request.body === 'object' && !Array.isArray(request.body) ? (request.body as Record<string, unknown>) : {};
const STATUSES: StatusCode[] = [0, 1, 2, -1];

/**
 * Sandbox-only control routes (not Tencent), for processes that drive the sandbox over HTTP (npm start,
 * e2e tests). Not signed, not recorded, never answered by `failNext`.
 */
export function registerHookRoutes(sb: TencentSandbox): void {
	sb.server.route('POST', '/__sandbox/reset', () => {
		sb.reset();
		return ok({ reset: true });
	});

	sb.server.route('GET', '/__sandbox/state', () =>
		ok({ signs: [...sb.signs.values()], templates: [...sb.templates.values()], packages: sb.packages, messages: sb.messages, replies: sb.replies, pushes: sb.pushes }),
	);

	// Delivers every message without a receipt (numbers ending in 4 fail) and pushes the status callback.
	sb.server.route('POST', '/__sandbox/deliver', async () => ok({ delivered: (await sb.deliver()).length }));

	// Body { phoneNumber, text, sign?, extend? }.
	sb.server.route('POST', '/__sandbox/reply', async (request) => {
		const { phoneNumber, text, sign, extend } = fields(request);
		if (typeof phoneNumber !== 'string' || typeof text !== 'string') return bad('phoneNumber and text are required');
		return ok(await sb.reply(phoneNumber, text, { sign: sign as string | undefined, extend: extend as string | undefined }));
	});

	// Body { statusCallbackUrl?, replyCallbackUrl? } (the console settings).
	sb.server.route('POST', '/__sandbox/callbacks', (request) => {
		const { statusCallbackUrl, replyCallbackUrl } = fields(request);
		if (typeof statusCallbackUrl === 'string') sb.statusCallbackUrl = statusCallbackUrl || undefined;
		if (typeof replyCallbackUrl === 'string') sb.replyCallbackUrl = replyCallbackUrl || undefined;
		return ok({ statusCallbackUrl: sb.statusCallbackUrl ?? null, replyCallbackUrl: sb.replyCallbackUrl ?? null });
	});

	// Body { StatusCode: 0 | 1 | 2 | -1, ReviewReply? }: the review of a template or signature.
	for (const [kind, map] of [['templates', () => sb.templates], ['signs', () => sb.signs]] as const) {
		sb.server.route('POST', `/__sandbox/${kind}/:id/review`, (request) => {
			const { StatusCode, ReviewReply } = fields(request);
			if (!STATUSES.includes(StatusCode as StatusCode)) return bad('StatusCode must be 0, 1, 2 or -1');
			const row = map().get(Number(request.params.id));
			if (!row) return { status: 404, body: { error: `no ${kind} ${request.params.id}` } };
			row.StatusCode = StatusCode as StatusCode;
			row.ReviewReply = typeof ReviewReply === 'string' ? ReviewReply : '';
			return ok(row);
		});
	}

	// Body { code, message? }: the next API request answers this Tencent error.
	sb.server.route('POST', '/__sandbox/fail-next', (request) => {
		const { code, message } = fields(request);
		if (typeof code !== 'string') return bad('code is required');
		sb.failNext(code, typeof message === 'string' ? message : undefined);
		return ok({ code });
	});
}
