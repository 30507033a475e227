import type { INodeProperties } from 'n8n-workflow';

import { Yunpian } from '../../nodes/Yunpian/Yunpian.node';
import { gatewayPage } from '../sandbox/kit/faults';
import { byId, form, jsonOf, useYunpian } from './setup';

const { sandbox, run, received, listSearch } = useYunpian();

const json200 = (body: unknown) => ({ status: 200, body });
const html = (status: number, title: string) => ({ status, rawBody: gatewayPage(status, title), headers: { 'content-type': 'text/html' } });
const paths = () => received().map((request) => request.path.replace(/^\/v2\/|\.json$/g, ''));

const period = { startTime: '2026-11-26 00:00:00', endTime: '2026-11-26 23:59:59' };
const templateGet = { resource: 'template', operation: 'get', templateId: byId(1) };

async function sendTo(count: number) {
	const mobiles = Array.from({ length: count }, (_, i) => `1390000${String(i).padStart(4, '0')}`).join(',');
	const sent = await run({ resource: 'sms', operation: 'sendBatch', mobiles, text: '【ACME】Your parcel has arrived' });
	expect(sent.error).toBeUndefined();
	sandbox.server.clearRequests();
}

describe('Yunpian: an HTTP 200 of the wrong shape is an error, never an empty or bogus success', () => {
	test.each([
		['Template → Get without tpl_id', templateGet, 'tpl/get', { tpl_content: '【ACME】Your code is #code#' }, 'the answer has no tpl_id'],
		['Template → Get Many (a list) as one object', { resource: 'template', operation: 'getMany', returnAll: true, filters: {} }, 'tpl/get', { tpl_id: 1 }, 'a JSON list was expected'],
		['SMS → Get Records (a list) as an object', { resource: 'sms', operation: 'getRecords', ...period, returnAll: true, filters: {} }, 'sms/get_record', { records: [] }, 'a JSON list was expected'],
		['Signature → Get Many without its list', { resource: 'signature', operation: 'getMany', returnAll: true, filters: {} }, 'sign/get', { code: 0, msg: 'OK', total: 3 }, 'the answer has no list "sign"'],
		['Account → Get without the balance', { resource: 'account', operation: 'get' }, 'user/get', { nick: 'jason' }, 'the answer has no balance'],
		['SMS → Count without total', { resource: 'sms', operation: 'count', ...period, filters: {} }, 'sms/count', {}, 'the answer has no total'],
		['SMS → Pull Delivery Reports as an object', { resource: 'sms', operation: 'pullStatus', pageSize: 20 }, 'sms/pull_status', { sid: 1 }, 'a JSON list was expected'],
		['Video SMS → Get Template without the template', { resource: 'videoSms', operation: 'getTemplate', videoTemplateId: '126' }, 'vsms/get_tpl', { code: 0, msg: 'OK' }, 'the answer has no tpl_id'],
	])('%s', async (_name, parameters, path, body, problem) => {
		sandbox.answerNext(json200(body), { path });
		const result = await run(parameters);
		expect(result.error).toMatchObject({ name: 'NodeApiError', httpCode: '200', message: `Yunpian answered HTTP 200 with an answer this operation cannot use: ${problem}` });
		expect(result.items).toEqual([]);
		expect(paths()).toEqual([path]);
	});

	test.each([
		['Template → Create', { resource: 'template', operation: 'create', content: '【ACME】Order #order# shipped', options: {} }, 'tpl/add', { check_status: 'CHECKING' }, 'the answer has no tpl_id'],
		['Signature → Create', { resource: 'signature', operation: 'create', signText: 'NewCo', options: {} }, 'sign/add', { code: 0, msg: 'OK' }, 'the answer has no signature object "sign"'],
		['Short URL → Shorten', { resource: 'shortUrl', operation: 'shorten', longUrl: 'https://example.com/offer', options: {} }, 'short_url/shorten', { code: 0 }, 'the answer has no short_url'],
	])('%s without what it created: an error that says the change may have been made', async (_name, parameters, path, body, problem) => {
		sandbox.answerNext(json200(body), { path });
		const result = await run(parameters);
		expect(result.error?.message).toBe(`Yunpian answered HTTP 200 with an answer this operation cannot use: ${problem}`);
		expect(result.error?.description).toContain('The change may have been made: check in the Yunpian console before running again.');
		expect(paths()).toEqual([path]);
	});

	test('a batch send answered without its per-number list is an error that says the messages may have been sent', async () => {
		sandbox.answerNext(json200({ total_count: 2, total_fee: '0.1000', unit: 'RMB' }), { path: 'sms/batch_send' });
		const result = await run({ resource: 'sms', operation: 'sendBatch', mobiles: '13900000001,13900000002', text: '【ACME】Your parcel has arrived' });
		expect(result.error?.message).toMatch(/^Yunpian answered HTTP 200 with an answer this operation cannot use: the answer has no list "data"/);
		expect(result.error?.description).toContain('may have been sent');
		expect(paths()).toEqual(['sms/batch_send']);
	});

	test('the template list search refuses an HTML page with HTTP 200 instead of offering nothing', async () => {
		sandbox.answerNext(html(200, 'Access denied'), { path: 'tpl/get' });
		await expect(listSearch('searchTemplates')).rejects.toThrow('Yunpian answered HTTP 200 with an HTML page titled "Access denied"');
	});
});

describe('Yunpian: a list with Return All fails when a later page fails (no silent truncation)', () => {
	test('SMS → Get Records: page 2 answers an HTML page with HTTP 200, the operation errors naming page 2 and outputs nothing', async () => {
		await sendTo(150);
		sandbox.answerNext(html(200, 'Bad Gateway'), { path: 'sms/get_record', skip: 1 });
		const result = await run({ resource: 'sms', operation: 'getRecords', ...period, returnAll: true, filters: {} });
		expect(received().map((request) => form(request).page_num)).toEqual(['1', '2']);
		expect(result.error?.message).toBe('Yunpian answered HTTP 200 with an HTML page titled "Bad Gateway" (page 2 of the list)');
		expect(result.error?.description).toContain('Page 1 was read, but nothing is output: an incomplete list would look complete.');
		expect(result.items).toEqual([]);
	});

	test('SMS → Get Records: page 2 answering 502 four times (the first try and three retries) fails the operation too', async () => {
		await sendTo(150);
		sandbox.answerNext(html(502, '502 Bad Gateway'), { path: 'sms/get_record', skip: 1, times: 4 });
		const result = await run({ resource: 'sms', operation: 'getRecords', ...period, returnAll: true, filters: {} });
		expect(received().map((request) => form(request).page_num)).toEqual(['1', '2', '2', '2', '2']);
		expect(result.error?.message).toBe('Yunpian error HTTP_502: A gateway in front of Yunpian failed (page 2 of the list)');
		expect(result.items).toEqual([]);
	}, 15_000);

	test('the same page 2 answering 502 three times is read on the fourth try: all 150 records', async () => {
		await sendTo(150);
		sandbox.answerNext(html(502, '502 Bad Gateway'), { path: 'sms/get_record', skip: 1, times: 3 });
		const result = await run({ resource: 'sms', operation: 'getRecords', ...period, returnAll: true, filters: {} });
		expect(result.error).toBeUndefined();
		expect(received().map((request) => form(request).page_num)).toEqual(['1', '2', '2', '2', '2']);
		expect(result.items).toHaveLength(150);
	}, 15_000);
});

describe('Yunpian: reads are retried after a temporary failure, sends and pulls never', () => {
	test('a read (Template → Get) answered 503 once is tried again and succeeds; the sandbox received it twice', async () => {
		sandbox.answerNext(html(503, '503 Service Unavailable'), { path: 'tpl/get' });
		const result = await run(templateGet);
		expect(result.error).toBeUndefined();
		expect(paths()).toEqual(['tpl/get', 'tpl/get']);
		expect(jsonOf(result)).toEqual([expect.objectContaining({ templateId: '1', approved: true })]);
	});

	test('with Retry on Temporary Errors off, the 503 is reported after one request', async () => {
		sandbox.answerNext(html(503, '503 Service Unavailable'), { path: 'tpl/get' });
		const result = await run({ ...templateGet, options: { retryReads: false } });
		expect(result.error?.message).toBe('Yunpian error HTTP_503: Yunpian is unavailable');
		expect(result.error?.description).toContain('(Yunpian said: an HTML page titled "503 Service Unavailable")');
		expect(paths()).toEqual(['tpl/get']);
	});

	test('a send answered 503 is not repeated: received once, and the error says the message may have been sent', async () => {
		sandbox.answerNext(html(503, '503 Service Unavailable'), { path: 'sms/single_send' });
		const result = await run({ resource: 'sms', operation: 'send', mobile: '13900000001', text: '【ACME】Your parcel has arrived' });
		expect(paths()).toEqual(['sms/single_send']);
		expect(result.error?.message).toMatch(/^Yunpian error HTTP_503/);
		expect(result.error?.description).toContain('The message may have been sent: check the delivery report before sending it again.');
		expect(sandbox.messages).toHaveLength(0);
	});

	test('a pull (SMS → Pull Delivery Reports) answered 503 is not repeated: the reports it removed would be lost', async () => {
		sandbox.answerNext(html(503, '503 Service Unavailable'), { path: 'sms/pull_status' });
		const result = await run({ resource: 'sms', operation: 'pullStatus', pageSize: 20 });
		expect(result.error?.message).toMatch(/^Yunpian error HTTP_503/);
		expect(paths()).toEqual(['sms/pull_status']);
	});
});

describe('Yunpian: the Timeout option', () => {
	test('a read slower than a 1500 ms Timeout ends as "timed out" within about 2 s', async () => {
		sandbox.answerDelayMs = 4000;
		const started = Date.now();
		const result = await run({ resource: 'account', operation: 'get', options: { timeout: 1500, retryReads: false } });
		const elapsed = Date.now() - started;
		expect(result.error?.message).toBe('Yunpian timed out: no complete answer came within 1.5 s');
		expect(elapsed).toBeGreaterThanOrEqual(1400);
		expect(elapsed).toBeLessThan(2500);
	});

	test('a send slower than its Timeout is reported once, as one that may have been sent', async () => {
		sandbox.answerDelayMs = 4000;
		const started = Date.now();
		const result = await run({ resource: 'sms', operation: 'send', mobile: '13900000001', text: '【ACME】Your parcel has arrived', options: { timeout: 1500 } });
		expect(Date.now() - started).toBeLessThan(2500);
		expect(result.error?.message).toMatch(/^Yunpian timed out: no complete answer came within 1.5 s/);
		expect(result.error?.description).toContain('The message may have been sent');
	});
});

describe('Yunpian: every operation offers Timeout in its Options, reads also Retry on Temporary Errors', () => {
	const properties = new Yunpian().description.properties;
	const READS = [
		'account.get', 'flow.getPackages', 'shortUrl.getStats', 'signature.getMany', 'sms.checkBlackWords', 'sms.count', 'sms.getRecords', 'sms.getReplies',
		'template.get', 'template.getDefault', 'template.getMany', 'videoSms.getTemplate',
	];
	const operations = properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) => (property.options as Array<{ value: string }>).map((option) => `${String(property.displayOptions?.show?.resource?.[0])}.${option.value}`));

	test('all 36 operations are checked', () => expect(operations).toHaveLength(36));

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
