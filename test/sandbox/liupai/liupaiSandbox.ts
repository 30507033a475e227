import credentials from '../../fixtures/liupai.credentials.json';
import { delayUnref } from '../../support/node';
import { SandboxServer } from '../kit/server';
import { SandboxHost } from '../kit/sandboxHost';
import type { RecordedRequest, SandboxResponse } from '../kit/types';
import { failure, FAILURES, httpAnswer, isFailure, success, type Envelope, type Failure } from './envelope';
import { registerAccountRoutes } from './routes/accounts';
import { registerHookRoutes } from './routes/hooks';
import { registerMessageRoutes } from './routes/messages';
import { registerTemplateRoutes } from './routes/templates';
import {
	DEFAULT_PAGE_SIZE,
	FIRST_ACCOUNT_ID,
	FIRST_MSGID,
	FIRST_TEMPLATE_ID,
	MAX_PAGE_SIZE,
	SEED_ROOT,
	seedAccounts,
	seedTemplates,
	type SandboxAccount,
	type SandboxLogRow,
	type SandboxRoot,
	type SandboxTemplate,
} from './state';

/** The appkey the sandbox accepts (test/fixtures/liupai.credentials.json). */
export const liupaiTestAppkey: string = credentials.appkey;
/** A well-formed appkey the sandbox refuses. */
export const liupaiWrongAppkey: string = credentials.wrongAppkey;

/** Parameters of one call: query and form body merged (the body wins), as a PHP-style server reads them. */
export type Params = Record<string, string>;

export type ApiHandler = (params: Params, request: RecordedRequest) => Envelope | Failure;

/** One-shot faults for `failNext`, to exercise the node's failure detection (liupai.md §5.1). */
export type LiupaiFault =
	/** HTTP 200 with a failure envelope (default status 500, msg 系统繁忙, result ""). */
	| { kind: 'status'; status?: number | string; msg?: string; result?: unknown }
	/** An HTTP error with an HTML page (default 500). */
	| { kind: 'http'; httpStatus?: number }
	/** HTTP 200 with an HTML page (a gateway or WAF). */
	| { kind: 'html' }
	/** HTTP 200 with no body. */
	| { kind: 'empty' }
	/** HTTP 200 JSON without `status`. */
	| { kind: 'noStatus' }
	/** HTTP 200 `{status:200,msg:'ok'}` without `result`. */
	| { kind: 'noResult' }
	/** HTTP 200 success whose `count` is "0" (nothing sent). */
	| { kind: 'zeroCount' }
	/** The real answer, wrapped as JSONP `cb(...)`. */
	| { kind: 'jsonp' }
	/** 302 to `to` + the same path and query (appkey included), e.g. a dead port: a network error whose URL holds the key. */
	| { kind: 'redirect'; to: string }
	/** The real answer, as usual: lets a queued fault hit a later request (e.g. page 2 of a list). */
	| { kind: 'pass' }
	/** The real answer after `ms` milliseconds, e.g. past a client's deadline. */
	| { kind: 'delay'; ms: number };

const API_PATHS = ['send', 'balance', 'addaccount', 'accountlist', 'editaccount', 'addtemplate', 'templatelist', 'sendlogs'].map((name) => `/sms/${name}`);

/** Marks an id that must be written as a bare JSON number. */
const BARE_NUMBER = '@@liupai-bare-number@@';

const realClock = (): Date => new Date();

/**
 * The local fake of Liupai SMS (liupai.md §5) on a kit `SandboxServer`. Serves the eight `/sms/*`
 * paths by GET (query) and POST (form body plus query), checks the appkey, the required parameters,
 * template approval, content against the template and the seed's anti-abuse limits, and answers in
 * the `{ status, msg, result }` envelope. Its state is in public fields; `/__sandbox/*` offers the
 * same over HTTP.
 */
export class LiupaiSandbox extends SandboxHost {
	readonly server: SandboxServer;

	readonly appkey: string;

	root: SandboxRoot = { ...SEED_ROOT };

	accounts = new Map<number, SandboxAccount>();

	templates = new Map<number, SandboxTemplate>();

	logs: SandboxLogRow[] = [];

	/** `object`: `result: { total, page, pagesize, list }`; `array`: `result: [...]` (the shape is unknown). */
	listShape: 'object' | 'array' = 'object';

	/** Answer page 1 whatever `page` asks for (a server that ignores paging). */
	ignorePage = false;

	/** Write `status` as the string "200"/"101" instead of a number. */
	statusAsString = false;

	/** `merge`: editaccount leaves absent fields; `replace`: it clears them (the real behaviour is unknown). */
	editMode: 'merge' | 'replace' = 'merge';

	/** Put the appkey it was given into the 101 message, to prove the node redacts what Liupai echoes. */
	echoAppkey = false;

	/** Answer 102 (expired) to the right appkey. */
	appkeyExpired = false;

	now: () => Date = realClock;

	nextAccountId = FIRST_ACCOUNT_ID;

	nextTemplateId = FIRST_TEMPLATE_ID;

	private nextMsgid = FIRST_MSGID;

	private faults: LiupaiFault[] = [];

	constructor(appkey: string = liupaiTestAppkey) {
		super();
		this.appkey = appkey;
		this.server = new SandboxServer('liupai', {
			notFound: (request) => this.notFound(request),
			badBody: (request) => this.dispatchApi(request),
		});
		this.loadSeed();
		registerMessageRoutes(this);
		registerAccountRoutes(this);
		registerTemplateRoutes(this);
		registerHookRoutes(this);
	}

	/** Back to the seed state and default settings; forgets recorded requests and pending faults. */
	reset(): void {
		this.loadSeed();
		this.server.clearRequests();
	}

	/** The next API request (any `/sms/*` path) gets this fault; several calls queue several faults. */
	failNext(fault: LiupaiFault): void {
		this.faults.push(fault);
	}

	/** Sets the sandbox clock to a fixed instant (for the anti-abuse windows); `undefined` = real time. */
	setClock(at?: Date | string | number): void {
		this.now = at === undefined ? realClock : () => new Date(at);
	}

	/** Moves a fixed clock forward. */
	advanceClock(ms: number): void {
		this.setClock(this.now().getTime() + ms);
	}

	/** Registers one `/sms/<name>` endpoint for GET and POST: fault, appkey check, then `handler`. */
	apiRoute(name: string, handler: ApiHandler): void {
		this.handlers.set(`/sms/${name}`, handler);
		for (const method of ['GET', 'POST']) {
			this.server.route(method, `/sms/${name}`, async (request) => {
				const next = this.faults[0];
				if (next?.kind === 'delay') {
					this.faults.shift();
					await delayUnref(next.ms);
				}
				return this.dispatchApi(request);
			});
		}
	}

	/** A JSON answer with the status written as configured; ids marked by `bareNumber` become bare numbers. */
	answer(envelope: Envelope, httpStatus = 200): SandboxResponse {
		const body = this.statusAsString ? { ...envelope, status: String(envelope.status) } : envelope;
		const text = JSON.stringify(body);
		if (!text.includes(BARE_NUMBER)) return { status: httpStatus, body };
		return { status: httpStatus, rawBody: text.replace(new RegExp(`"${BARE_NUMBER}(\\d+)"`, 'g'), '$1') };
	}

	bareNumber(digits: string): string {
		return `${BARE_NUMBER}${digits}`;
	}

	newMsgid(): string {
		const id = this.nextMsgid;
		this.nextMsgid += 1n;
		return id.toString();
	}

	/** `page`/`pageSize` (defaults 1/20; pageSize clamped to 100), or a 202 failure. */
	paging(params: Params, fixedSize?: number): { page: number; pageSize: number } | Failure {
		const asked = positive(params.page, 1);
		if (asked === undefined) return failure('MALFORMED', 'page');
		const page = this.ignorePage ? 1 : asked;
		if (fixedSize !== undefined) return { page, pageSize: fixedSize };
		const pageSize = positive(params.pageSize, DEFAULT_PAGE_SIZE);
		if (pageSize === undefined) return failure('MALFORMED', 'pageSize');
		return { page, pageSize: Math.min(pageSize, MAX_PAGE_SIZE) };
	}

	/** One page of rows in the configured list shape. */
	listResult(rows: unknown[], page: number, pageSize: number): unknown {
		const slice = rows.slice((page - 1) * pageSize, page * pageSize);
		return this.listShape === 'array' ? slice : { total: rows.length, page, pagesize: pageSize, list: slice };
	}

	/** An existing sub-account from `accountid`, or 201/202/203. */
	account(params: Params): SandboxAccount | Failure {
		const id = integerParam(params, 'accountid');
		if (isFailure(id)) return id;
		return this.accounts.get(id) ?? failure('UNKNOWN', '子账号');
	}

	// ---- internals ----

	private readonly handlers = new Map<string, ApiHandler>();

	private loadSeed(): void {
		this.root = { ...SEED_ROOT };
		this.accounts = new Map(seedAccounts().map((account) => [account.accountid, account]));
		this.templates = new Map(seedTemplates().map((template) => [template.templateid, template]));
		this.logs = [];
		this.listShape = 'object';
		this.ignorePage = false;
		this.statusAsString = false;
		this.editMode = 'merge';
		this.echoAppkey = false;
		this.appkeyExpired = false;
		this.now = realClock;
		this.nextAccountId = FIRST_ACCOUNT_ID;
		this.nextTemplateId = FIRST_TEMPLATE_ID;
		this.nextMsgid = FIRST_MSGID;
		this.faults = [];
	}

	private dispatchApi(request: RecordedRequest): SandboxResponse {
		const handler = this.handlers.get(request.path);
		if (!handler || !['GET', 'POST'].includes(request.method)) return this.notFound(request);
		const params = paramsOf(request);
		const fault = this.faults.shift();
		if (fault) {
			const injected = this.applyFault(fault, request, params, handler);
			if (injected) return injected;
		}
		return this.answer(this.run(handler, params, request));
	}

	private run(handler: ApiHandler, params: Params, request: RecordedRequest): Envelope {
		const given = params.appkey;
		if (!given || given !== this.appkey) {
			const refused = failure('APPKEY').failure;
			// With echoAppkey, the key comes back raw and as the request line had it (RFC 3986, as n8n writes it).
			const echoed = `${refused.msg}: ${given ?? ''} (${request.method} ${request.path}?appkey=${rfc3986(given ?? '')})`;
			return this.echoAppkey ? { ...refused, msg: echoed } : refused;
		}
		if (this.appkeyExpired) return failure('EXPIRED').failure;
		const outcome = handler(params, request);
		return isFailure(outcome) ? outcome.failure : outcome;
	}

	private applyFault(fault: LiupaiFault, request: RecordedRequest, params: Params, handler: ApiHandler): SandboxResponse | undefined {
		const html = '<html><body><h1>502 Bad Gateway</h1></body></html>';
		switch (fault.kind) {
			case 'status':
				return this.answer({ status: fault.status ?? 500, msg: fault.msg ?? '系统繁忙', result: 'result' in fault ? fault.result : '' });
			case 'http':
				return { status: fault.httpStatus ?? 500, rawBody: html, headers: { 'content-type': 'text/html' } };
			case 'html':
				return { status: 200, rawBody: html, headers: { 'content-type': 'text/html' } };
			case 'empty':
				return { status: 200, rawBody: '' };
			case 'noStatus':
				return { status: 200, body: { msg: 'ok', result: { count: '1' } } };
			case 'noResult':
				return this.answer({ status: 200, msg: 'ok' });
			case 'zeroCount':
				return this.answer(success({ count: '0', msgid: '', accountid: 12 }));
			case 'jsonp': {
				const real = this.answer(this.run(handler, params, request));
				return { status: 200, rawBody: `cb(${real.rawBody ?? JSON.stringify(real.body)});`, headers: { 'content-type': 'application/javascript' } };
			}
			case 'redirect': {
				const query = new URLSearchParams(request.query).toString();
				return { status: 302, headers: { location: `${fault.to}${request.path}?${query}` } };
			}
			case 'pass':
			case 'delay':
				return undefined;
		}
		return undefined;
	}

	private notFound(request: RecordedRequest): SandboxResponse {
		if (request.path.startsWith('/__sandbox/')) return { status: 404, body: { error: `no sandbox hook ${request.method} ${request.path}` } };
		if (API_PATHS.includes(request.path)) return httpAnswer(405, { status: 405, msg: `不支持的请求方式 ${request.method}`, result: '' });
		return httpAnswer(404, { status: 404, msg: '接口不存在', result: '' });
	}
}

/** Query and form fields merged; a JSON or other body is ignored (Liupai documents none). */
export function paramsOf(request: RecordedRequest): Params {
	const params: Params = { ...request.query };
	const isForm = request.contentType.toLowerCase().includes('application/x-www-form-urlencoded');
	if (isForm && request.body && typeof request.body === 'object') Object.assign(params, request.body as Params);
	return params;
}

const rfc3986 = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

function positive(value: string | undefined, fallback: number): number | undefined {
	if (value === undefined || value === '') return fallback;
	return /^\d+$/.test(value) && Number(value) >= 1 ? Number(value) : undefined;
}

/** A required integer parameter, or 201 (empty) / 202 (not an integer). */
export function integerParam(params: Params, name: string): number | Failure {
	const value = params[name];
	if (value === undefined || value.trim() === '') return failure('MISSING', name);
	if (!/^\d+$/.test(value.trim())) return failure('MALFORMED', name);
	return Number(value);
}

/** The first required parameter that is empty, as a 201 failure. */
export function requireParams(params: Params, names: string[]): Failure | undefined {
	const missing = names.find((name) => (params[name] ?? '').trim() === '');
	return missing ? failure('MISSING', missing) : undefined;
}

export { FAILURES };
