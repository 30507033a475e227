import type { INodeProperties } from 'n8n-workflow';

import { Liupai } from '../../nodes/Liupai/Liupai.node';
import type { LiupaiSandbox } from '../sandbox/liupai';
import { locator, useLiupai } from './setup';

const { sandbox, run, received } = useLiupai();

const paths = () => received().map((request) => request.path);
const balance = { resource: 'account', operation: 'getBalance' };
const sendText = (options: Record<string, unknown> = {}) => ({
	resource: 'message',
	operation: 'send',
	mobiles: '13800138001',
	contentMode: 'text',
	templateId: locator(1001),
	content: '【Demo】您的验证码是123456',
	options: { delay: 0, ...options },
});

/** `count` more sub-accounts, so Return All needs more than one page of 20. */
function addSubAccounts(target: LiupaiSandbox, count: number): void {
	const model = target.accounts.get(12)!;
	for (let i = 0; i < count; i++) {
		const accountid = 100 + i;
		target.accounts.set(accountid, { ...model, accountid, company: `Company ${i}`, signature: `【Co${i}】` });
	}
}

/** `count` rows in the send log, newest last (the log is read newest first, 20 a page). */
function addSendLogs(target: LiupaiSandbox, count: number): void {
	const at = Date.now() - 60_000;
	for (let i = 0; i < count; i++) {
		target.logs.push({ msgid: String(202611260000000100n + BigInt(i)), mobile: '13800138001', message: '【Demo】您的验证码是1', templateid: 1001, accountid: 12, at: at + i, segments: 1, ismarket: 0 });
	}
}

describe('Liupai: a success envelope whose result has the wrong shape is an error, never an empty or bogus success', () => {
	test.each([
		['Account → Get Balance with a text result', balance, 'sms/balance', 'ok', 'the result is not an object'],
		['Account → Get Balance without the counts', balance, 'sms/balance', { accountid: 0, company: 'Sandbox Co.' }, 'the result has no totalnum, usednum'],
		['Sub-Account → Get Many with a result that holds no list', { resource: 'subAccount', operation: 'getMany', returnAll: true, options: {} }, 'sms/accountlist', { total: 2, page: 1 }, 'the result is not a list'],
		['Template → Get Many with a text result', { resource: 'template', operation: 'getMany', accountId: locator(12), returnAll: true, filters: {} }, 'sms/templatelist', 'none', 'the result is not a list'],
		['Send Log → Get Many with a number as result', { resource: 'sendLog', operation: 'getMany', returnAll: true, filters: {} }, 'sms/sendlogs', 7, 'the result is not a list'],
	])('%s', async (_name, parameters, path, result, problem) => {
		sandbox.failNext({ kind: 'status', status: 200, msg: 'ok', result });
		const run1 = await run(parameters);
		expect(run1.error).toMatchObject({ name: 'NodeApiError', httpCode: '200', message: `Liupai answered HTTP 200 with an answer this operation cannot use: ${problem}` });
		expect(run1.items).toEqual([]);
		expect(paths()).toEqual([`/${path}`]);
	});

	test.each([
		['Template → Create', { resource: 'template', operation: 'create', accountId: locator(12), title: 'login_code', content: '【Demo】您的验证码是@', isMarketing: false }, '/sms/addtemplate', 'templateid'],
		['Sub-Account → Create', { resource: 'subAccount', operation: 'create', company: 'New Co.', signature: '【New】', totalnum: 10, additionalFields: {} }, '/sms/addaccount', 'accountid'],
	])('%s without the new ID: an error that says the change may have been made', async (_name, parameters, path, field) => {
		sandbox.failNext({ kind: 'status', status: 200, msg: 'ok', result: { status: 0 } });
		const result = await run(parameters);
		expect(result.error?.message).toBe(`Liupai answered HTTP 200 with an answer this operation cannot use: the result has no ${field}`);
		expect(result.error?.description).toContain('The change may have been made: check in the Liupai console before running again.');
		expect(paths()).toEqual([path]);
	});

	test('a list with no result at all is an empty list, as Liupai answers one (liupai.md §3.3)', async () => {
		sandbox.failNext({ kind: 'status', status: 200, msg: 'ok', result: '' });
		const result = await run({ resource: 'subAccount', operation: 'getMany', returnAll: true, options: {} });
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([]);
	});
});

describe('Liupai: a list with Return All fails when a later page fails (no silent truncation)', () => {
	test('Sub-Account → Get Many: page 2 answers an HTML page with HTTP 200, the operation errors naming page 2 and outputs nothing', async () => {
		addSubAccounts(sandbox, 25);
		sandbox.failNext({ kind: 'pass' });
		sandbox.failNext({ kind: 'html' });
		const result = await run({ resource: 'subAccount', operation: 'getMany', returnAll: true, options: {} });
		expect(received().map((request) => (request.body as Record<string, string>).page)).toEqual(['1', '2']);
		expect(result.error?.message).toBe('Liupai answered HTTP 200 with an HTML page (page 2 of the list)');
		expect(result.error?.description).toContain('Page 1 was read, but nothing is output: an incomplete list would look complete.');
		expect(result.items).toEqual([]);
	});

	test('without the fault the same list is read whole: 27 sub-accounts over two pages', async () => {
		addSubAccounts(sandbox, 25);
		const result = await run({ resource: 'subAccount', operation: 'getMany', returnAll: true, options: {} });
		expect(result.error).toBeUndefined();
		expect(received()).toHaveLength(2);
		expect(result.items).toHaveLength(27);
	});

	test('Send Log → Get Many: page 2 with a result that is not a list fails the operation, naming page 2', async () => {
		addSendLogs(sandbox, 30);
		sandbox.failNext({ kind: 'pass' });
		sandbox.failNext({ kind: 'status', status: 200, msg: 'ok', result: 'busy' });
		const result = await run({ resource: 'sendLog', operation: 'getMany', returnAll: true, filters: {} });
		expect(received().map((request) => (request.body as Record<string, string>).page)).toEqual(['1', '2']);
		expect(result.error?.message).toBe('Liupai answered HTTP 200 with an answer this operation cannot use: the result is not a list (page 2 of the list)');
		expect(result.items).toEqual([]);
	});
});

describe('Liupai: reads are retried after a temporary failure, sends never', () => {
	test('a read (Account → Get Balance) answered 503 once is tried again and succeeds; the sandbox received it twice', async () => {
		sandbox.failNext({ kind: 'http', httpStatus: 503 });
		const result = await run(balance);
		expect(result.error).toBeUndefined();
		expect(paths()).toEqual(['/sms/balance', '/sms/balance']);
		expect(result.items[0].json).toMatchObject({ totalnum: 1000, usednum: 0, remaining: 1000 });
	});

	test('with Retry on Temporary Errors off, the 503 is reported after one request', async () => {
		sandbox.failNext({ kind: 'http', httpStatus: 503 });
		const result = await run({ ...balance, options: { retryReads: false } });
		expect(result.error?.message).toBe('Liupai error HTTP_503: Liupai is unavailable');
		expect(paths()).toEqual(['/sms/balance']);
	});

	test('a send answered 503 is not repeated: received once, and the error says the message may have been sent', async () => {
		sandbox.failNext({ kind: 'http', httpStatus: 503 });
		const result = await run(sendText());
		expect(paths()).toEqual(['/sms/send']);
		expect(result.error?.message).toBe('Liupai error HTTP_503: Liupai is unavailable');
		expect(result.error?.description).toContain('The message may have been sent: check the delivery report before sending it again.');
		expect(sandbox.logs).toHaveLength(0);
	});

	test('a create answered 503 is not repeated either', async () => {
		sandbox.failNext({ kind: 'http', httpStatus: 503 });
		const result = await run({ resource: 'template', operation: 'create', accountId: locator(12), title: 'login_code', content: '【Demo】您的验证码是@', isMarketing: false });
		expect(result.error?.message).toBe('Liupai error HTTP_503: Liupai is unavailable');
		expect(paths()).toEqual(['/sms/addtemplate']);
	});
});

describe('Liupai: the Timeout option', () => {
	test('a read slower than a 1500 ms Timeout ends as "timed out" within about 2 s', async () => {
		sandbox.failNext({ kind: 'delay', ms: 4000 });
		const started = Date.now();
		const result = await run({ ...balance, options: { timeout: 1500, retryReads: false } });
		const elapsed = Date.now() - started;
		expect(result.error?.message).toBe('Liupai timed out: no complete answer came within 1.5 s');
		expect(elapsed).toBeGreaterThanOrEqual(1400);
		expect(elapsed).toBeLessThan(2500);
	});

	test('a send slower than its Timeout is reported once, as one that may have been sent', async () => {
		sandbox.failNext({ kind: 'delay', ms: 4000 });
		const started = Date.now();
		const result = await run(sendText({ timeout: 1500 }));
		expect(Date.now() - started).toBeLessThan(2500);
		expect(result.error?.message).toMatch(/^Liupai timed out: no complete answer came within 1.5 s/);
		expect(result.error?.description).toContain('The message may have been sent');
	});
});

describe('Liupai: every operation offers Timeout in its Options, reads also Retry on Temporary Errors', () => {
	const properties = new Liupai().description.properties;
	const READS = ['account.getBalance', 'sendLog.getMany', 'subAccount.getMany', 'template.getMany'];
	const operations = properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) => (property.options as Array<{ value: string }>).map((option) => `${String(property.displayOptions?.show?.resource?.[0])}.${option.value}`));

	test.each(operations)('%s', (operation) => {
		const [resource, value] = operation.split('.');
		const collections = properties.filter(
			(property) => property.name === 'options' && property.displayOptions?.show?.resource?.includes(resource) && property.displayOptions?.show?.operation?.includes(value),
		);
		expect(collections).toHaveLength(1);
		const options = collections[0].options as INodeProperties[];
		const names = options.map((option) => option.name);
		expect(names).toContain('timeout');
		expect(names.includes('retryReads')).toBe(READS.includes(operation));
		const displayNames = options.map((option) => option.displayName);
		expect(displayNames).toEqual([...displayNames].sort((a, b) => a.localeCompare(b)));
	});
});
