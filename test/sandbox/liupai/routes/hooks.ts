import type { SandboxResponse } from '../../kit/types';
import type { LiupaiFault, LiupaiSandbox } from '../liupaiSandbox';

const ok = (body: unknown): SandboxResponse => ({ status: 200, body });
const bad = (error: string): SandboxResponse => ({ status: 400, body: { error } });

const fields = (body: unknown): Record<string, unknown> =>
	body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};

/**
 * Sandbox-only control routes (not Liupai) for processes that cannot reach the object: no appkey,
 * not recorded, never hit by `failNext`. JSON bodies. `GET /__sandbox/requests` comes from the kit.
 */
export function registerHookRoutes(sb: LiupaiSandbox): void {
	sb.server.route('POST', '/__sandbox/reset', () => {
		sb.reset();
		return ok({ reset: true });
	});

	sb.server.route('GET', '/__sandbox/state', () =>
		ok({
			root: sb.root,
			accounts: [...sb.accounts.values()],
			templates: [...sb.templates.values()],
			logs: sb.logs,
			settings: { listShape: sb.listShape, ignorePage: sb.ignorePage, statusAsString: sb.statusAsString, editMode: sb.editMode, echoAppkey: sb.echoAppkey, appkeyExpired: sb.appkeyExpired },
		}),
	);

	// Body { status: 0 | 1 | 2, failreason? }.
	for (const kind of ['templates', 'accounts'] as const) {
		sb.server.route('POST', `/__sandbox/${kind}/:id/status`, (request) => {
			const body = fields(request.body);
			if (![0, 1, 2].includes(body.status as number)) return bad('status must be 0 (pending), 1 (approved) or 2 (rejected)');
			const row = (kind === 'templates' ? sb.templates : sb.accounts).get(Number(request.params.id));
			if (!row) return { status: 404, body: { error: `no ${kind} ${request.params.id}` } };
			row.status = body.status as number;
			if (typeof body.failreason === 'string') row.failreason = body.failreason;
			return ok(row);
		});
	}

	// Body { totalnum?, usednum? } of the root account.
	sb.server.route('POST', '/__sandbox/balance', (request) => {
		const body = fields(request.body);
		for (const name of ['totalnum', 'usednum'] as const) {
			if (body[name] === undefined) continue;
			if (!Number.isInteger(body[name])) return bad(`${name} must be an integer`);
			sb.root[name] = body[name] as number;
		}
		return ok(sb.root);
	});

	// Body: a LiupaiFault, e.g. { kind: 'status', status: 104 }.
	sb.server.route('POST', '/__sandbox/fail-next', (request) => {
		const fault = fields(request.body) as unknown as LiupaiFault;
		if (typeof fault.kind !== 'string') return bad('give a fault kind: status, http, html, empty, noStatus, noResult, zeroCount, jsonp, redirect, pass or delay');
		sb.failNext(fault);
		return ok(fault);
	});

	// Body: any of { listShape, ignorePage, statusAsString, editMode, echoAppkey, appkeyExpired, clock (ISO time or null) }.
	sb.server.route('POST', '/__sandbox/config', (request) => {
		const body = fields(request.body);
		if (body.listShape === 'object' || body.listShape === 'array') sb.listShape = body.listShape;
		if (body.editMode === 'merge' || body.editMode === 'replace') sb.editMode = body.editMode;
		if (typeof body.statusAsString === 'boolean') sb.statusAsString = body.statusAsString;
		if (typeof body.ignorePage === 'boolean') sb.ignorePage = body.ignorePage;
		if (typeof body.echoAppkey === 'boolean') sb.echoAppkey = body.echoAppkey;
		if (typeof body.appkeyExpired === 'boolean') sb.appkeyExpired = body.appkeyExpired;
		if (typeof body.clock === 'string') sb.setClock(body.clock);
		if (body.clock === null) sb.setClock();
		return ok({ listShape: sb.listShape, ignorePage: sb.ignorePage, statusAsString: sb.statusAsString, editMode: sb.editMode, echoAppkey: sb.echoAppkey, appkeyExpired: sb.appkeyExpired, clock: sb.now().toISOString() });
	});
}
