import credentials from '../../fixtures/jpush.credentials.json';
import { crypto, delayUnref } from '../../support/node';
import { SandboxServer } from '../kit/server';
import { SandboxHost } from '../kit/sandboxHost';
import type { RecordedRequest, RouteHandler, SandboxResponse } from '../kit/types';
import { apiError, fail, type Failure } from './errors';
import { registerAccountRoutes } from './routes/account';
import { registerCodeRoutes } from './routes/codes';
import { registerHookRoutes } from './routes/hooks';
import { registerMessageRoutes } from './routes/messages';
import { registerScheduleRoutes } from './routes/schedules';
import { registerSignRoutes } from './routes/signs';
import { registerTemplateRoutes } from './routes/templates';
import {
	FIRST_CODE,
	FIRST_MSG_ID,
	FIRST_SIGN_ID,
	FIRST_TEMPLATE_ID,
	SEED_APP_BALANCE,
	SEED_DEV_BALANCE,
	SEED_UNSUBSCRIBED,
	seedSigns,
	seedTemplates,
	type AppBalance,
	type DevBalance,
	type PulledReply,
	type PulledReport,
	type SandboxCode,
	type SandboxMessage,
	type SandboxSchedule,
	type SandboxSign,
	type SandboxTemplate,
} from './state';

/** The pairs the sandbox accepts (from test/fixtures/jpush.credentials.json). */
export const jpushTestCredentials: Readonly<{ appKey: string; masterSecret: string; devKey: string; devSecret: string }> = credentials;

export const basicHeader = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

const MAINLAND = /^1[3-9]\d{9}$/;
const E164 = /^\+[1-9]\d{7,14}$/;
/** Marks an id that must be written as a bare JSON number. */
const BARE_NUMBER = '@@bare-number@@';

/** What `failNext` answers, once. */
export interface PendingFailure {
	code: number;
	status?: number;
	/** Answer HTTP 200 with the error envelope instead (an "HTTP 200 error"). */
	asHttp200?: boolean;
}

/**
 * Which requests an `answerNext` answer is for: the first to `path` (exact, or a pattern; any when left
 * out) after `skip` others to it, and the `times - 1` that follow (default once). `delayMs` holds the
 * answer back that long (the route's own answer when no response is given), e.g. past a client's deadline.
 */
export interface AnswerTarget {
	path?: string | RegExp;
	skip?: number;
	times?: number;
	delayMs?: number;
}

interface InjectedAnswer {
	response?: SandboxResponse;
	path?: string | RegExp;
	skip: number;
	times: number;
	delayMs: number;
}

/**
 * The local fake of JPush SMS (jpush.md §6): the 23 paths of §2 (plus the `/v1/sign/` alias) on a
 * kit `SandboxServer`, Basic auth with the app pair (the developer pair on `/v1/accounts/dev`),
 * body, template, signature and recipient checks with JPush's codes. State is in public fields.
 */
export class JPushSandbox extends SandboxHost {
	readonly server: SandboxServer;

	templates = new Map<number, SandboxTemplate>();

	signs = new Map<number, SandboxSign>();

	codes: SandboxCode[] = [];

	messages: SandboxMessage[] = [];

	schedules = new Map<string, SandboxSchedule>();

	appBalance: AppBalance = { ...SEED_APP_BALANCE };

	devBalance: DevBalance = { ...SEED_DEV_BALANCE };

	unsubscribed = new Set<string>(SEED_UNSUBSCRIBED);

	reports: PulledReport[] = [];

	replies: PulledReply[] = [];

	// ---- switches (reset restores them) ----

	/** The sandbox clock; tests move it instead of waiting. */
	now: () => number = () => Date.now();

	/** Message text limit, signature included (jpush.md §1.7: 350, newer pages 500). */
	maxTextLength = 350;

	/** Second `/v1/codes` to one number within this window → 50009. */
	codeIntervalMs = 60_000;

	/** Accept E.164 numbers on text endpoints (international numbers are undocumented). */
	acceptInternational = true;

	/** `/v1/accounts/dev` also accepts the app pair (as the Java SDK uses it). */
	devAcceptsAppPair = false;

	/** `/v1/accounts/app` answers 50033. */
	appQuotaAssigned = true;

	/** Name of the per-recipient list of `/v1/messages/batch` (see jpush.md §7 question 1). */
	batchListName: 'recipients' | 'failure_recipients' = 'recipients';

	/** HTTP status of a failed `valid` check (jpush.md §1.2: 200 or 403 is uncertain). */
	validFailureStatus = 403;

	/** `msg_id` of `/v1/messages` as a bare JSON number, as in the seed's sample. */
	msgIdAsNumber = false;

	/** A callback URL is configured: the pull APIs answer 50008. */
	callbackConfigured = false;

	/**
	 * Accept sends but leave `msg_id` out of the answer (single sends, codes, and the accepted entries
	 * of a batch's `recipients`): an answer a client must not read as a confirmed send.
	 */
	omitMsgIds = false;

	lastPull: Record<string, number | undefined> = {};

	/** Pull calls refused with 50009 (a second call within 5 s), by path and sandbox time. */
	refusedPulls: Array<{ path: string; at: number }> = [];

	private nextMsgId = FIRST_MSG_ID;

	private nextTemplateId = FIRST_TEMPLATE_ID;

	private nextSignId = FIRST_SIGN_ID;

	private nextCode = FIRST_CODE;

	private pending?: PendingFailure;

	private injected: InjectedAnswer[] = [];

	private readonly paths: RegExp[] = [];

	constructor() {
		super();
		this.server = new SandboxServer('jpush', {
			notFound: (request) => this.notFound(request),
			badBody: (request) => this.gate(request) ?? apiError(50007),
		});
		this.reset();
		registerCodeRoutes(this);
		registerMessageRoutes(this);
		registerScheduleRoutes(this);
		registerTemplateRoutes(this);
		registerSignRoutes(this);
		registerAccountRoutes(this);
		registerHookRoutes(this);
	}

	/** Back to the seed state and default switches; forgets recorded requests. */
	reset(): void {
		this.templates = new Map(seedTemplates().map((one) => [one.temp_id, one]));
		this.signs = new Map(seedSigns().map((one) => [one.sign_id, one]));
		this.codes = [];
		this.messages = [];
		this.schedules = new Map();
		this.appBalance = { ...SEED_APP_BALANCE };
		this.devBalance = { ...SEED_DEV_BALANCE };
		this.unsubscribed = new Set(SEED_UNSUBSCRIBED);
		this.reports = [];
		this.replies = [];
		this.now = () => Date.now();
		this.maxTextLength = 350;
		this.codeIntervalMs = 60_000;
		this.acceptInternational = true;
		this.devAcceptsAppPair = false;
		this.appQuotaAssigned = true;
		this.batchListName = 'recipients';
		this.validFailureStatus = 403;
		this.msgIdAsNumber = false;
		this.callbackConfigured = false;
		this.omitMsgIds = false;
		this.lastPull = {};
		this.refusedPulls = [];
		this.nextMsgId = FIRST_MSG_ID;
		this.nextTemplateId = FIRST_TEMPLATE_ID;
		this.nextSignId = FIRST_SIGN_ID;
		this.nextCode = FIRST_CODE;
		this.pending = undefined;
		this.injected = [];
		this.server.clearRequests();
	}

	/** The next API request answers this JPush error, once (after nothing else is checked). */
	failNext(code: number, options: { status?: number; asHttp200?: boolean } = {}): void {
		this.pending = { code, ...options };
	}

	/**
	 * Answers API requests with `response` instead of their route (a gateway page, an HTTP 200 of the
	 * wrong shape, a 503…), before anything is checked; several calls queue several answers. Without a
	 * response, the route answers after `delayMs`.
	 */
	answerNext(response: SandboxResponse | undefined, target: AnswerTarget = {}): void {
		this.injected.push({ response, path: target.path, skip: target.skip ?? 0, times: target.times ?? 1, delayMs: target.delayMs ?? 0 });
	}

	/** The code last sent to a number (what the user would read on the phone). */
	lastCode(mobile: string): SandboxCode | undefined {
		return [...this.codes].reverse().find((one) => one.mobile === mobile);
	}

	// ---- for the route modules ----

	/**
	 * Registers an API route: pending failure, then Basic auth, then (for JSON bodies) the media type
	 * and an empty body, then `handler`. `kind` says what the body must be.
	 */
	apiRoute(method: string, path: string, handler: RouteHandler, kind: 'none' | 'json' | 'multipart' = 'none', pair: 'app' | 'dev' = 'app'): void {
		const pattern = new RegExp(`^${path.replace(/:[A-Za-z_]+/g, '[^/]+')}$`);
		if (!this.paths.some((known) => known.source === pattern.source)) this.paths.push(pattern);
		this.server.route(method, path, async (request) => {
			const injected = this.takeInjected(request);
			if (injected?.delayMs) await delayUnref(injected.delayMs);
			if (injected?.response) return injected.response;
			return this.gate(request, pair) ?? this.bodyGate(request, kind) ?? (await handler(request));
		});
	}

	json(status: number, body: unknown): SandboxResponse {
		const text = JSON.stringify(body);
		if (!text.includes(BARE_NUMBER)) return { status, body };
		return { status, rawBody: text.replace(new RegExp(`"${BARE_NUMBER}(\\d+)"`, 'g'), '$1') };
	}

	/** A msg_id written as a bare JSON number in `json()` answers. */
	bare(id: string): string {
		return `${BARE_NUMBER}${id}`;
	}

	empty(): SandboxResponse {
		return { status: 200, headers: { 'content-type': 'application/json', 'content-length': '0' } };
	}

	newMsgId(): string {
		const id = this.nextMsgId;
		this.nextMsgId += 1n;
		return id.toString();
	}

	newTemplateId(): number {
		return this.nextTemplateId++;
	}

	newSignId(): number {
		return this.nextSignId++;
	}

	newCode(): string {
		return String(this.nextCode++).padStart(6, '0');
	}

	newScheduleId(): string {
		return crypto.randomUUID();
	}

	/** A mobile the sandbox takes: mainland 11 digits, or E.164 where international is allowed. */
	mobileOk(mobile: unknown, international = this.acceptInternational): boolean {
		return typeof mobile === 'string' && (MAINLAND.test(mobile) || (international && E164.test(mobile)));
	}

	/** A sign to send with: `sign_id` given (approved, else 50102), or the default (else 50046). */
	sendSign(signId: unknown): SandboxSign | Failure {
		if (signId === undefined || signId === null) {
			const fallback = [...this.signs.values()].find((one) => one.is_default === 1 && one.status === 1);
			return fallback ?? fail(50046);
		}
		if (!Number.isInteger(signId)) return fail(50007);
		const sign = this.signs.get(signId as number);
		return sign && sign.status === 1 ? sign : fail(50102);
	}

	/** A template to send with: given, an integer, known, approved, of an allowed type. */
	sendTemplate(tempId: unknown, types: number[]): SandboxTemplate | Failure {
		if (tempId === undefined || tempId === null) return fail(50005);
		if (!Number.isInteger(tempId)) return fail(50007);
		const template = this.templates.get(tempId as number);
		if (!template) return fail(50013);
		if (template.status === 0) return fail(50020);
		if (template.status === 2) return fail(50021);
		if (!types.includes(template.type)) return fail(50025);
		return template;
	}

	// ---- internals ----

	private takeInjected(request: RecordedRequest): InjectedAnswer | undefined {
		const matches = (entry: InjectedAnswer) =>
			entry.path === undefined || (typeof entry.path === 'string' ? entry.path === request.path : entry.path.test(request.path));
		const entry = this.injected.find(matches);
		if (!entry) return undefined;
		if (entry.skip > 0) {
			entry.skip--;
			return undefined;
		}
		if (--entry.times <= 0) this.injected.splice(this.injected.indexOf(entry), 1);
		return entry;
	}

	private gate(request: RecordedRequest, pair: 'app' | 'dev' = 'app'): SandboxResponse | undefined {
		const pending = this.pending;
		if (pending) {
			this.pending = undefined;
			return apiError(pending.code, pending.asHttp200 ? 200 : pending.status);
		}
		const given = request.headers.authorization;
		if (!given) return apiError(50001);
		const { appKey, masterSecret, devKey, devSecret } = jpushTestCredentials;
		const accepted = pair === 'dev'
			? [basicHeader(devKey, devSecret), ...(this.devAcceptsAppPair ? [basicHeader(appKey, masterSecret)] : [])]
			: [basicHeader(appKey, masterSecret)];
		return accepted.includes(given) ? undefined : apiError(50002);
	}

	private bodyGate(request: RecordedRequest, kind: 'none' | 'json' | 'multipart'): SandboxResponse | undefined {
		const type = request.contentType.toLowerCase();
		if (kind === 'multipart') return type.startsWith('multipart/form-data') ? undefined : apiError(50017);
		if (kind !== 'json') return undefined;
		if (!type.includes('application/json')) return apiError(50017);
		if (request.rawBody.trim() === '') return apiError(50003);
		if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body)) return apiError(50007);
		return undefined;
	}

	private notFound(request: RecordedRequest): SandboxResponse {
		if (request.path.startsWith('/__sandbox/')) return { status: 404, body: { error: `no sandbox hook ${request.method} ${request.path}` } };
		const known = this.paths.some((pattern) => pattern.test(request.path));
		return apiError(known ? 50018 : 50016);
	}
}
