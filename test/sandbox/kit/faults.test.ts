import { http } from '../../support/node';
import { FaultQueue, gatewayPage } from './faults';
import { SandboxServer } from './server';

/** A sandbox with one route whose answer says how often it ran. */
let routeRuns = 0;
const server = new SandboxServer('kit-faults', {
	notFound: () => ({ status: 404, body: { error: 'not found' } }),
	badBody: () => ({ status: 400, body: { error: 'bad body' } }),
}).route('POST', '/send', () => {
	routeRuns++;
	// An id beyond 2^53, written bare, as providers do.
	return { status: 200, rawBody: `{"id":12345678901234567890,"runs":${routeRuns}}` };
});

let baseUrl = '';
beforeAll(async () => {
	baseUrl = await server.start();
});
afterAll(async () => await server.stop());
beforeEach(() => {
	server.clearRequests();
	routeRuns = 0;
});

interface Answer {
	status?: number;
	headers?: Record<string, string | string[] | undefined>;
	body: string;
	/** The client's error when no whole answer came (ECONNRESET, socket hang up, our own abort). */
	error?: string;
}

/** One POST without keep-alive, collected whole or ended after `abortAfterMs`. */
async function post(path = '/send', abortAfterMs?: number): Promise<Answer> {
	return await new Promise((resolve) => {
		const chunks: Buffer[] = [];
		const answer: Answer = { body: '' };
		const fail = (error: Error & { code?: string }) => resolve({ ...answer, body: Buffer.concat(chunks).toString('utf8'), error: error.code ?? error.message });
		const signal = abortAfterMs === undefined ? undefined : AbortSignal.timeout(abortAfterMs);
		const request = http.request(`${baseUrl}${path}`, { method: 'POST', agent: false, signal, headers: { 'content-type': 'application/json' } }, (response) => {
			answer.status = response.statusCode;
			answer.headers = response.headers;
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({ ...answer, body: Buffer.concat(chunks).toString('utf8') }));
			response.on('error', fail);
		});
		request.on('error', fail);
		request.end('{"to":"13800138000"}');
	});
}

describe('FaultQueue', () => {
	test('gives each fault once, to the first request that matches, after `after` matching ones went through', () => {
		const queue = new FaultQueue();
		queue.add({ kind: 'reset' }, { method: 'GET', path: /^\/api\/messages$/, after: 1 });
		queue.add({ kind: 'close' }, { path: '/other' });
		expect(queue.take('POST', '/api/messages')).toBeUndefined();
		expect(queue.take('GET', '/api/messages')).toBeUndefined();
		expect(queue.take('GET', '/api/messages')).toEqual({ kind: 'reset' });
		expect(queue.take('GET', '/api/messages')).toBeUndefined();
		expect(queue.pending).toBe(1);
		expect(queue.take('PUT', '/other')).toEqual({ kind: 'close' });
		expect(queue.pending).toBe(0);
		expect(queue.seen({ path: '/api/messages', method: 'GET' }).map((entry) => entry.fault)).toEqual([undefined, 'reset', undefined]);
		expect(queue.log).toHaveLength(5);
		queue.clear();
		expect(queue.log).toHaveLength(0);
	});
});

describe('SandboxServer faults', () => {
	test('a request that gets a fault is recorded, and the route does not run', async () => {
		server.faults.add({ kind: 'status', status: 502, html: gatewayPage(502) });
		const answer = await post();
		expect(answer.status).toBe(502);
		expect(answer.headers?.['content-type']).toBe('text/html');
		expect(answer.body).toContain('<title>502 Bad Gateway</title>');
		expect(server.received).toHaveLength(1);
		expect(routeRuns).toBe(0);
		// The next request is served as usual.
		expect(JSON.parse((await post()).body)).toMatchObject({ runs: 1 });
	});

	test('a status fault carries its headers and JSON body', async () => {
		server.faults.add({ kind: 'status', status: 429, json: { error: 'slow down' }, headers: { 'retry-after': '1' } });
		const answer = await post();
		expect([answer.status, answer.headers?.['retry-after'], answer.body]).toEqual([429, '1', '{"error":"slow down"}']);
	});

	test('reset and close end the connection without an answer', async () => {
		server.faults.add({ kind: 'reset' });
		server.faults.add({ kind: 'close' });
		const reset = await post();
		const closed = await post();
		expect([reset.status, reset.error]).toEqual([undefined, 'ECONNRESET']);
		expect([closed.status, closed.error]).toEqual([undefined, expect.stringMatching(/ECONNRESET|socket hang up/)]);
		expect(server.received).toHaveLength(2);
		expect(routeRuns).toBe(0);
	});

	test('hang sends nothing until the client gives up', async () => {
		server.faults.add({ kind: 'hang' });
		const started = Date.now();
		const answer = await post('/send', 300);
		expect(answer.status).toBeUndefined();
		expect(answer.error).toBe('ABORT_ERR');
		expect(Date.now() - started).toBeGreaterThanOrEqual(290);
	});

	test('trickle sends the headers, then one byte at a time, so an idle timeout never fires', async () => {
		server.faults.add({ kind: 'trickle', everyMs: 50 });
		const answer = await post('/send', 420);
		expect(answer.error).toBe('ABORT_ERR');
		expect(answer.status).toBe(200);
		expect(answer.body).toMatch(/^\{"pad":"x{5,8}$/);
	});

	test('truncated cuts the route’s own answer in half (the route ran), or the JSON it is given', async () => {
		server.faults.add({ kind: 'truncated' });
		const whole = '{"id":12345678901234567890,"runs":1}';
		const cut = await post();
		expect(cut.status).toBe(200);
		expect(cut.body).toBe(whole.slice(0, Math.floor(whole.length / 2)));
		expect(routeRuns).toBe(1);
		server.faults.add({ kind: 'truncated', json: { a: 'bcdefgh' } });
		expect((await post()).body).toBe('{"a":"b');
		expect(routeRuns).toBe(1);
	});

	test('huge sends a body of the size asked for, as JSON when asked', async () => {
		server.faults.add({ kind: 'huge', bytes: 3 * 64 * 1024 + 5, status: 500, json: true });
		const answer = await post();
		expect(answer.status).toBe(500);
		expect(answer.body).toHaveLength(3 * 64 * 1024 + 5);
		expect(JSON.parse(answer.body)).toEqual({ pad: expect.stringMatching(/^x+$/) });
	});

	test('clearRequests forgets the faults not used yet and their log', async () => {
		server.faults.add({ kind: 'reset' }, { path: '/send' });
		expect((await post('/elsewhere')).status).toBe(404);
		expect(server.faults.log).toHaveLength(1);
		expect(server.faults.pending).toBe(1);
		server.clearRequests();
		expect(server.faults.pending).toBe(0);
		expect(server.faults.log).toHaveLength(0);
		expect((await post()).status).toBe(200);
	});
});
