import type { SandboxResponse } from '../../kit/types';
import { bodyFields } from '../fields';
import { TEMPLATE_STATUSES, type SandboxBalance, type SandboxTemplate } from '../types';
import type { UpyunSandbox } from '../upyunSandbox';

const BUCKETS: ReadonlyArray<keyof SandboxBalance> = ['industry', 'marketing', 'intl', 'idn', 'jpn', 'sgp'];

const ok = (body: unknown): SandboxResponse => ({ status: 200, body });
const bad = (error: string): SandboxResponse => ({ status: 400, body: { error } });

/**
 * Sandbox-only control routes (not UPYUN), for tests that drive the sandbox over HTTP. No token,
 * not recorded, and never answered by `failNext`. `GET /__sandbox/requests` comes from the kit.
 */
export function registerHookRoutes(sb: UpyunSandbox): void {
	sb.server.route('POST', '/__sandbox/reset', () => {
		sb.reset();
		return ok({ reset: true });
	});

	sb.server.route('GET', '/__sandbox/state', () =>
		ok({
			templates: [...sb.templates.values()],
			balance: sb.balance,
			messages: sb.messages,
			detections: sb.detections,
			sendResponseShape: sb.sendResponseShape,
			idsAsNumbers: sb.idsAsNumbers,
		}),
	);

	sb.server.route('POST', '/__sandbox/advance', () => ok({ advanced: sb.advance() }));

	sb.server.route('POST', '/__sandbox/release', () => ok({ released: sb.releaseScheduled() }));

	// Body { status: 'review' | 'success' | 'defeat' }.
	sb.server.route('POST', '/__sandbox/templates/:id/status', (request) => {
		const status = bodyFields(request)?.status;
		if (typeof status !== 'string' || !TEMPLATE_STATUSES.includes(status)) return bad(`status must be one of ${TEMPLATE_STATUSES.join(', ')}`);
		const template = sb.setTemplateStatus(Number(request.params.id), status as SandboxTemplate['status']);
		return template ? ok(template) : { status: 404, body: { error: `no template ${request.params.id}` } };
	});

	// Body: any of the six buckets, e.g. { industry: 0 }.
	sb.server.route('POST', '/__sandbox/balance', (request) => {
		const fields = bodyFields(request) ?? {};
		for (const bucket of BUCKETS) {
			if (fields[bucket] === undefined) continue;
			const value = Number(fields[bucket]);
			if (!Number.isInteger(value)) return bad(`${bucket} must be an integer`);
			sb.balance[bucket] = value;
		}
		return ok(sb.balance);
	});

	// Body { status?: 500, error_code?: 'SYSTEM_ERROR', message?: string }.
	sb.server.route('POST', '/__sandbox/fail-next', (request) => {
		const fields = bodyFields(request) ?? {};
		const status = Number(fields.status ?? 500);
		const code = typeof fields.error_code === 'string' ? fields.error_code : 'SYSTEM_ERROR';
		sb.failNext(status, code, typeof fields.message === 'string' ? fields.message : undefined);
		return ok({ status, error_code: code });
	});

	// Body: any of { sendResponseShape, idsAsNumbers, mobileLimit, asyncMobileLimit, maxPerPage, maxContentLength }.
	sb.server.route('POST', '/__sandbox/config', (request) => {
		const fields = bodyFields(request) ?? {};
		if (fields.sendResponseShape === 'current' || fields.sendResponseShape === 'legacy') sb.sendResponseShape = fields.sendResponseShape;
		if (typeof fields.idsAsNumbers === 'boolean') sb.idsAsNumbers = fields.idsAsNumbers;
		if (typeof fields.mobileLimit === 'number') sb.mobileLimit = fields.mobileLimit;
		if (typeof fields.asyncMobileLimit === 'number') sb.asyncMobileLimit = fields.asyncMobileLimit;
		if (typeof fields.maxPerPage === 'number') sb.maxPerPage = fields.maxPerPage;
		if (typeof fields.maxContentLength === 'number') sb.maxContentLength = fields.maxContentLength;
		return ok({
			sendResponseShape: sb.sendResponseShape,
			idsAsNumbers: sb.idsAsNumbers,
			mobileLimit: sb.mobileLimit,
			asyncMobileLimit: sb.asyncMobileLimit,
			maxPerPage: sb.maxPerPage,
			maxContentLength: sb.maxContentLength,
		});
	});
}
