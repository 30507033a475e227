import type { INodeProperties } from 'n8n-workflow';

import { JPushSms } from '../../nodes/JPushSms/JPushSms.node';
import { gatewayPage } from '../sandbox/kit/faults';
import { byId, jsonOf, useJPush } from './setup';

const { sandbox, run, received } = useJPush();

/** HTTP 200 with a JSON body the route would not give. */
const json200 = (body: unknown) => ({ status: 200, body });
/** A gateway's page: HTTP `status` with HTML. */
const gateway = (status: number) => ({ status, rawBody: gatewayPage(status, `${status} Service Unavailable`), headers: { 'content-type': 'text/html' } });

const templateGet = { resource: 'template', operation: 'get', templateId: byId(1002) };
const send = (options: Record<string, unknown> = {}) => ({
	resource: 'message',
	operation: 'send',
	mobile: '13800000001',
	templateId: byId(1006),
	options: { checkTemplate: false, ...options },
});

describe('JPush SMS: an HTTP 200 of the wrong shape is an error, never an empty or bogus success', () => {
	test.each([
		['Template → Get without temp_id', templateGet, '/v1/templates/1002', { template: '您的订单{{number}}已发货', status: 1 }, 'the answer has no temp_id'],
		['Scheduled Message → Get without schedule_id', { resource: 'scheduledMessage', operation: 'get', scheduleId: '1a886e7c-a267-49e6-9970-0d396ca5bb1e' }, /^\/v1\/schedule\//, { recipients: [] }, 'the answer has no schedule_id'],
		['Signature → Get as a list', { resource: 'signature', operation: 'get', signId: byId(501) }, '/v1/sign/501', [{ sign_id: 501 }], 'a JSON object was expected'],
		['Account → Get App Balance without app_balance', { resource: 'account', operation: 'getAppBalance' }, '/v1/accounts/app', { balance: 1000 }, 'the answer has no app_balance'],
		['Report → Get Delivery Reports (a list) as an object', { resource: 'report', operation: 'getDeliveryReports' }, '/v1/report', { reports: [] }, 'a JSON list was expected'],
	])('%s', async (_name, parameters, path, body, problem) => {
		sandbox.answerNext(json200(body), { path });
		const result = await run(parameters);
		expect(result.error).toMatchObject({ name: 'NodeApiError', httpCode: '200', message: `JPush SMS answered HTTP 200 with an answer this operation cannot use: ${problem}` });
		expect(result.items).toEqual([]);
		// A 200 is not retried, whatever it holds.
		expect(received()).toHaveLength(1);
	});

	test.each([
		['Template → Create', { resource: 'template', operation: 'create', text: '订单{{orderNo}}已发货', type: 2 }, '/v1/templates', 'temp_id'],
		['Signature → Create', { resource: 'signature', operation: 'create', sign: 'ACME', type: 6, binaryPropertyName: '' }, '/v1/sign', 'sign_id'],
	])('%s without the new ID: an error that says the change may have been made', async (_name, parameters, path, field) => {
		sandbox.answerNext(json200({ status: 'ok' }), { path });
		const result = await run(parameters);
		expect(result.error?.message).toBe(`JPush SMS answered HTTP 200 with an answer this operation cannot use: the answer has no ${field}`);
		expect(result.error?.description).toContain('The change may have been made: check in the JPush SMS console before running again.');
		expect(received().map((request) => request.path)).toEqual([path]);
	});

	test('an HTML page with HTTP 200 on a balance is an error naming the page by its title, not an item', async () => {
		sandbox.answerNext({ status: 200, rawBody: gatewayPage(200, 'Maintenance'), headers: { 'content-type': 'text/html' } });
		const result = await run({ resource: 'account', operation: 'getDevBalance' });
		expect(result.error?.message).toBe('JPush SMS answered HTTP 200 with an HTML page titled "Maintenance"');
		expect(result.items).toEqual([]);
	});
});

describe('JPush SMS: reads are retried after a temporary failure, sends and pulls never', () => {
	test('a read (Template → Get) answered 503 once is tried again and succeeds; the sandbox received it twice', async () => {
		sandbox.answerNext(gateway(503), { path: '/v1/templates/1002' });
		const result = await run(templateGet);
		expect(result.error).toBeUndefined();
		expect(received().map((request) => `${request.method} ${request.path}`)).toEqual(['GET /v1/templates/1002', 'GET /v1/templates/1002']);
		expect(jsonOf(result)).toEqual([expect.objectContaining({ templateId: 1002, status: 1 })]);
	});

	test('with Retry on Temporary Errors off, the same 503 is reported after one request', async () => {
		sandbox.answerNext(gateway(503), { path: '/v1/templates/1002' });
		const result = await run({ ...templateGet, options: { retryReads: false } });
		expect(result.error?.message).toBe('JPush SMS error HTTP_503: an HTML page titled "503 Service Unavailable"');
		expect(received()).toHaveLength(1);
	});

	test('a send answered 503 is not repeated: received once, and the error says the message may have been sent', async () => {
		sandbox.answerNext(gateway(503), { path: '/v1/messages' });
		const result = await run(send());
		expect(received().map((request) => request.path)).toEqual(['/v1/messages']);
		expect(result.error?.message).toMatch(/^JPush SMS error HTTP_503/);
		expect(result.error?.description).toContain('The message may have been sent: check the delivery report before sending it again.');
		expect(sandbox.messages).toHaveLength(0);
	});

	test('a pull answered 503 is not repeated either (each report is returned once)', async () => {
		sandbox.answerNext(gateway(503), { path: '/v1/report' });
		const result = await run({ resource: 'report', operation: 'getDeliveryReports' });
		expect(result.error?.message).toMatch(/^JPush SMS error HTTP_503/);
		expect(received()).toHaveLength(1);
	});

	test('Verify answered 503 is not repeated (a check uses the code up)', async () => {
		sandbox.answerNext(gateway(503), { path: /\/valid$/ });
		const result = await run({ resource: 'verificationCode', operation: 'verify', msgId: '288193860302', code: '123456' });
		expect(result.error?.message).toMatch(/^JPush SMS error HTTP_503/);
		expect(received()).toHaveLength(1);
	});
});

describe('JPush SMS: the Timeout option', () => {
	test('a read slower than a 1500 ms Timeout ends as "timed out" within about 2 s', async () => {
		sandbox.answerNext(undefined, { path: '/v1/accounts/app', delayMs: 4000, times: 4 });
		const started = Date.now();
		const result = await run({ resource: 'account', operation: 'getAppBalance', options: { timeout: 1500, retryReads: false } });
		const elapsed = Date.now() - started;
		expect(result.error?.message).toBe('JPush SMS timed out: no complete answer came within 1.5 s');
		expect(elapsed).toBeGreaterThanOrEqual(1400);
		expect(elapsed).toBeLessThan(2500);
	});

	test('a send slower than its Timeout is reported once, as one that may have been sent', async () => {
		sandbox.answerNext(undefined, { path: '/v1/messages', delayMs: 4000 });
		const started = Date.now();
		const result = await run(send({ timeout: 1500 }));
		expect(Date.now() - started).toBeLessThan(2500);
		expect(result.error?.message).toMatch(/^JPush SMS timed out: no complete answer came within 1.5 s/);
		expect(result.error?.description).toContain('The message may have been sent');
	});
});

describe('JPush SMS: every operation offers Timeout in its Options, reads also Retry on Temporary Errors', () => {
	const properties = new JPushSms().description.properties;
	const READS = ['account.getAppBalance', 'account.getDevBalance', 'scheduledMessage.get', 'signature.get', 'template.get'];
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
