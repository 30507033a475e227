/**
 * The other side of the bad-input suite: inputs that are merely unusual but valid are normalised and sent,
 * and the sandbox receives exactly the normalised number; a list field splits on exactly the separators its
 * description names (MOBILE_LIST_HINT) and refuses others; 1 001 recipients where a request takes 1 000 are
 * split, each number sent once; provider separators inside variable values are encoded, not lost.
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeProperties } from 'n8n-workflow';

import { MOBILE_LIST_HINT } from '../../nodes/shared/validation/mobile';
import { nodeTypes, runWorkflow, type RunResult } from '../harness/runWorkflow';
import { JPushSandbox, jpushTestCredentials } from '../sandbox/jpush';
import type { RecordedRequest } from '../sandbox/kit/types';
import { LiupaiSandbox, liupaiTestAppkey } from '../sandbox/liupai';
import { UpyunSandbox, upyunTestToken } from '../sandbox/upyun';
import { YunpianSandbox, yunpianTestApiKey } from '../sandbox/yunpian';
import { byId, expectInputError, namedValues, valueList, type SandboxLike } from './badInputs.kit';
import './regexEngine';

interface Target {
	name: string;
	nodeType: string;
	credentialType: string;
	sandbox: SandboxLike;
	credentials: (baseUrl: string) => ICredentialDataDecryptedObject;
	/** A send of the node with a list field (`mobiles`). */
	list: IDataObject;
	/** A send of the node with a one-number field (`mobile`), where it has one. */
	single?: IDataObject;
	/** The numbers a send request carried, in order. */
	numbers: (request: RecordedRequest) => string[];
	isSend: (request: RecordedRequest) => boolean;
	/** Most numbers one request of the list send carries (its Batch Size maximum), where a request takes many. */
	perRequest?: number;
	afterReset?: () => void;
}

const form = (request: RecordedRequest) => request.body as Record<string, string>;
const yunpian = new YunpianSandbox();
const upyunSandbox = new UpyunSandbox();
const jpushSandbox = new JPushSandbox();

const targets: Target[] = [
	{
		name: 'UPYUN SMS',
		nodeType: 'n8n-nodes-china-sms.upyunSms',
		credentialType: 'upyunSmsApi',
		sandbox: upyunSandbox,
		// Enough quota for the 1 001-recipient run.
		afterReset: () => {
			upyunSandbox.balance.industry = 10_000;
		},
		credentials: (baseUrl) => ({ token: upyunTestToken, baseUrl }),
		list: { resource: 'message', operation: 'send', templateId: byId(7), variables: {}, options: {} },
		single: { resource: 'message', operation: 'sendPersonalized', templateId: byId(7), variables: {}, options: {} },
		isSend: (request) => request.method === 'POST' && request.path.startsWith('/api/messages'),
		numbers: (request) => {
			const mobile = (request.body as IDataObject).mobile;
			return Array.isArray(mobile) ? mobile.map((entry) => String((entry as IDataObject).phone)) : String(mobile).split(',');
		},
		// Batch Size's default; the sandbox answers MOBILE_LIMIT above 100 numbers, as UPYUN documents no limit.
		perRequest: 100,
	},
	{
		name: 'JPush SMS',
		nodeType: 'n8n-nodes-china-sms.jPushSms',
		credentialType: 'jPushSmsApi',
		sandbox: jpushSandbox,
		afterReset: () => {
			jpushSandbox.appBalance.app_balance = 10_000;
			jpushSandbox.appBalance.app_industry = 10_000;
		},
		credentials: (baseUrl) => ({ ...jpushTestCredentials, baseUrl }),
		list: { resource: 'message', operation: 'sendBatch', templateId: byId(1006), variablesInput: 'fields', variables: {}, options: {} },
		single: { resource: 'message', operation: 'send', templateId: byId(1006), variablesInput: 'fields', variables: {}, options: {} },
		isSend: (request) => request.method === 'POST' && request.path.startsWith('/v1/messages'),
		numbers: (request) => {
			const body = request.body as IDataObject;
			return Array.isArray(body.recipients) ? body.recipients.map((entry) => String((entry as IDataObject).mobile)) : [String(body.mobile)];
		},
		perRequest: 1000,
	},
	{
		name: 'Yunpian',
		nodeType: 'n8n-nodes-china-sms.yunpian',
		credentialType: 'yunpianApi',
		sandbox: yunpian,
		credentials: (baseUrl) => ({ apiKey: yunpianTestApiKey, baseUrl }),
		list: { resource: 'sms', operation: 'sendBatch', text: '【ACME】Your parcel has arrived', options: {} },
		single: { resource: 'sms', operation: 'send', text: '【ACME】Your parcel has arrived', options: {} },
		isSend: (request) => /\/(single_send|batch_send)\.json$/.test(request.path),
		numbers: (request) => form(request).mobile.split(','),
		perRequest: 1000,
		afterReset: () => {
			yunpian.now = () => new Date('2026-11-26T02:00:00.000Z');
		},
	},
	{
		name: 'Liupai',
		nodeType: 'n8n-nodes-china-sms.liupai',
		credentialType: 'liupaiApi',
		sandbox: new LiupaiSandbox(),
		credentials: (baseUrl) => ({ appSecret: liupaiTestAppkey, baseUrl }),
		list: { resource: 'message', operation: 'send', contentMode: 'text', templateId: byId(1004), content: '【Demo】新品上市,回TD退订', options: { delay: 0 } },
		isSend: (request) => request.path.endsWith('/send'),
		numbers: (request) => [form(request).mobile],
	},
];

/** Ways of writing 13800138000 that every mainland rule takes, and the one number each must become. */
const UNUSUAL_BUT_VALID: Array<[string, unknown]> = [
	['+86, spaces and dashes', '+86 138-0013-8000'],
	['+86 and spaces', '+86 138 0013 8000'],
	['+86 with dashes', '+86-138-0013-8000'],
	['0086', '0086 13800138000'],
	['86 without a plus', '8613800138000'],
	['(+86) in brackets', '(+86) 138 0013 8000'],
	['spaces around it', '  13800138000  '],
	['a tab around it', '\t13800138000\t'],
	['dashes', '138-0013-8000'],
	['spaces', '138 0013 8000'],
	['no-break spaces', '138\u00a00013\u00a08000'],
	['an ideographic space', '138\u30000013\u30008000'],
	['a number, not text', 13800138000],
];

/** What each word of MOBILE_LIST_HINT stands for; every other candidate below must be refused. */
const HINTED: Record<string, string[]> = {
	commas: [',', '，', ', ', ' ,  '],
	semicolons: [';', '；'],
	spaces: [' ', '   ', '\u3000'],
	tabs: ['\t'],
	'new lines': ['\n', '\r\n', '\n\n'],
};
const NOT_SEPARATORS = ['/', '|', '、', '.', ':', '#', '_', '+', '*', '~'];

describe('the separator words of the list fields', () => {
	test('MOBILE_LIST_HINT names exactly the separators the suite checks', () => {
		const words = MOBILE_LIST_HINT.replace(/\(also the full-width “，” and “；”\)/, '')
			.replace(/^separated by /, '')
			.split(/, | or /)
			.map((word) => word.trim());
		expect(words.sort()).toEqual(Object.keys(HINTED).sort());
		// The full-width forms the hint names are among the commas and semicolons checked.
		expect([...HINTED.commas, ...HINTED.semicolons]).toEqual(expect.arrayContaining(['，', '；']));
	});

	test.each(targets.map((target) => [target.name, target] as const))('every list field of %s quotes the hint', (_name, target) => {
		const properties = nodeTypes.getByNameAndVersion(target.nodeType).description.properties as INodeProperties[];
		const lists = properties.filter((property) => property.name === 'mobiles');
		expect(lists.length).toBeGreaterThan(0);
		for (const property of lists) expect({ property: property.displayName, description: property.description }).toEqual({ property: 'Mobile Numbers', description: expect.stringContaining(MOBILE_LIST_HINT) });
	});
});

describe.each(targets.map((target) => [target.name, target] as const))('%s: unusual but valid input is normalised and sent', (_name, target) => {
	let baseUrl = '';
	beforeAll(async () => {
		baseUrl = await target.sandbox.start();
	});
	afterAll(async () => await target.sandbox.stop());

	async function run(parameters: IDataObject, input: IDataObject[] = [{}]): Promise<{ result: RunResult; numbers: string[]; sends: RecordedRequest[] }> {
		target.sandbox.reset();
		target.afterReset?.();
		const result = await runWorkflow({
			node: { type: target.nodeType, credentialType: target.credentialType, parameters },
			input,
			credentials: { [target.credentialType]: target.credentials(baseUrl) },
		});
		const sends = target.sandbox.server.received.filter(target.isSend);
		return { result, numbers: sends.flatMap(target.numbers), sends };
	}

	const single = target.single;
	if (single) {
		test.each(UNUSUAL_BUT_VALID)('a one-number field takes %s as 13800138000', async (_label, value) => {
			const { result, numbers } = await run({ ...single, mobile: '={{ $json.number }}' }, [{ number: value as never }]);
			expect(result.error).toBeUndefined();
			expect(numbers).toEqual(['13800138000']);
		});
	}

	test.each(UNUSUAL_BUT_VALID)('a list field takes %s as 13800138000', async (_label, value) => {
		const { result, numbers } = await run({ ...target.list, mobiles: '={{ $json.numbers }}' }, [{ numbers: value as never }]);
		expect(result.error).toBeUndefined();
		expect(numbers).toEqual(['13800138000']);
	});

	const hinted = Object.entries(HINTED).flatMap(([word, separators]) => separators.map((separator) => [word, JSON.stringify(separator), separator] as const));
	test.each(hinted)('a list field splits on %s (%s)', async (_word, _shown, separator) => {
		// Spaces also separate, so a number written with spaces cannot stand in a list separated by spaces: dashes here.
		const { result, numbers } = await run({ ...target.list, mobiles: '={{ $json.numbers }}' }, [{ numbers: `13800138000${separator}+86-139-0013-9000${separator}13700137000` }]);
		expect(result.error).toBeUndefined();
		expect(numbers).toEqual(['13800138000', '13900139000', '13700137000']);
	});

	test.each(NOT_SEPARATORS)('a list field refuses %s between numbers, sending nothing', async (separator) => {
		const { result, sends } = await run({ ...target.list, mobiles: '={{ $json.numbers }}' }, [{ numbers: `13800138000${separator}13900139000` }]);
		expect(sends).toEqual([]);
		expectInputError(result, 'Mobile Numbers', 0);
	});

	test('a list from an expression (an array of numbers and texts) is taken as the list', async () => {
		const { result, numbers } = await run({ ...target.list, mobiles: '={{ $json.numbers }}' }, [{ numbers: [13800138000, '+86 139-0013-9000', '13700137000, 13600136000'] }]);
		expect(result.error).toBeUndefined();
		expect(numbers).toEqual(['13800138000', '13900139000', '13700137000', '13600136000']);
	});

	test('a number repeated in other forms is sent once', async () => {
		const { result, numbers } = await run({ ...target.list, mobiles: '13800138000, +86 138 0013 8000, 0086-138-0013-8000' });
		expect(result.error).toBeUndefined();
		expect(numbers).toEqual(['13800138000']);
	});

	if (target.perRequest) {
		const limit = target.perRequest;
		test(`1 001 recipients where a request takes ${limit} go in requests of at most ${limit}, each number once`, async () => {
			const all = Array.from({ length: 1001 }, (_unused, index) => `139${String(index).padStart(8, '0')}`);
			const { result, numbers, sends } = await run({ ...target.list, mobiles: all.join('\n') });
			expect(result.error).toBeUndefined();
			expect(sends.length).toBe(Math.ceil(1001 / limit));
			expect(Math.max(...sends.map((request) => target.numbers(request).length))).toBeLessThanOrEqual(limit);
			expect(numbers).toEqual(all);
			expect(result.items).toHaveLength(1001);
		});
	}
});

describe('provider separators inside values are encoded, not lost', () => {
	const upyun = new UpyunSandbox();
	const jpush = new JPushSandbox();
	const liupai = new LiupaiSandbox();
	const yunpian = new YunpianSandbox();
	const urls: Record<string, string> = {};
	beforeAll(async () => {
		urls.upyun = await upyun.start();
		urls.yunpian = await yunpian.start();
		urls.jpush = await jpush.start();
		urls.liupai = await liupai.start();
	});
	afterAll(async () => {
		await Promise.all([upyun.stop(), yunpian.stop(), jpush.stop(), liupai.stop()]);
	});
	const run = async (nodeType: string, credentialType: string, credentials: ICredentialDataDecryptedObject, parameters: IDataObject) =>
		await runWorkflow({ node: { type: nodeType, credentialType, parameters }, input: [{}], credentials: { [credentialType]: credentials } });

	test('Yunpian tpl_value: a value with # & = % and a name given as #code# arrive exactly', async () => {
		yunpian.reset();
		yunpian.now = () => new Date('2026-11-26T02:00:00.000Z');
		const value = 'a&b=c#d%25 e';
		const result = await run('n8n-nodes-china-sms.yunpian', 'yunpianApi', { apiKey: yunpianTestApiKey, baseUrl: urls.yunpian }, {
			resource: 'sms',
			operation: 'sendTemplate',
			mobile: '13800138000',
			templateId: byId(1),
			variables: namedValues({ '#code#': value }),
			options: {},
		});
		expect(result.error).toBeUndefined();
		const [send] = yunpian.server.received.filter((request) => request.path.endsWith('/tpl_single_send.json'));
		const pairs = form(send).tpl_value.split('&').map((pair) => pair.split('=').map(decodeURIComponent));
		expect(pairs).toEqual([['#code#', value]]);
	});

	test('UPYUN vars: commas, full-width punctuation and emoji stay inside their variable', async () => {
		upyun.reset();
		const result = await run('n8n-nodes-china-sms.upyunSms', 'upyunSmsApi', { token: upyunTestToken, baseUrl: urls.upyun }, {
			resource: 'message',
			operation: 'send',
			mobiles: '13800138000',
			templateId: byId(1),
			variables: valueList('12,34，🙂', '5'),
			options: {},
		});
		expect(result.error).toBeUndefined();
		const [send] = upyun.server.received.filter((request) => request.path === '/api/messages');
		expect((send.body as IDataObject).vars).toBe('12,34，🙂|5');
	});

	test('JPush temp_para: a number value and an emoji value are sent as text', async () => {
		jpush.reset();
		const result = await run('n8n-nodes-china-sms.jPushSms', 'jPushSmsApi', { ...jpushTestCredentials, baseUrl: urls.jpush }, {
			resource: 'message',
			operation: 'send',
			mobile: '13800138000',
			templateId: byId(1002),
			variablesInput: 'json',
			variablesJson: '={{ { "number": 741627 } }}',
			options: {},
		});
		expect(result.error).toBeUndefined();
		const [send] = jpush.server.received.filter((request) => request.path === '/v1/messages');
		expect((send.body as IDataObject).temp_para).toEqual({ number: '741627' });
	});

	test('Liupai: a value with spaces, full-width punctuation and emoji fills its @ as typed', async () => {
		liupai.reset();
		const result = await run('n8n-nodes-china-sms.liupai', 'liupaiApi', { appSecret: liupaiTestAppkey, baseUrl: urls.liupai }, {
			resource: 'message',
			operation: 'send',
			mobiles: '13800138000',
			contentMode: 'template',
			accountId: byId(12),
			templateId: byId(1001),
			variables: valueList('12 34，🙂'),
			options: { delay: 0 },
		});
		expect(result.error).toBeUndefined();
		const [send] = liupai.server.received.filter((request) => request.path.endsWith('/send'));
		expect(form(send).content).toBe('【Demo】您的验证码是12 34，🙂');
	});
});
