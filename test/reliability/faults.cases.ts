import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { gatewayPage, type NetworkFault } from '../sandbox/kit/faults';
import type { SandboxServer } from '../sandbox/kit/server';
import { JPushSandbox, jpushTestCredentials } from '../sandbox/jpush';
import { LiupaiSandbox, liupaiTestAppkey } from '../sandbox/liupai';
import { UpyunSandbox, upyunTestToken } from '../sandbox/upyun';
import { YunpianSandbox, yunpianTestApiKey } from '../sandbox/yunpian';

/**
 * The fault suite's tables: providers × operation families × faults. Every case is generated from
 * them (test/reliability/faults.test.ts); nothing here is a test by itself.
 */

/** The deadline of the cases that test it (a hang, a trickle): the node's Timeout option, short so they end fast. */
export const TIMEOUT_MS = 1500;

/**
 * The Timeout of every other case. A Timeout bounds every request of the run, not only the faulted one: Liupai's
 * Send reads the template list first, and with 1.5 s that lookup, merely slow on a heavily loaded machine, timed
 * out, the run ended before the send, and "HTTP 429 without Retry-After" failed with its fault unused. These cases
 * check what their fault does, not the deadline, so their requests get the default Timeout; how long they may
 * take is bounded by what the fault adds to a run without it (faults.suite.ts), far below this.
 */
export const ROOMY_TIMEOUT_MS = 30_000;

export type Family = 'send' | 'batch send' | 'get' | 'list' | 'create';

export const FAMILIES: Family[] = ['send', 'batch send', 'get', 'list', 'create'];

/** What the transport does with the request, from the outside: a send and a write are never repeated. */
export type Kind = 'send' | 'write' | 'read';

export interface FaultySandbox {
	readonly server: SandboxServer;
	start(port?: number): Promise<string>;
	stop(): Promise<void>;
	reset(): void;
}

/** The request of an operation that gets the fault; `after` earlier matching requests go through (page 2 of a list). */
export interface FaultTarget {
	method: string;
	path: string | RegExp;
	after?: number;
}

export interface FamilyCase<S extends FaultySandbox = FaultySandbox> {
	family: Family;
	/** The node's operation, as the editor names it. */
	operation: string;
	kind: Kind;
	parameters: IDataObject;
	input?: IDataObject[];
	target: FaultTarget;
	/** Prepares the sandbox after its reset (e.g. enough rows for a second page). */
	seed?: (sandbox: S) => void | Promise<void>;
	/** Output items of a run without fault (checked once, and after a read recovered from a one-off fault). */
	items: number;
}

export interface ProviderCase<S extends FaultySandbox = FaultySandbox> {
	key: string;
	displayName: string;
	nodeType: string;
	credentialType: string;
	create(): S;
	credentials(baseUrl: string): ICredentialDataDecryptedObject;
	/** The provider's own failure, as it answers it with HTTP 200 (the code it names, and the body). */
	errorBody: { code: string; body: unknown };
	families: Array<FamilyCase<S>>;
	/** Families this provider has no operation for, and why (reported, not silently skipped). */
	absent?: Partial<Record<Family, string>>;
}

/** The baseline run's Timeout (each fault case sets its own, see caseTimeout). */
const withTimeout = (parameters: IDataObject): IDataObject => ({
	...parameters,
	options: { ...((parameters.options as IDataObject | undefined) ?? {}), timeout: ROOMY_TIMEOUT_MS },
});

const byId = (id: number | string) => ({ __rl: true, mode: 'id', value: String(id) });

function familyCase<S extends FaultySandbox>(spec: FamilyCase<S>): FamilyCase<S> {
	return { ...spec, parameters: withTimeout(spec.parameters) };
}

const mobiles = (count: number, prefix = '1390000') => Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);

// ---- UPYUN SMS ----

const upyun: ProviderCase<UpyunSandbox> = {
	key: 'upyun',
	displayName: 'UPYUN SMS',
	nodeType: 'n8n-nodes-china-sms.upyunSms',
	credentialType: 'upyunSmsApi',
	create: () => new UpyunSandbox(),
	credentials: (baseUrl) => ({ token: upyunTestToken, baseUrl }),
	errorBody: { code: 'SYSTEM_ERROR', body: { message: '系统错误', error_code: 'SYSTEM_ERROR', request_id: 'fault-suite' } },
	families: [
		familyCase<UpyunSandbox>({
			family: 'send',
			operation: 'Message → Send',
			kind: 'send',
			parameters: { resource: 'message', operation: 'send', mobiles: '13800138000', templateId: byId(1), variables: { values: [{ value: '123456' }, { value: '5' }] } },
			target: { method: 'POST', path: '/api/messages' },
			items: 1,
		}),
		familyCase<UpyunSandbox>({
			family: 'batch send',
			operation: 'Message → Send Bulk',
			kind: 'send',
			parameters: { resource: 'message', operation: 'sendBulk', mobiles: '13800000001\n13800000002\n13800000003', templateId: byId(1), variables: { values: [{ value: '8888' }, { value: '10' }] } },
			target: { method: 'POST', path: '/api/messages/async' },
			items: 3,
		}),
		familyCase<UpyunSandbox>({
			family: 'get',
			operation: 'Account → Get Balance',
			kind: 'read',
			parameters: { resource: 'account', operation: 'getBalance' },
			target: { method: 'GET', path: '/api/users/remain' },
			items: 1,
		}),
		familyCase<UpyunSandbox>({
			family: 'list',
			operation: 'Report → Get Many (Return All, page 2 faulty)',
			kind: 'read',
			parameters: { resource: 'report', operation: 'getMany', returnAll: true },
			target: { method: 'GET', path: '/api/messages', after: 1 },
			seed: (sandbox) => seedUpyunMessages(sandbox, 150),
			items: 150,
		}),
		familyCase<UpyunSandbox>({
			family: 'create',
			operation: 'Template → Create',
			kind: 'write',
			parameters: { resource: 'template', operation: 'create', title: 'order sent', content: 'Your order {$var1} has shipped', tempSign: 'ACME', type: 'industry', reportType: 'vip', signLocation: 'top' },
			target: { method: 'POST', path: '/api/templates' },
			items: 1,
		}),
	],
};

/** Report rows as UPYUN's send would leave them (visible at once, today in Beijing). */
function seedUpyunMessages(sandbox: UpyunSandbox, count: number): void {
	const template = sandbox.templates.get(1)!;
	const now = new Date().toISOString();
	mobiles(count, '1380000').forEach((mobile, index) => {
		sandbox.messages.push({
			id: String(BigInt('1000000000000000000000') + BigInt(index)),
			template_id: template.id,
			report_type: template.report_type,
			type: template.type,
			title: template.title,
			temp_sign: template.temp_sign,
			content: `【${template.temp_sign}】${template.content}`,
			mobile,
			status: 'success',
			quantity: 1,
			created_at: now,
			sent_at: now,
			source: 'send',
			task_id: null,
			visible_from: null,
		} as (typeof sandbox.messages)[number]);
	});
}

// ---- JPush SMS ----

const jpush: ProviderCase<JPushSandbox> = {
	key: 'jpush',
	displayName: 'JPush SMS',
	nodeType: 'n8n-nodes-china-sms.jPushSms',
	credentialType: 'jPushSmsApi',
	create: () => new JPushSandbox(),
	credentials: (baseUrl) => ({ ...jpushTestCredentials, baseUrl }),
	errorBody: { code: '50019', body: { error: { code: 50019, message: 'server error' } } },
	absent: { list: 'JPush SMS has no paged list operation (reports and replies are destructive pulls, templates and signatures are read by ID)' },
	families: [
		familyCase<JPushSandbox>({
			family: 'send',
			operation: 'Message → Send',
			kind: 'send',
			parameters: { resource: 'message', operation: 'send', mobile: '13800138000', templateId: byId(1002), variablesInput: 'fields', variables: { values: [{ name: 'number', value: 'SO-1001' }] }, options: { checkTemplate: false } },
			target: { method: 'POST', path: '/v1/messages' },
			items: 1,
		}),
		familyCase<JPushSandbox>({
			family: 'batch send',
			operation: 'Message → Send Batch',
			kind: 'send',
			parameters: {
				resource: 'message',
				operation: 'sendBatch',
				mobiles: '={{ $json.mobile }}',
				templateId: byId(1002),
				variablesInput: 'fields',
				variables: { values: [{ name: 'number', value: '={{ $json.order }}' }] },
				options: { checkTemplate: false },
			},
			input: [
				{ mobile: '13800000001', order: 'A1' },
				{ mobile: '13800000002', order: 'A2' },
			],
			target: { method: 'POST', path: '/v1/messages/batch' },
			items: 2,
		}),
		familyCase<JPushSandbox>({
			family: 'get',
			operation: 'Template → Get',
			kind: 'read',
			parameters: { resource: 'template', operation: 'get', templateId: byId(1001) },
			target: { method: 'GET', path: '/v1/templates/1001' },
			items: 1,
		}),
		familyCase<JPushSandbox>({
			family: 'create',
			operation: 'Template → Create',
			kind: 'write',
			parameters: { resource: 'template', operation: 'create', text: '您好，您的验证码是{{code}}，2分钟内有效！', type: 1, ttl: 120, remark: '此模板用于用户注册' },
			target: { method: 'POST', path: '/v1/templates' },
			items: 1,
		}),
	],
};

// ---- Yunpian ----

/** Beijing 2026-11-26 10:00:00, the day the record query asks for. */
const YUNPIAN_NOW = new Date('2026-11-26T02:00:00.000Z');

const yunpian: ProviderCase<YunpianSandbox> = {
	key: 'yunpian',
	displayName: 'Yunpian',
	nodeType: 'n8n-nodes-china-sms.yunpian',
	credentialType: 'yunpianApi',
	create: () => new YunpianSandbox(),
	credentials: (baseUrl) => ({ apiKey: yunpianTestApiKey, baseUrl }),
	errorBody: { code: '-51', body: { code: -51, msg: '系统繁忙', detail: '请稍后再试' } },
	families: [
		familyCase<YunpianSandbox>({
			family: 'send',
			operation: 'SMS → Send',
			kind: 'send',
			parameters: { resource: 'sms', operation: 'send', mobile: '13800138000', text: '【ACME】Your code is 1234' },
			target: { method: 'POST', path: '/v2/sms/single_send.json' },
			items: 1,
		}),
		familyCase<YunpianSandbox>({
			family: 'batch send',
			operation: 'SMS → Send Batch',
			kind: 'send',
			parameters: { resource: 'sms', operation: 'sendBatch', mobiles: '13800000001, 13800000002', text: '【ACME】Your parcel has arrived' },
			target: { method: 'POST', path: '/v2/sms/batch_send.json' },
			items: 2,
		}),
		familyCase<YunpianSandbox>({
			family: 'get',
			operation: 'Account → Get',
			kind: 'read',
			parameters: { resource: 'account', operation: 'get' },
			target: { method: 'POST', path: '/v2/user/get.json' },
			items: 1,
		}),
		familyCase<YunpianSandbox>({
			family: 'list',
			operation: 'SMS → Get Records (Return All, page 2 faulty)',
			kind: 'read',
			parameters: { resource: 'sms', operation: 'getRecords', startTime: '2026-11-26 00:00:00', endTime: '2026-11-26T23:59:59+08:00', returnAll: true, filters: {} },
			target: { method: 'POST', path: '/v2/sms/get_record.json', after: 1 },
			seed: (sandbox) => {
				sandbox.now = () => YUNPIAN_NOW;
				seedYunpianRecords(sandbox, 150);
			},
			items: 150,
		}),
		familyCase<YunpianSandbox>({
			family: 'create',
			operation: 'Template → Create',
			kind: 'write',
			parameters: { resource: 'template', operation: 'create', content: '【ACME】Your order #order# has shipped', options: {} },
			target: { method: 'POST', path: '/v2/tpl/add.json' },
			items: 1,
		}),
	],
};

/** Sent messages as Yunpian's batch send leaves them, one per number. */
function seedYunpianRecords(sandbox: YunpianSandbox, count: number): void {
	const at = sandbox.now();
	mobiles(count).forEach((mobile) => {
		sandbox.messages.push({
			sid: sandbox.newSid(),
			mobile,
			text: '【ACME】Your parcel has arrived',
			send_time: '2026-11-26 10:00:00',
			fee: 1,
			uid: null,
			send_status: 'SUCCESS',
			report_status: 'SUCCESS',
			user_receive_time: '2026-11-26 10:00:05',
			error_msg: 'DELIVRD',
			source: 'sms/batch_send',
			extra: {},
			at: at.getTime(),
		});
	});
}

// ---- Liupai ----

const liupai: ProviderCase<LiupaiSandbox> = {
	key: 'liupai',
	displayName: 'Liupai',
	nodeType: 'n8n-nodes-china-sms.liupai',
	credentialType: 'liupaiApi',
	create: () => new LiupaiSandbox(),
	credentials: (baseUrl) => ({ appSecret: liupaiTestAppkey, baseUrl }),
	errorBody: { code: '206', body: { status: 206, msg: '余额不足', result: [] } },
	families: [
		familyCase<LiupaiSandbox>({
			family: 'send',
			operation: 'Message → Send',
			kind: 'send',
			parameters: { resource: 'message', operation: 'send', mobiles: '13800138001', contentMode: 'template', accountId: byId(12), templateId: byId(1001), variables: { values: [{ value: '123456' }] }, options: { delay: 0 } },
			target: { method: 'POST', path: '/sms/send' },
			items: 1,
		}),
		familyCase<LiupaiSandbox>({
			family: 'batch send',
			operation: 'Message → Send (two numbers: one request each, Liupai has no batch endpoint)',
			kind: 'send',
			parameters: { resource: 'message', operation: 'send', mobiles: '13800138001, 13800138002', contentMode: 'template', accountId: byId(12), templateId: byId(1001), variables: { values: [{ value: '123456' }] }, options: { delay: 0 } },
			target: { method: 'POST', path: '/sms/send' },
			items: 2,
		}),
		familyCase<LiupaiSandbox>({
			family: 'get',
			operation: 'Account → Get Balance',
			kind: 'read',
			parameters: { resource: 'account', operation: 'getBalance' },
			target: { method: 'POST', path: '/sms/balance' },
			items: 1,
		}),
		familyCase<LiupaiSandbox>({
			family: 'list',
			operation: 'Template → Get Many (Return All, page 2 faulty)',
			kind: 'read',
			parameters: { resource: 'template', operation: 'getMany', accountId: byId(12), returnAll: true },
			target: { method: 'POST', path: '/sms/templatelist', after: 1 },
			seed: (sandbox) => {
				const model = sandbox.templates.get(1001)!;
				for (let i = 0; i < 30; i++) sandbox.templates.set(3000 + i, { ...model, templateid: 3000 + i });
			},
			items: 34,
		}),
		familyCase<LiupaiSandbox>({
			family: 'create',
			operation: 'Template → Create',
			kind: 'write',
			parameters: { resource: 'template', operation: 'create', accountId: byId(12), title: 'order_shipped', content: '【Demo】您的订单@已发货', isMarketing: false },
			target: { method: 'POST', path: '/sms/addtemplate' },
			items: 1,
		}),
	],
};

export const PROVIDERS: ProviderCase[] = [upyun, jpush, yunpian, liupai] as unknown as ProviderCase[];

// ---- faults ----

/** What a case's outcome must be. */
export type Expectation =
	/** The request never completes: a timeout error after the deadline. */
	| { outcome: 'timeout' }
	/** A read is tried again and succeeds; a send or write fails with `error`. */
	| { outcome: 'retried'; waitMs: number; error: RegExp }
	/** Every kind fails with `error`, the request made once. */
	| { outcome: 'error'; error: RegExp };

export interface FaultCase {
	name: string;
	/** The fault, built for the provider (its own error body, its own answer to cut). */
	fault: (provider: ProviderCase) => NetworkFault;
	expect: Expectation;
	/** Retry-After the fault carries, in seconds: the error of a send says it; a read waits that long. */
	retryAfter?: number;
	/** What the error's headline or description must say about the answer (e.g. an HTML page by its title). */
	mentions?: string;
	/**
	 * Time the fault itself takes beyond a run without it, besides a read's retry pause: 20 MB to send and read
	 * (about 1–2 s here, several on a loaded 2-core machine). Default 0: the fault answers at once.
	 */
	takesMs?: number;
}

/** The Timeout a case gives the node: short where the deadline is what the case tests, the default otherwise. */
export const caseTimeout = (fault: FaultCase): number => (fault.expect.outcome === 'timeout' ? TIMEOUT_MS : ROOMY_TIMEOUT_MS);

/** What a fault adds to the run's wall time at most (before the suite's margin): the deadline, a retry's pause, its own time. */
export function faultAddsMs(fault: FaultCase, kind: Kind): number {
	if (fault.expect.outcome === 'timeout') return TIMEOUT_MS;
	const pause = fault.expect.outcome === 'retried' && kind === 'read' ? fault.expect.waitMs : 0;
	return pause + (fault.takesMs ?? 0);
}

const HTML_TITLE = '502 Bad Gateway';
const TWENTY_MB = 20 * 1024 * 1024;
/** Sending and reading 20 MB through the sandbox and the engine, on a loaded 2-core machine. */
const TWENTY_MB_MS = 10_000;

export const FAULTS: FaultCase[] = [
	{ name: 'hang (no answer at all)', fault: () => ({ kind: 'hang' }), expect: { outcome: 'timeout' } },
	{ name: 'trickle (one byte every 500 ms)', fault: () => ({ kind: 'trickle', everyMs: 500 }), expect: { outcome: 'timeout' } },
	{ name: 'connection reset', fault: () => ({ kind: 'reset' }), expect: { outcome: 'retried', waitMs: 500, error: /connection was closed before an answer came/ } },
	{ name: 'close without answer', fault: () => ({ kind: 'close' }), expect: { outcome: 'retried', waitMs: 500, error: /connection was closed before an answer came/ } },
	{ name: 'HTTP 500', fault: () => ({ kind: 'status', status: 500, text: 'Internal Server Error' }), expect: { outcome: 'error', error: /HTTP_500/ } },
	{ name: 'HTTP 502', fault: () => ({ kind: 'status', status: 502, text: 'Bad Gateway' }), expect: { outcome: 'retried', waitMs: 500, error: /HTTP_502/ } },
	{ name: 'HTTP 503 with Retry-After: 0', fault: () => ({ kind: 'status', status: 503, text: 'Service Unavailable', headers: { 'retry-after': '0' } }), expect: { outcome: 'retried', waitMs: 0, error: /HTTP_503/ }, retryAfter: 0 },
	{ name: 'HTTP 504', fault: () => ({ kind: 'status', status: 504, text: 'Gateway Timeout' }), expect: { outcome: 'retried', waitMs: 500, error: /HTTP_504/ } },
	{ name: 'HTTP 429 with Retry-After: 1', fault: () => ({ kind: 'status', status: 429, text: 'Too Many Requests', headers: { 'retry-after': '1' } }), expect: { outcome: 'retried', waitMs: 1000, error: /HTTP_429/ }, retryAfter: 1 },
	{ name: 'HTTP 429 without Retry-After', fault: () => ({ kind: 'status', status: 429, text: 'Too Many Requests' }), expect: { outcome: 'retried', waitMs: 500, error: /HTTP_429/ } },
	{ name: 'HTML page with HTTP 200', fault: () => ({ kind: 'status', status: 200, html: gatewayPage(200, 'Welcome to nginx!') }), expect: { outcome: 'error', error: /answered HTTP 200 with an HTML page titled "Welcome to nginx!"/ } },
	{ name: 'HTML page with HTTP 502', fault: () => ({ kind: 'status', status: 502, html: gatewayPage(502, HTML_TITLE) }), expect: { outcome: 'retried', waitMs: 500, error: /HTTP_502/ }, mentions: `an HTML page titled "${HTML_TITLE}"` },
	{ name: 'empty HTTP 200', fault: () => ({ kind: 'status', status: 200 }), expect: { outcome: 'error', error: /answered HTTP 200 with an empty body/ } },
	{ name: 'truncated JSON', fault: () => ({ kind: 'truncated' }), expect: { outcome: 'error', error: /answered HTTP 200 with incomplete JSON/ } },
	{ name: "HTTP 200 with the provider's own error body", fault: (provider) => ({ kind: 'status', status: 200, json: provider.errorBody.body }), expect: { outcome: 'error', error: /error / } },
	{ name: 'a 20 MB error body', fault: () => ({ kind: 'huge', bytes: TWENTY_MB, status: 500, json: true }), expect: { outcome: 'error', error: /HTTP_500/ }, takesMs: TWENTY_MB_MS },
	{ name: 'a 20 MB page with HTTP 200', fault: () => ({ kind: 'huge', bytes: TWENTY_MB, status: 200 }), expect: { outcome: 'error', error: /answered HTTP 200 with text that is not JSON/ }, takesMs: TWENTY_MB_MS },
];
