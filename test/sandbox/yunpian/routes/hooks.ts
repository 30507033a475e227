import type { SandboxResponse } from '../../kit/types';
import type { YunpianSandbox } from '../yunpianSandbox';

const ok = (body: unknown): SandboxResponse => ({ status: 200, body });

/** Sandbox-only control routes (not Yunpian), for processes that cannot reach the object. Not recorded. */
export function registerHookRoutes(sb: YunpianSandbox): void {
	sb.server.route('POST', '/__sandbox/reset', () => {
		sb.reset();
		return ok({ reset: true });
	});

	sb.server.route('GET', '/__sandbox/state', () =>
		ok({
			account: sb.account,
			signatures: [...sb.signatures.values()],
			templates: [...sb.templates.values()],
			voiceTemplates: [...sb.voiceTemplates.values()],
			videoTemplates: [...sb.videoTemplates.values()],
			messages: sb.messages,
			voiceCalls: sb.voiceCalls,
			recharges: sb.recharges,
			ipAllowed: sb.ipAllowed,
		}),
	);

	// Body { code: -50, detail?: string, status?: 400 }.
	sb.server.route('POST', '/__sandbox/fail-next', (request) => {
		const fields = (request.body ?? {}) as Record<string, unknown>;
		const code = Number(fields.code ?? -50);
		sb.failNext(code, typeof fields.detail === 'string' ? fields.detail : undefined, Number(fields.status ?? 400));
		return ok({ code });
	});

	// Body { ipAllowed?: boolean, balance?: number, maxBatch?: number }.
	sb.server.route('POST', '/__sandbox/config', (request) => {
		const fields = (request.body ?? {}) as Record<string, unknown>;
		if (typeof fields.ipAllowed === 'boolean') sb.ipAllowed = fields.ipAllowed;
		if (typeof fields.balance === 'number') sb.account.balance = fields.balance;
		if (typeof fields.maxBatch === 'number') sb.maxBatch = fields.maxBatch;
		return ok({ ipAllowed: sb.ipAllowed, balance: sb.account.balance, maxBatch: sb.maxBatch });
	});
}
