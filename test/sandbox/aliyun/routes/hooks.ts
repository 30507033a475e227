import type { SandboxResponse } from '../../kit/types';
import type { AliyunSandbox } from '../aliyunSandbox';

const ok = (body: unknown): SandboxResponse => ({ status: 200, body });
const bad = (error: string): SandboxResponse => ({ status: 400, body: { error } });
const fields = (body: unknown): Record<string, unknown> => (body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {});

/**
 * Sandbox-only control routes (not Aliyun; no signature, not recorded): reset, state, review results,
 * deliveries and replies (pushed to the configured URLs as Aliyun's HTTP batch push), clock and faults.
 */
export function registerHookRoutes(sb: AliyunSandbox): void {
	sb.server.route('POST', '/__sandbox/reset', () => {
		sb.reset();
		return ok({ reset: true });
	});
	sb.server.route('GET', '/__sandbox/state', () =>
		ok({ signatures: [...sb.signatures.values()], templates: [...sb.templates.values()], records: sb.records, globeMessages: sb.globeMessages, replies: sb.replies, balance: sb.balance, pushUrls: sb.pushUrls, pushes: sb.pushes }),
	);
	// Body { SmsReport?: url, SmsUp?: url }: where the HTTP batch push goes (the console's 回执配置).
	sb.server.route('POST', '/__sandbox/push-urls', (request) => {
		const body = fields(request.body);
		for (const type of ['SmsReport', 'SmsUp'] as const) if (typeof body[type] === 'string') sb.pushUrls[type] = body[type] as string;
		return ok(sb.pushUrls);
	});
	sb.server.route('POST', '/__sandbox/deliver', async () => ok({ delivered: (await sb.deliver()).length, pushes: sb.pushes.slice(-1) }));
	// Body { phone, content, destCode?, signName? }.
	sb.server.route('POST', '/__sandbox/reply', async (request) => {
		const body = fields(request.body);
		if (typeof body.phone !== 'string' || typeof body.content !== 'string') return bad('give phone and content');
		return ok(await sb.reply(body.phone, body.content, typeof body.destCode === 'string' ? body.destCode : undefined));
	});
	// Body { status: 0 | 1 | 2, reason? }.
	for (const kind of ['templates', 'signatures'] as const) {
		sb.server.route('POST', `/__sandbox/${kind}/:id/status`, (request) => {
			const body = fields(request.body);
			if (![0, 1, 2].includes(body.status as number)) return bad('status must be 0 (reviewing), 1 (approved) or 2 (rejected)');
			const row = kind === 'templates' ? sb.templates.get(request.params.id) : sb.signatures.get(request.params.id);
			if (!row) return { status: 404, body: { error: `no ${kind} ${request.params.id}` } };
			row.status = body.status as 0 | 1 | 2;
			if (typeof body.reason === 'string') row.rejectInfo = body.reason;
			return ok(row);
		});
	}
	// Body { code, message?, httpStatus?, action? }.
	sb.server.route('POST', '/__sandbox/fail-next', (request) => {
		const body = fields(request.body);
		if (typeof body.code !== 'string') return bad('give a code, e.g. isp.SYSTEM_ERROR');
		sb.failNext(body.code, typeof body.message === 'string' ? body.message : undefined, typeof body.httpStatus === 'number' ? body.httpStatus : undefined, typeof body.action === 'string' ? body.action : undefined);
		return ok(body);
	});
	// Body { clock: ISO time | null, balance? }.
	sb.server.route('POST', '/__sandbox/config', (request) => {
		const body = fields(request.body);
		if (typeof body.clock === 'string') sb.setClock(body.clock);
		if (body.clock === null) sb.setClock();
		if (typeof body.balance === 'number') sb.balance = body.balance;
		return ok({ clock: sb.now().toISOString(), balance: sb.balance });
	});
}
