import credentials from '../../fixtures/yunpian.credentials.json';
import { delayUnref } from '../../support/node';
import { SandboxServer } from '../kit/server';
import { SandboxHost } from '../kit/sandboxHost';
import type { RecordedRequest, SandboxResponse } from '../kit/types';
import { yunpianError } from './errors';
import { registerAccountRoutes } from './routes/account';
import { registerHookRoutes } from './routes/hooks';
import { registerOtherRoutes } from './routes/other';
import { registerSmsRoutes } from './routes/sms';
import { registerTemplateRoutes } from './routes/templates';
import {
	BLACK_WORDS,
	FIRST_SID,
	FIRST_TEMPLATE_ID,
	FIRST_VIDEO_TEMPLATE_ID,
	seedAccount,
	seedDefaultTemplates,
	seedReplies,
	seedShortUrls,
	seedSignatures,
	seedTemplates,
	seedVideoTemplates,
	seedVoiceTemplates,
	type SandboxAccount,
	type SandboxMessage,
	type SandboxReply,
	type SandboxShortUrl,
	type SandboxSignature,
	type SandboxTemplate,
	type SandboxVideoTemplate,
} from './state';

/** The API key the sandbox accepts (test/fixtures/yunpian.credentials.json). */
export const yunpianTestApiKey: string = credentials.apiKey;
/** A well-formed key the sandbox refuses with -1. */
export const yunpianWrongApiKey: string = credentials.wrongApiKey;

export type Product = 'sms' | 'voice' | 'vsms' | 'flow';
export type Fields = Record<string, string>;
export type ApiHandler = (fields: Fields, request: RecordedRequest) => SandboxResponse;

/**
 * Which request a `failNext` failure hits: the first to `path` (any when left out) after `skip` others
 * to it, and the `times - 1` requests to it that follow (default: that one only).
 */
export interface FailureTarget {
	path?: string;
	skip?: number;
	times?: number;
}

interface PendingFailure {
	response: SandboxResponse;
	path?: string;
	skip: number;
	times: number;
}

/** Marks a value to be written as a bare JSON number (64-bit sids keep every digit in `rawBody`). */
const BARE = '@@bare-number@@';

const realClock = (): Date => new Date();

/**
 * The local fake of Yunpian v2 (yunpian.md §6). All products on one port: `/v2/{resource}/{fn}.json`,
 * or `/{type}/v2/…` when the credential's Base URL is `http://host:port/{type}` (then the product
 * must be the one the resource lives on). State is in public fields that tests read and change.
 */
export class YunpianSandbox extends SandboxHost {
	readonly server: SandboxServer;

	apiKey = yunpianTestApiKey;

	/** False: every call answers -3 (IP没有权限), as from a server outside the whitelist. */
	ipAllowed = true;

	/** Most numbers per batch request before code 2. */
	maxBatch = 1000;

	/**
	 * Most API calls per apikey in one second of the real clock (the seed: "The max frequency limit for a
	 * simple APIKEY is 3000TPS"); above it Yunpian answers -5 访问频率超限 and does nothing.
	 */
	maxCallsPerSecond = 3000;

	/** Calls refused with -5 for the rate, by path. */
	rateRefused: string[] = [];

	private rateWindow = { second: 0, calls: 0 };

	account: SandboxAccount = seedAccount();

	signatures = new Map<string, SandboxSignature>();

	templates = new Map<number, SandboxTemplate>();

	defaultTemplates: SandboxTemplate[] = [];

	voiceTemplates = new Map<number, SandboxTemplate>();

	videoTemplates = new Map<number, SandboxVideoTemplate>();

	/** Every accepted SMS, in order (what `get_record` and `count` read). */
	messages: SandboxMessage[] = [];

	/** Delivery reports not pulled yet (`sms/pull_status` removes what it returns). */
	smsReports: Record<string, unknown>[] = [];

	/** Replies not pulled yet, and every reply (for `get_reply`). */
	pendingReplies: SandboxReply[] = [];

	replies: SandboxReply[] = [];

	voiceCalls: Array<Record<string, unknown>> = [];

	voiceReports: Array<Record<string, unknown>> = [];

	recharges: Array<Record<string, unknown>> = [];

	flowReports: Array<Record<string, unknown>> = [];

	shortUrls = new Map<string, SandboxShortUrl>();

	registrations: Array<Record<string, string>> = [];

	blackWords = [...BLACK_WORDS];

	now: () => Date = realClock;

	nextTemplateId = FIRST_TEMPLATE_ID;

	nextVideoTemplateId = FIRST_VIDEO_TEMPLATE_ID;

	private nextSid = FIRST_SID;

	private nextShort = 1;

	/**
	 * Milliseconds an API request waits before it is answered (0: at once), or a function of the form
	 * fields: lets tests hold requests so that several are in flight, or answer later ones first.
	 */
	answerDelayMs: number | ((fields: Fields) => number) = 0;

	/** API requests being answered now, and the most at once since the last reset. */
	inFlight = 0;

	maxInFlight = 0;

	private pendingFailure?: PendingFailure;

	constructor() {
		super();
		this.server = new SandboxServer('yunpian', {
			notFound: (request) => this.notFound(request),
			badBody: () => yunpianError(14, '请求体无法解析'),
		});
		this.loadSeed();
		registerAccountRoutes(this);
		registerTemplateRoutes(this);
		registerSmsRoutes(this);
		registerOtherRoutes(this);
		registerHookRoutes(this);
	}

	/** Back to the seed state; forgets recorded requests. */
	reset(): void {
		this.loadSeed();
		this.server.clearRequests();
	}

	/**
	 * The next API request answers this Yunpian error once (HTTP 400 unless `status` says otherwise);
	 * with a target, the first request to `target.path` after `target.skip` others to it does.
	 */
	failNext(code: number, detail = 'sandbox failNext', status = 400, target: FailureTarget = {}): void {
		this.answerNext(yunpianError(code, detail, status), target);
	}

	/** Like `failNext`, with any answer: e.g. an HTTP 200 body Yunpian should not give (no `sid`, no `data`). */
	answerNext(response: SandboxResponse, target: FailureTarget = {}): void {
		this.pendingFailure = { response, path: target.path, skip: target.skip ?? 0, times: target.times ?? 1 };
	}

	/** Requests to one endpoint, e.g. `requests('sms/single_send')`, whatever the product prefix. */
	requests(path?: string): RecordedRequest[] {
		return this.server.received.filter((request) => !path || request.path.endsWith(`/v2/${path}.json`));
	}

	/** Registers an endpoint: `/v2/{path}.json` and `/{product}/v2/{path}.json`, behind the common checks. */
	api(product: Product, path: string, handler: ApiHandler): void {
		for (const prefix of ['', `/${product}`]) {
			const url = `${prefix}/v2/${path}.json`;
			this.server.route('POST', url, async (request) => await this.answer(request, () => this.gate(request) ?? handler(this.fields(request), request)));
			this.server.route('GET', url, (request) => this.takeFailure(request) ?? yunpianError(11, '请使用POST方式调用'));
		}
	}

	/** JSON answer in which values made by `bare()` are written as bare numbers. */
	json(body: unknown, status = 200): SandboxResponse {
		const text = JSON.stringify(body);
		if (!text.includes(BARE)) return { status, body };
		return { status, rawBody: text.replace(new RegExp(`"${BARE}(-?\\d+)"`, 'g'), '$1') };
	}

	bare(digits: string): string {
		return `${BARE}${digits}`;
	}

	newSid(): string {
		const sid = this.nextSid;
		this.nextSid += 1n;
		return sid.toString();
	}

	newShortSid(): string {
		return `s${String(this.nextShort++).padStart(5, '0')}`;
	}

	fields(request: RecordedRequest): Fields {
		const body = request.body;
		if (typeof body !== 'object' || body === null || Array.isArray(body)) return {};
		return body as Fields;
	}

	private loadSeed(): void {
		this.apiKey = yunpianTestApiKey;
		this.ipAllowed = true;
		this.maxBatch = 1000;
		this.maxCallsPerSecond = 3000;
		this.rateRefused = [];
		this.rateWindow = { second: 0, calls: 0 };
		this.account = seedAccount();
		this.signatures = new Map(seedSignatures().map((sign) => [sign.sign, sign]));
		this.templates = new Map(seedTemplates().map((template) => [template.tpl_id, template]));
		this.defaultTemplates = seedDefaultTemplates();
		this.voiceTemplates = new Map(seedVoiceTemplates().map((template) => [template.tpl_id, template]));
		this.videoTemplates = new Map(seedVideoTemplates().map((template) => [template.tpl_id, template]));
		this.messages = [];
		this.smsReports = [];
		this.replies = seedReplies();
		this.pendingReplies = seedReplies();
		this.voiceCalls = [];
		this.voiceReports = [];
		this.recharges = [];
		this.flowReports = [];
		this.shortUrls = new Map(seedShortUrls().map((short) => [short.sid, short]));
		this.registrations = [];
		this.blackWords = [...BLACK_WORDS];
		this.now = realClock;
		this.nextTemplateId = FIRST_TEMPLATE_ID;
		this.nextVideoTemplateId = FIRST_VIDEO_TEMPLATE_ID;
		this.nextSid = FIRST_SID;
		this.nextShort = 1;
		this.pendingFailure = undefined;
		this.answerDelayMs = 0;
		this.maxInFlight = 0;
	}

	/**
	 * A `failNext` failure is taken as the request arrives; the request is counted in flight while it
	 * waits `answerDelayMs`, then answered.
	 */
	private async answer(request: RecordedRequest, respond: () => SandboxResponse): Promise<SandboxResponse> {
		const failure = this.takeFailure(request);
		this.inFlight++;
		this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
		try {
			const wait = typeof this.answerDelayMs === 'function' ? this.answerDelayMs(this.fields(request)) : this.answerDelayMs;
			// Unref'd: an answer held past a client's deadline does not keep the test run alive.
			if (wait > 0) await delayUnref(wait);
			return failure ?? respond();
		} finally {
			this.inFlight--;
		}
	}

	private takeFailure(request: RecordedRequest): SandboxResponse | undefined {
		const failure = this.pendingFailure;
		if (!failure) return undefined;
		if (failure.path !== undefined && !request.path.endsWith(`/v2/${failure.path}.json`)) return undefined;
		if (failure.skip > 0) {
			failure.skip--;
			return undefined;
		}
		if (--failure.times <= 0) this.pendingFailure = undefined;
		return failure.response;
	}

	/** The body type, the apikey and the IP whitelist (yunpian.md §6 step 1–2). */
	private gate(request: RecordedRequest): SandboxResponse | undefined {
		const type = request.contentType.toLowerCase();
		const multipart = request.path.endsWith('/vsms/add_tpl.json');
		if (multipart ? !type.includes('multipart/form-data') : !type.includes('application/x-www-form-urlencoded')) {
			return yunpianError(1, `apikey 为空 (Content-Type 必须是 ${multipart ? 'multipart/form-data' : 'application/x-www-form-urlencoded'})`);
		}
		const apikey = this.fields(request).apikey;
		if (!apikey) return yunpianError(1, 'apikey 为空');
		if (apikey !== this.apiKey) return yunpianError(-1, 'apikey不正确或没有授权');
		if (!this.ipAllowed) return yunpianError(-3, 'IP 不在白名单内');
		const second = Math.floor(Date.now() / 1000);
		if (this.rateWindow.second !== second) this.rateWindow = { second, calls: 0 };
		if (++this.rateWindow.calls > this.maxCallsPerSecond) {
			this.rateRefused.push(request.path);
			return yunpianError(-5, '访问频率超限');
		}
		return undefined;
	}

	private notFound(request: RecordedRequest): SandboxResponse {
		if (request.path.startsWith('/__sandbox/')) return { status: 404, body: { error: `no sandbox hook ${request.method} ${request.path}` } };
		return this.takeFailure(request) ?? { status: 404, rawBody: 'Not Found', headers: { 'content-type': 'text/plain' } };
	}
}
