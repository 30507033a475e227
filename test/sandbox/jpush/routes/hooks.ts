import type { SandboxResponse } from '../../kit/types';
import { fieldsOf } from '../checks';
import type { JPushSandbox } from '../jpushSandbox';

const ok = (body: unknown): SandboxResponse => ({ status: 200, body });
const missing = (what: string): SandboxResponse => ({ status: 404, body: { error: `no ${what}` } });

/**
 * Sandbox-only control routes (not JPush) for processes that cannot reach the object: no auth,
 * not recorded, never answered by `failNext`. `GET /__sandbox/requests` comes from the kit.
 */
export function registerHookRoutes(sb: JPushSandbox): void {
	sb.server.route('POST', '/__sandbox/reset', () => {
		sb.reset();
		return ok({ reset: true });
	});

	sb.server.route('GET', '/__sandbox/state', () =>
		ok({
			templates: [...sb.templates.values()],
			signs: [...sb.signs.values()],
			codes: sb.codes,
			messages: sb.messages,
			schedules: [...sb.schedules.values()],
			appBalance: sb.appBalance,
			devBalance: sb.devBalance,
			reports: sb.reports,
			replies: sb.replies,
		}),
	);

	// Body { status: 0 | 1 | 2 }: review outcome of a template or signature.
	sb.server.route('POST', '/__sandbox/templates/:id/status', (request) => {
		const template = sb.templates.get(Number(request.params.id));
		if (!template) return missing(`template ${request.params.id}`);
		template.status = Number(fieldsOf(request.body).status);
		return ok(template);
	});
	sb.server.route('POST', '/__sandbox/signs/:id/status', (request) => {
		const sign = sb.signs.get(Number(request.params.id));
		if (!sign) return missing(`signature ${request.params.id}`);
		sign.status = Number(fieldsOf(request.body).status);
		return ok(sign);
	});

	// Body { phone, content }: an inbound reply for GET /v1/reply.
	sb.server.route('POST', '/__sandbox/replies', (request) => {
		const fields = fieldsOf(request.body);
		const reply = { phone: String(fields.phone ?? ''), replyTime: sb.now(), content: String(fields.content ?? '') };
		sb.replies.push(reply);
		return ok(reply);
	});

	// The code last sent to a number (what the user reads on the phone).
	sb.server.route('GET', '/__sandbox/codes/:mobile', (request) => {
		const code = sb.lastCode(request.params.mobile);
		return code ? ok(code) : missing(`code for ${request.params.mobile}`);
	});

	// Body { code: 50019, status?: 500, asHttp200?: boolean }.
	sb.server.route('POST', '/__sandbox/fail-next', (request) => {
		const fields = fieldsOf(request.body);
		const code = Number(fields.code ?? 50019);
		sb.failNext(code, { status: fields.status === undefined ? undefined : Number(fields.status), asHttp200: fields.asHttp200 === true });
		return ok({ code });
	});
}
