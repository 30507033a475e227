import credentials from '../../fixtures/tencent.credentials.json';
import { SandboxServer } from '../kit/server';
import { SandboxHost } from '../kit/sandboxHost';
import type { RecordedRequest, SandboxResponse } from '../kit/types';
import { registerMessageActions } from './actions/messages';
import { registerNumberActions } from './actions/numbers';
import { registerSignActions } from './actions/signs';
import { registerStatisticsActions } from './actions/statistics';
import { registerStatusActions } from './actions/status';
import { registerTemplateActions } from './actions/templates';
import { pushJson, type PushAttempt } from './callbacks';
import { envelope, fail, isFailure, type TencentFailure } from './errors';
import { registerHookRoutes } from './hooks';
import { checkParams, SCHEMAS, type Params } from './params';
import {
	BLACKLISTED_NUMBER,
	DAILY_LIMIT,
	FAILING_SUFFIX,
	SAME_CONTENT_SECONDS,
	FIRST_SIGN_ID,
	FIRST_TEMPLATE_ID,
	MAIN_ACCOUNT,
	OTHER_ACCOUNT,
	parseNumber,
	seedAccounts,
	seedApps,
	seedPackages,
	seedSigns,
	seedTemplates,
	type SandboxAccount,
	type SandboxApp,
	type SandboxMessage,
	type SandboxPackage,
	type SandboxReply,
	type SandboxSign,
	type SandboxTemplate,
} from './state';
import { verifyTc3, type SandboxKey } from './verify';

export const tencentTestCredentials = {
	secretId: credentials.secretId,
	secretKey: credentials.secretKey,
	smsSdkAppId: credentials.smsSdkAppId,
};
export const tencentWrongSecretKey = credentials.wrongSecretKey;
export const tencentOtherAccount = { secretId: credentials.otherSecretId, secretKey: credentials.otherSecretKey, smsSdkAppId: credentials.otherSmsSdkAppId };

/** What an action handler is given: the checked parameters and the key's account. */
export interface ActionContext {
	params: Params;
	key: SandboxKey;
	account: SandboxAccount;
	/** Unix seconds, from the sandbox clock. */
	now: number;
}

export type ActionResult = Record<string, unknown> | TencentFailure;
export type ActionHandler = (context: ActionContext) => ActionResult | Promise<ActionResult>;

const REGIONS = ['ap-guangzhou', 'ap-beijing', 'ap-nanjing'];

/**
 * The local fake of Tencent Cloud SMS API 3.0, version 2021-01-11 (shared/api/tencent.md §8): every action is
 * `POST /` with X-TC-Action, verified with TC3-HMAC-SHA256 as Tencent does, parameters checked per action,
 * answered HTTP 200 with `{"Response":{…,"RequestId"}}`. State lives in public fields tests read and change;
 * `/__sandbox/*` offers the same over HTTP.
 */
export class TencentSandbox extends SandboxHost {
	readonly server: SandboxServer;

	keys = new Map<string, SandboxKey>();
	accounts = new Map<string, SandboxAccount>();
	apps = new Map<string, SandboxApp>();
	signs = new Map<number, SandboxSign>();
	templates = new Map<number, SandboxTemplate>();
	packages: SandboxPackage[] = [];
	messages: SandboxMessage[] = [];
	replies: SandboxReply[] = [];
	/** Receipts and replies waiting to be pulled (queue mode: each once). */
	statusQueue: SandboxMessage[] = [];
	replyQueue: SandboxReply[] = [];
	blacklist = new Set<string>();
	/** Status and reply callback URLs (the console's 事件回调配置 and 回复回调). */
	statusCallbackUrl?: string;
	replyCallbackUrl?: string;
	/** Every callback push the sandbox made, with the answers it got. */
	pushes: PushAttempt[] = [];
	/** Pause between push retries, ms (Tencent retries 2 more times; intervals undocumented). */
	pushRetryMs = 50;
	/** Per-number caps; tests may lower them. */
	dailyLimit = DAILY_LIMIT;
	sameContentSeconds = SAME_CONTENT_SECONDS;
	/** Variable value length cap (enterprise: none). */
	maxValueLength = Infinity;
	allowPortlessHost = true;
	/** The clock, in ms. Tests pin it (vector C's 1700000000 s, stale timestamps). */
	now: () => number = Date.now;
	nextSignId = FIRST_SIGN_ID;
	nextTemplateId = FIRST_TEMPLATE_ID;

	private readonly actions = new Map<string, ActionHandler>();
	private nextSerial = 0n;
	private pendingFailure?: TencentFailure;
	private pendingHttp?: SandboxResponse;

	constructor() {
		super();
		this.server = new SandboxServer('tencent', {
			notFound: (request) => this.notFound(request),
			badBody: (request) => this.badBody(request),
		});
		this.server.route('POST', '/', async (request) => await this.handle(request));
		for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) this.server.route(method, '/', () => envelope(fail('UnsupportedProtocol')));
		this.loadSeed();
		registerMessageActions(this);
		registerStatusActions(this);
		registerStatisticsActions(this);
		registerSignActions(this);
		registerTemplateActions(this);
		registerNumberActions(this);
		registerHookRoutes(this);
	}

	/** Back to the seed; forgets recorded requests. */
	reset(): void {
		this.loadSeed();
		this.server.clearRequests();
	}

	action(name: string, handler: ActionHandler): void {
		this.actions.set(name, handler);
	}

	/** The next API request answers this Tencent error, once (after its signature is verified). */
	failNext(code: string, message?: string): void {
		this.pendingFailure = fail(code, message);
	}

	/** The next API request gets this HTTP answer instead (a gateway), once. */
	failNextHttp(response: SandboxResponse): void {
		this.pendingHttp = response;
	}

	nowSeconds(): number {
		return Math.floor(this.now() / 1000);
	}

	newSerialNo(): string {
		this.nextSerial += 1n;
		return `5000:${(1045710669157053657849499600n + this.nextSerial).toString()}`;
	}

	/** The app of a request: unknown → SdkAppIdNotExist, another account's → SmsSdkAppIdVerifyFail, disabled, arrears. */
	appFor(id: unknown, account: SandboxAccount): SandboxApp | TencentFailure {
		const app = typeof id === 'string' ? this.apps.get(id) : undefined;
		if (!app) return fail('InvalidParameterValue.SdkAppIdNotExist', `SmsSdkAppId ${String(id)} does not exist`);
		if (app.account !== account.id) return fail('UnauthorizedOperation.SmsSdkAppIdVerifyFail', 'SmsSdkAppId does not belong to this account');
		if (!app.enabled) return fail('UnauthorizedOperation.SdkAppIdIsDisabled');
		if (account.arrears) return fail('UnauthorizedOperation.ServiceSuspendDueToArrears');
		return app;
	}

	/** Delivers every message without a receipt: FAIL (UNDELIV) for numbers ending in 4, else SUCCESS (DELIVRD). Returns them. */
	async deliver(filter: (message: SandboxMessage) => boolean = () => true): Promise<SandboxMessage[]> {
		const time = this.nowSeconds();
		const delivered = this.messages.filter((message) => message.RequestCode === 'Ok' && !message.report && filter(message));
		for (const message of delivered) {
			const failed = message.PhoneNumber.endsWith(FAILING_SUFFIX);
			message.report = failed
				? { status: 'FAIL', errmsg: 'UNDELIV', description: '用户短信接收失败', time }
				: { status: 'SUCCESS', errmsg: 'DELIVRD', description: '用户短信送达成功', time };
			this.statusQueue.push(message);
		}
		if (this.statusCallbackUrl && delivered.length > 0) {
			for (let start = 0; start < delivered.length; start += 100) {
				await pushJson(this, this.statusCallbackUrl, delivered.slice(start, start + 100).map((message) => this.statusPush(message)));
			}
		}
		return delivered;
	}

	/** A reply from a user, to the reply queue and the reply callback. */
	async reply(phoneNumber: string, text: string, options: { sign?: string; extend?: string; appId?: string } = {}): Promise<SandboxReply> {
		const parsed = parseNumber(phoneNumber);
		if (!parsed) throw new Error(`not a number: ${phoneNumber}`);
		const reply: SandboxReply = {
			PhoneNumber: parsed.PhoneNumber,
			CountryCode: parsed.CountryCode,
			SubscriberNumber: parsed.SubscriberNumber,
			SignName: options.sign ?? '腾讯云',
			ReplyContent: text,
			ExtendCode: options.extend ?? '',
			ReplyTime: this.nowSeconds(),
			SmsSdkAppId: options.appId ?? tencentTestCredentials.smsSdkAppId,
		};
		this.replies.push(reply);
		this.replyQueue.push(reply);
		if (this.replyCallbackUrl) {
			await pushJson(this, this.replyCallbackUrl, {
				extend: reply.ExtendCode,
				mobile: reply.SubscriberNumber,
				nationcode: reply.CountryCode,
				sign: reply.SignName,
				text: reply.ReplyContent,
				time: reply.ReplyTime,
			});
		}
		return reply;
	}

	/** One element of a status push (§5.1): exactly Tencent's keys; `ext` only when the app echoes SessionContext. */
	statusPush(message: SandboxMessage): Record<string, string> {
		const report = message.report!;
		const time = new Date((report.time + 8 * 3600) * 1000).toISOString().slice(0, 19).replace('T', ' ');
		const push: Record<string, string> = {
			user_receive_time: time,
			nationcode: message.CountryCode,
			mobile: message.SubscriberNumber,
			report_status: report.status,
			errmsg: report.errmsg,
			description: report.description,
			sid: message.SerialNo,
		};
		if (this.apps.get(message.SmsSdkAppId)?.echoSessionContext) push.ext = message.SessionContext;
		return push;
	}

	private loadSeed(): void {
		this.keys = new Map(
			[
				{ secretId: credentials.secretId, secretKey: credentials.secretKey, account: MAIN_ACCOUNT },
				{ secretId: credentials.otherSecretId, secretKey: credentials.otherSecretKey, account: OTHER_ACCOUNT },
			].map((key) => [key.secretId, key]),
		);
		this.accounts = new Map(seedAccounts().map((account) => [account.id, account]));
		this.apps = new Map(seedApps().map((app) => [app.SmsSdkAppId, app]));
		this.signs = new Map(seedSigns().map((sign) => [sign.SignId, sign]));
		this.templates = new Map(seedTemplates().map((template) => [template.TemplateId, template]));
		this.packages = seedPackages();
		this.messages = [];
		this.replies = [];
		this.statusQueue = [];
		this.replyQueue = [];
		this.blacklist = new Set([BLACKLISTED_NUMBER]);
		this.statusCallbackUrl = undefined;
		this.replyCallbackUrl = undefined;
		this.pushes = [];
		this.pushRetryMs = 50;
		this.dailyLimit = DAILY_LIMIT;
		this.sameContentSeconds = SAME_CONTENT_SECONDS;
		this.maxValueLength = Infinity;
		this.allowPortlessHost = true;
		this.now = Date.now;
		this.nextSignId = FIRST_SIGN_ID;
		this.nextTemplateId = FIRST_TEMPLATE_ID;
		this.nextSerial = 0n;
		this.pendingFailure = undefined;
		this.pendingHttp = undefined;
	}

	private header(request: RecordedRequest, name: string): string | undefined {
		const value = request.headers[name];
		return Array.isArray(value) ? value[0] : value;
	}

	/** Signature, common headers, the pending failure, then the action's parameters and handler (§8.2–8.4). */
	private async handle(request: RecordedRequest): Promise<SandboxResponse> {
		const http = this.pendingHttp;
		this.pendingHttp = undefined;
		if (http) return http;
		const key = verifyTc3(request, { keys: this.keys, now: this.now(), window: 300, allowPortlessHost: this.allowPortlessHost });
		if (isFailure(key)) return envelope(key);
		const action = this.header(request, 'x-tc-action');
		if (!action) return envelope(fail('MissingParameter', 'The request is missing a required parameter `Action`.'));
		const handler = this.actions.get(action);
		if (!handler) return envelope(fail('InvalidAction', `The action \`${action}\` is not supported.`));
		if (this.header(request, 'x-tc-version') !== '2021-01-11') return envelope(fail('NoSuchVersion', `The version \`${String(this.header(request, 'x-tc-version'))}\` does not exist.`));
		const region = this.header(request, 'x-tc-region');
		if (!region) return envelope(fail('MissingParameter', 'The request is missing a required parameter `Region`.'));
		if (!REGIONS.includes(region)) return envelope(fail('UnsupportedRegion', `The region \`${region}\` is not supported.`));
		const pending = this.pendingFailure;
		this.pendingFailure = undefined;
		if (pending) return envelope(pending);
		if (!/^application\/json\b/i.test(request.contentType)) return envelope(fail('InvalidParameter', 'A TC3 POST must be application/json.'));
		const params = checkParams(request.body, SCHEMAS[action]);
		if (isFailure(params)) return envelope(params);
		const account = this.accounts.get(key.account)!;
		return envelope(await handler({ params, key, account, now: this.nowSeconds() }));
	}

	private notFound(request: RecordedRequest): SandboxResponse {
		if (request.path.startsWith('/__sandbox/')) return { status: 404, body: { error: `no sandbox hook ${request.method} ${request.path}` } };
		// The path is always "/"; the real gateway's answer to another path is not documented (§8.1, a sandbox choice).
		return envelope(fail('InvalidAction', `The path ${request.path} is not an API path; requests go to /.`));
	}

	private badBody(request: RecordedRequest): SandboxResponse {
		if (request.path.startsWith('/__sandbox/')) return { status: 400, body: { error: 'bad body' } };
		const key = verifyTc3(request, { keys: this.keys, now: this.now(), window: 300, allowPortlessHost: this.allowPortlessHost });
		return envelope(isFailure(key) ? key : fail('FailedOperation.JsonParseFail'));
	}
}
