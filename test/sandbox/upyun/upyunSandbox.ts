import credentials from '../../fixtures/credentials.json';
import { SandboxServer } from '../kit/server';
import { SandboxHost } from '../kit/sandboxHost';
import type { RecordedRequest, RouteHandler, SandboxResponse } from '../kit/types';
import { apiError, fail, type Failure } from './errors';
import { registerAccountRoutes } from './routes/account';
import { registerHookRoutes } from './routes/hooks';
import { registerMessageRoutes } from './routes/messages';
import { registerReportRoutes } from './routes/reports';
import { registerTemplateRoutes } from './routes/templates';
import {
	beijingDay,
	DailyIndustryCounts,
	FIRST_DETECTION_ID,
	FIRST_LEGACY_MESSAGE_ID,
	FIRST_MESSAGE_ID,
	FIRST_TASK_ID,
	FIRST_TEMPLATE_ID,
	INDUSTRY_DAILY_LIMIT,
	SEED_BALANCE,
	seedTemplates,
	segmentsOf,
	withSignature,
} from './state';
import {
	SELF_OWNER,
	type SandboxBalance,
	type SandboxDetection,
	type SandboxMessage,
	type SandboxTemplate,
} from './types';

/** The token the sandbox accepts by default (from test/fixtures/credentials.json). */
export const upyunTestToken: string = credentials.upyun.token;

export interface UpyunSandboxOptions {
	/** The exact `Authorization` value accepted. Default: `upyunTestToken`. */
	token?: string;
	/** Most mobiles in one `POST /api/messages` before 409 MOBILE_LIMIT. Default 100. */
	mobileLimit?: number;
	/** Most recipients in one `POST /api/messages/async` before 409 MOBILE_LIMIT. Default 1000. */
	asyncMobileLimit?: number;
	/** Largest `per_page` the report endpoints accept (larger: 409 ILLEGAL_PARAMER). Default 100. */
	maxPerPage?: number;
	/** Template rule len(temp_sign) + len(content) + 2 ≤ this. Default 350. */
	maxContentLength?: number;
}

/** Marks an id that must be written as a bare JSON number (see `UpyunSandbox.json`). */
const BIG_NUMBER_MARK = '@@sandbox-bare-number@@';

/** Default delivery outcome on `advance()`: mobiles ending in 0 fail. */
const defaultFailWhen = (message: SandboxMessage): boolean => message.mobile.endsWith('0');

const realClock = (): Date => new Date();

/**
 * The local fake of UPYUN SMS (upyun.md §6). Serves the 11 API paths on a kit `SandboxServer`,
 * keeps its state in these public fields (tests read and change them directly), and offers the
 * same hooks over HTTP under `/__sandbox/*` for processes that cannot reach this object.
 */
export class UpyunSandbox extends SandboxHost {
	readonly server: SandboxServer;

	readonly token: string;

	mobileLimit: number;

	asyncMobileLimit: number;

	maxPerPage: number;

	maxContentLength: number;

	templates = new Map<number, SandboxTemplate>();

	balance: SandboxBalance = { ...SEED_BALANCE };

	messages: SandboxMessage[] = [];

	detections: SandboxDetection[] = [];

	/** `current`: `{ code: 0, message_ids: [{ report_code, msg_id | error_code, mobile }] }`; `legacy`: seed §5.5 shape. */
	sendResponseShape: 'current' | 'legacy' = 'current';

	/** When true, message ids (report `id`, send `msg_id`) are written as bare JSON numbers. */
	idsAsNumbers = false;

	/** The sandbox's clock (tests may pin it, e.g. to cross Beijing midnight). */
	now: () => Date = realClock;

	/** Which rows `advance()` fails. */
	failWhen: (message: SandboxMessage) => boolean = defaultFailWhen;

	/** Id the next created template gets. */
	nextTemplateId = FIRST_TEMPLATE_ID;

	private nextMessageId = FIRST_MESSAGE_ID;

	private nextLegacyId = FIRST_LEGACY_MESSAGE_ID;

	private nextTaskId = FIRST_TASK_ID;

	private nextDetectionId = FIRST_DETECTION_ID;

	private pendingFailure?: SandboxResponse;

	private readonly dailyCounts = new DailyIndustryCounts();

	private readonly apiPatterns: Array<{ method: string; pattern: RegExp }> = [];

	constructor(private readonly options: UpyunSandboxOptions = {}) {
		super();
		this.token = options.token ?? upyunTestToken;
		this.mobileLimit = options.mobileLimit ?? 100;
		this.asyncMobileLimit = options.asyncMobileLimit ?? 1000;
		this.maxPerPage = options.maxPerPage ?? 100;
		this.maxContentLength = options.maxContentLength ?? 350;
		this.server = new SandboxServer('upyun', {
			notFound: (request) => this.notFound(request),
			badBody: (request, reason) => this.badBody(request, reason),
		});
		this.loadSeed();
		registerAccountRoutes(this);
		registerTemplateRoutes(this);
		registerMessageRoutes(this);
		registerReportRoutes(this);
		registerHookRoutes(this);
	}

	/** Back to the seed state and the constructor's settings; forgets recorded requests. */
	reset(): void {
		this.mobileLimit = this.options.mobileLimit ?? 100;
		this.asyncMobileLimit = this.options.asyncMobileLimit ?? 1000;
		this.maxPerPage = this.options.maxPerPage ?? 100;
		this.maxContentLength = this.options.maxContentLength ?? 350;
		this.loadSeed();
		this.server.clearRequests();
	}

	/** The next API request (any path except `/__sandbox/*`) answers this error, once. */
	failNext(status: number, errorCode: string, message?: string): void {
		const base = apiError(errorCode, undefined, status);
		this.pendingFailure = message === undefined ? base : { status, body: { error_code: errorCode, message } };
	}

	/**
	 * Delivers every visible `processing` row: `failed` when `failWhen` says so (default: mobile
	 * ends in 0), else `success`; sets `sent_at`. Returns how many rows changed.
	 */
	advance(): number {
		const at = this.now();
		let changed = 0;
		for (const row of this.messages) {
			if (row.status !== 'processing' || !this.isVisible(row, at)) continue;
			row.status = this.failWhen(row) ? 'failed' : 'success';
			row.sent_at = at.toISOString();
			changed++;
		}
		return changed;
	}

	/** Makes rows of scheduled sends visible now, whatever their send time. Returns how many. */
	releaseScheduled(): number {
		let released = 0;
		for (const row of this.messages) {
			if (row.visible_from === null) continue;
			row.visible_from = null;
			released++;
		}
		return released;
	}

	/** Convenience for tests: change a template's review status. */
	setTemplateStatus(id: number, status: SandboxTemplate['status']): SandboxTemplate | undefined {
		const template = this.templates.get(id);
		if (template) template.status = status;
		return template;
	}

	// ---- helpers for the route modules ----

	/** Registers an API route: the pending failure, then the token check, then `handler`. */
	apiRoute(method: string, path: string, handler: RouteHandler): void {
		const source = path.replace(/:[A-Za-z_]+/g, '[^/]+');
		this.apiPatterns.push({ method, pattern: new RegExp(`^${source}$`) });
		this.server.route(method, path, (request) => this.gate(request) ?? handler(request));
	}

	/** JSON answer; ids marked by `bareNumber` are written as bare numbers (so `rawBody` keeps every digit). */
	json(status: number, body: unknown): SandboxResponse {
		const text = JSON.stringify(body);
		if (!text.includes(BIG_NUMBER_MARK)) return { status, body };
		return { status, rawBody: text.replace(new RegExp(`"${BIG_NUMBER_MARK}(\\d+)"`, 'g'), '$1') };
	}

	/** A message id as the current settings emit it. */
	emitId(id: string): string {
		return this.idsAsNumbers ? `${BIG_NUMBER_MARK}${id}` : id;
	}

	ownerView(): Record<string, unknown> {
		return { ...SELF_OWNER, ...this.balance };
	}

	templateView(template: SandboxTemplate): Record<string, unknown> {
		return {
			id: template.id,
			title: template.title,
			temp_sign: template.temp_sign,
			content: template.content,
			sign_location: template.sign_location,
			type: template.type,
			report_type: template.report_type,
			status: template.status,
			updated_at: template.updated_at,
			owner: this.ownerView(),
		};
	}

	messageView(row: SandboxMessage): Record<string, unknown> {
		return {
			id: this.emitId(row.id),
			template_id: row.template_id,
			report_type: row.report_type,
			type: row.type,
			title: row.title,
			temp_sign: row.temp_sign,
			content: row.content,
			mobile: row.mobile,
			status: row.status,
			quantity: row.quantity,
			created_at: row.created_at,
			sent_at: row.sent_at,
			owner: this.ownerView(),
		};
	}

	isVisible(row: SandboxMessage, at: Date = this.now()): boolean {
		return row.visible_from === null || Date.parse(row.visible_from) <= at.getTime();
	}

	/** Id checks shared by DELETE and PATCH (and the first steps of sending). */
	ownTemplate(rawId: string): SandboxTemplate | Failure {
		if (!/^\d+$/.test(rawId)) return fail('ILLEGAL_TEMPLATE_ID', `"${rawId}" is not a template id`);
		const template = this.templates.get(Number(rawId));
		if (!template) return fail('TEMPLATE_NOT_FOUND', `no template ${rawId}`);
		if (template.ownerId !== SELF_OWNER.id) return fail('REQUIRE_TEMPLATE_OWNER', `template ${rawId} belongs to another account`);
		return template;
	}

	/** A template that may be sent with: own, and approved. */
	sendableTemplate(rawId: string): SandboxTemplate | Failure {
		const template = this.ownTemplate(rawId);
		if ('failure' in template) return template;
		if (template.status === 'review') return fail('TEMPLATE_AUDITING', `template ${rawId} is under review`);
		if (template.status === 'defeat') return fail('TEMPLATE_FAILED', `template ${rawId} was rejected`);
		if (template.status !== 'success') return fail('TEMPLATE_NOT_AUDITED', `template ${rawId} is ${String(template.status)}`);
		return template;
	}

	/** Messages this industry mobile has been sent today (Beijing day), for the 10-a-day cap. */
	sentToday(mobile: string): number {
		return this.dailyCounts.count(this.messages, beijingDay(this.now()), mobile);
	}

	/** Billed segments of one message with this body and signature. */
	segmentsFor(template: SandboxTemplate, body: string, sign: string = template.temp_sign): number {
		return segmentsOf(withSignature(body, sign, template.sign_location));
	}

	/**
	 * Records one accepted message and charges the template's bucket. Returns undefined when an
	 * industry mobile already had its 10 messages today (the row is then not made and not billed).
	 */
	accept(
		template: SandboxTemplate,
		mobile: string,
		body: string,
		extra: { sign?: string; source: SandboxMessage['source']; taskId?: string; visibleFrom?: number },
	): SandboxMessage | undefined {
		if (template.type === 'industry' && this.sentToday(mobile) >= INDUSTRY_DAILY_LIMIT) return undefined;
		const sign = extra.sign ?? template.temp_sign;
		const content = withSignature(body, sign, template.sign_location);
		const now = this.now();
		const row: SandboxMessage = {
			id: this.newMessageId(),
			template_id: template.id,
			report_type: template.report_type,
			type: template.type,
			title: template.title,
			temp_sign: sign,
			content,
			mobile,
			status: 'processing',
			quantity: segmentsOf(content),
			created_at: now.toISOString(),
			sent_at: null,
			source: extra.source,
			task_id: extra.taskId ?? null,
			visible_from:
				extra.visibleFrom !== undefined && extra.visibleFrom > now.getTime() ? new Date(extra.visibleFrom).toISOString() : null,
		};
		this.messages.push(row);
		this.balance[template.type] -= row.quantity;
		return row;
	}

	newTaskId(): string {
		return String(this.nextTaskId++);
	}

	newDetectionId(): number {
		return this.nextDetectionId++;
	}

	// ---- internals ----

	private newMessageId(): string {
		if (this.sendResponseShape === 'legacy') return String(this.nextLegacyId++);
		const id = this.nextMessageId;
		this.nextMessageId += 1n;
		return id.toString();
	}

	private loadSeed(): void {
		this.templates = new Map(seedTemplates().map((template) => [template.id, template]));
		this.balance = { ...SEED_BALANCE };
		this.messages = [];
		this.detections = [];
		this.sendResponseShape = 'current';
		this.idsAsNumbers = false;
		this.now = realClock;
		this.failWhen = defaultFailWhen;
		this.nextTemplateId = FIRST_TEMPLATE_ID;
		this.nextMessageId = FIRST_MESSAGE_ID;
		this.nextLegacyId = FIRST_LEGACY_MESSAGE_ID;
		this.nextTaskId = FIRST_TASK_ID;
		this.nextDetectionId = FIRST_DETECTION_ID;
		this.pendingFailure = undefined;
	}

	private takeFailure(): SandboxResponse | undefined {
		const failure = this.pendingFailure;
		this.pendingFailure = undefined;
		return failure;
	}

	private gate(request: RecordedRequest): SandboxResponse | undefined {
		const failure = this.takeFailure();
		if (failure) return failure;
		const given = request.headers.authorization;
		if (given !== this.token) {
			const why = given === undefined || given === '' ? 'no Authorization header' : 'Authorization does not match the token';
			return apiError('INVALID_CREDENTIALS', why);
		}
		return undefined;
	}

	private isApiPath(request: RecordedRequest): boolean {
		return this.apiPatterns.some((route) => route.method === request.method && route.pattern.test(request.path));
	}

	private notFound(request: RecordedRequest): SandboxResponse {
		if (request.path.startsWith('/__sandbox/')) {
			return { status: 404, body: { error: `no sandbox hook ${request.method} ${request.path}` } };
		}
		return this.takeFailure() ?? apiError('NOT_FOUND', `${request.method} ${request.path}`);
	}

	private badBody(request: RecordedRequest, reason: string): SandboxResponse {
		if (request.path.startsWith('/__sandbox/')) return { status: 400, body: { error: reason } };
		if (!this.isApiPath(request)) return this.notFound(request);
		const code = request.path === '/api/messages/file' ? 'INVALID_FILE' : 'MISSING_PARAMETER';
		return this.gate(request) ?? apiError(code, reason);
	}
}
