import credentials from '../../fixtures/aliyun.credentials.json';
import { crypto } from '../../support/node';
import { pushCallback } from '../kit/push';
import { SandboxHost } from '../kit/sandboxHost';
import { SandboxServer } from '../kit/server';
import type { RecordedRequest, SandboxResponse } from '../kit/types';
import { isGatewayError, NONCE_WINDOW_MS, verifyRequest, type GatewayPass, type KeyStore } from './gateway';
import { registerHookRoutes } from './routes/hooks';
import { registerInternationalActions } from './routes/international';
import { registerSendingActions } from './routes/sending';
import { registerSignatureActions } from './routes/signatures';
import { registerTagActions } from './routes/tags';
import { registerTemplateActions } from './routes/templates';
import {
	beijing as beijingTime,
	FIRST_NEW_TEMPLATE,
	seedSignatures,
	seedTemplates,
	type SandboxGlobeMessage,
	type SandboxRecord,
	type SandboxReply,
	type SandboxSignature,
	type SandboxTemplate,
} from './state';

export const aliyunTestCredentials = { accessKeyId: credentials.accessKeyId, accessKeySecret: credentials.accessKeySecret };
export const aliyunWrongSecret: string = credentials.wrongAccessKeySecret;
export const aliyunUnknownKeyId: string = credentials.unknownAccessKeyId;

/** Parameters of one call: query and form body merged, decoded. */
export type Params = Record<string, string>;

/** A business answer: `Code: "OK"` plus fields, or `{ Code, Message }` (HTTP 200 either way). */
export type Answer = Record<string, unknown>;

export type ActionHandler = (params: Params, call: GatewayPass) => Answer;

export const biz = (Code: string, Message: string): Answer => ({ Code, Message });
export const ok = (fields: Answer = {}): Answer => ({ Code: 'OK', Message: 'OK', ...fields });
export const isBizError = (answer: Answer): boolean => answer.Code !== undefined && answer.Code !== 'OK';

/** `Missing<Name>` as the gateway answers a required parameter left out (HTTP 400). */
export class MissingParameter extends Error {
	constructor(readonly parameter: string) {
		super(`${parameter} is mandatory for this action.`);
	}
}

export function required(params: Params, ...names: string[]): void {
	for (const name of names) if ((params[name] ?? '') === '') throw new MissingParameter(name);
}

/** One push to the configured HTTP receipt URL, as the sandbox made it. */
export interface PushAttempt {
	type: 'SmsReport' | 'SmsUp';
	url: string;
	body: unknown[];
	status: number;
	answer: string;
	/** Whether Aliyun would count it as received: HTTP 200 and JSON with a numeric `code`. */
	accepted: boolean;
}

const realClock = (): Date => new Date();

/**
 * The local fake of Aliyun SMS (Dysmsapi 2017-05-25 and the international 2018-05-01) on a kit
 * `SandboxServer`: `POST /` (and `GET /`) with the action in `x-acs-action` (V3) or `Action` (V1),
 * the gateway checks of gateway.ts, then the action's own checks (aliyun.md §8). State lives in public
 * fields; `/__sandbox/*` offers the same over HTTP and pushes SmsReport / SmsUp to a configured URL.
 */
export class AliyunSandbox extends SandboxHost implements KeyStore {
	readonly server: SandboxServer;

	keys = new Map<string, { secret: string; disabled: boolean }>();

	signatures = new Map<string, SandboxSignature>();

	templates = new Map<string, SandboxTemplate>();

	records: SandboxRecord[] = [];

	globeMessages: SandboxGlobeMessage[] = [];

	replies: SandboxReply[] = [];

	/** Billed parts still payable; 0 or less answers isv.OUT_OF_SERVICE. */
	balance = 10_000;

	/** Where SmsReport and SmsUp are pushed (HTTP batch push), if set. */
	pushUrls: { SmsReport?: string; SmsUp?: string } = {};

	pushes: PushAttempt[] = [];

	now: () => Date = realClock;

	nextTemplate = FIRST_NEW_TEMPLATE;

	private nonces = new Map<string, number>();

	private bizSerial = 0;

	private readonly actions = new Map<string, { version: string; handler: ActionHandler }>();

	private failures: Array<{ httpStatus: number; code: string; message: string; action?: string }> = [];

	constructor() {
		super();
		this.server = new SandboxServer('aliyun', {
			notFound: (request) => this.gatewayAnswer(404, 'InvalidAction.NotFound', `Specified api is not found, please check your url and method (${request.method} ${request.path}).`),
			badBody: (request) => this.handle(request),
		});
		this.loadSeed();
		for (const method of ['POST', 'GET']) this.server.route(method, '/', (request) => this.handle(request));
		registerSendingActions(this);
		registerSignatureActions(this);
		registerTemplateActions(this);
		registerTagActions(this);
		registerInternationalActions(this);
		registerHookRoutes(this);
	}

	reset(): void {
		this.loadSeed();
		this.server.clearRequests();
	}

	action(name: string, version: string, handler: ActionHandler): void {
		this.actions.set(name, { version, handler });
	}

	/**
	 * The next API request (of `action`, if given) is answered with this error: HTTP 200 for isv./isp. codes
	 * (business errors), else the status given.
	 */
	failNext(code: string, message = 'sandbox fault', httpStatus = code.startsWith('isv.') || code.startsWith('isp.') ? 200 : 400, action?: string): void {
		this.failures.push({ httpStatus, code, message, action });
	}

	setClock(at?: Date | string | number): void {
		this.now = at === undefined ? realClock : () => new Date(at);
	}

	// ---- KeyStore ----

	secretOf(accessKeyId: string): string | undefined {
		return this.keys.get(accessKeyId)?.secret;
	}

	isDisabled(accessKeyId: string): boolean {
		return this.keys.get(accessKeyId)?.disabled === true;
	}

	useNonce(accessKeyId: string, nonce: string): boolean {
		const at = this.now().getTime();
		const key = `${accessKeyId} ${nonce}`;
		const seen = this.nonces.get(key);
		if (seen !== undefined && at - seen < NONCE_WINDOW_MS) return false;
		this.nonces.set(key, at);
		return true;
	}

	// ---- helpers for the actions ----

	requestId(): string {
		return crypto.randomUUID().toUpperCase();
	}

	/** A BizId like Aliyun's: digits `^` digits, one per request. */
	newBizId(): string {
		this.bizSerial += 1;
		return `${String(900000000000000 + this.bizSerial)}^0`;
	}

	/** Marks every waiting record delivered (numbers ending in 4 fail) and pushes SmsReport if a URL is set. */
	async deliver(): Promise<SandboxRecord[]> {
		const at = this.now().getTime();
		const done = this.records.filter((record) => record.sendStatus === 1);
		for (const record of done) {
			const fails = record.phone.endsWith('4');
			record.sendStatus = fails ? 2 : 3;
			record.errCode = fails ? 'MOBILE_NOT_ON_SERVICE' : 'DELIVERED';
			record.receivedAt = at + 3000;
		}
		for (const message of this.globeMessages) if (message.status === 3) message.status = message.to.endsWith('4') ? 2 : 1;
		if (this.pushUrls.SmsReport && done.length > 0) await this.push('SmsReport', done.map((record) => this.reportOf(record)));
		return done;
	}

	/** A receipt as SmsReport pushes it (aliyun.md §5.2). */
	reportOf(record: SandboxRecord): Record<string, unknown> {
		const { time: sendTime } = beijingTime(record.sentAt);
		return {
			phone_number: record.phone,
			send_time: sendTime,
			report_time: beijingTime(record.receivedAt ?? record.sentAt).time,
			success: record.sendStatus === 3,
			err_code: record.errCode,
			err_msg: record.sendStatus === 3 ? '用户接收成功' : '用户停机',
			sms_size: String(record.segments),
			biz_id: record.bizId,
			out_id: record.outId,
		};
	}

	/** An inbound reply, stored and pushed as SmsUp (aliyun.md §5.3). */
	async reply(phone: string, content: string, destCode = '90999', signName = 'ACME'): Promise<SandboxReply> {
		const reply: SandboxReply = { phone, content, sentAt: this.now().getTime(), destCode, sequenceId: String(1234567890 + this.replies.length), signName };
		this.replies.push(reply);
		if (this.pushUrls.SmsUp) {
			await this.push('SmsUp', [{ phone_number: reply.phone, content: reply.content, send_time: beijingTime(reply.sentAt).time, dest_code: reply.destCode, sequence_id: reply.sequenceId }]);
		}
		return reply;
	}

	/** POSTs a JSON array as Aliyun does (no authentication) and records whether the answer would count. */
	async push(type: PushAttempt['type'], body: unknown[]): Promise<PushAttempt> {
		const url = this.pushUrls[type];
		if (!url) throw new Error(`no push URL for ${type}`);
		const answer = await pushCallback(url, { contentType: 'application/json', body: JSON.stringify(body) }).catch((error: unknown) => ({ status: 0, body: String(error) }));
		let accepted = false;
		try {
			accepted = answer.status === 200 && typeof (JSON.parse(answer.body) as { code?: unknown }).code === 'number';
		} catch {
			accepted = false;
		}
		const attempt: PushAttempt = { type, url, body, status: answer.status, answer: answer.body, accepted };
		this.pushes.push(attempt);
		return attempt;
	}

	// ---- internals ----

	private loadSeed(): void {
		this.keys = new Map([[aliyunTestCredentials.accessKeyId, { secret: aliyunTestCredentials.accessKeySecret, disabled: false }]]);
		this.signatures = new Map(seedSignatures().map((signature) => [signature.name, signature]));
		this.templates = new Map(seedTemplates().map((template) => [template.code, template]));
		this.records = [];
		this.globeMessages = [];
		this.replies = [];
		this.balance = 10_000;
		this.pushUrls = {};
		this.pushes = [];
		this.now = realClock;
		this.nextTemplate = FIRST_NEW_TEMPLATE;
		this.nonces = new Map();
		this.bizSerial = 0;
		this.failures = [];
	}

	private gatewayAnswer(httpStatus: number, code: string, message: string): SandboxResponse {
		return {
			status: httpStatus,
			body: { RequestId: this.requestId(), HostId: 'dysmsapi.aliyuncs.com', Code: code, Message: message, Recommend: `https://api.aliyun.com/troubleshoot?q=${code}` },
		};
	}

	private handle(request: RecordedRequest): SandboxResponse {
		const verified = verifyRequest(request, this);
		if (isGatewayError(verified)) return this.gatewayAnswer(verified.httpStatus, verified.code, verified.message);
		const entry = this.actions.get(verified.action);
		if (!entry) return this.gatewayAnswer(404, 'InvalidAction.NotFound', `Specified api is not found, please check your url and method (${verified.action}).`);
		if (entry.version !== verified.apiVersion) return this.gatewayAnswer(400, 'InvalidVersion', 'Specified parameter Version is not valid.');
		const index = this.failures.findIndex((failure) => failure.action === undefined || failure.action === verified.action);
		const injected = index === -1 ? undefined : this.failures.splice(index, 1)[0];
		if (injected) {
			if (injected.httpStatus === 200) return { status: 200, body: { RequestId: this.requestId(), Code: injected.code, Message: injected.message } };
			return this.gatewayAnswer(injected.httpStatus, injected.code, injected.message);
		}
		try {
			const answer = entry.handler(verified.params, verified);
			return { status: 200, body: { RequestId: this.requestId(), ...answer } };
		} catch (error) {
			if (error instanceof MissingParameter) return this.gatewayAnswer(400, `Missing${error.parameter}`, error.message);
			return { status: 500, body: { sandboxError: String(error) } };
		}
	}
}
