import { hrNow, http } from '../../support/node';
import { SandboxServer } from './server';

type Agent = import('node:http').Agent;

const server = new SandboxServer('kit', {
	notFound: () => ({ status: 404, body: { error: 'not found' } }),
	badBody: () => ({ status: 400, body: { error: 'bad body' } }),
}).route('POST', '/send', (request) => ({ status: 200, body: { got: request.body } }));

let baseUrl = '';
beforeAll(async () => {
	baseUrl = await server.start();
});
afterAll(async () => await server.stop());
beforeEach(() => {
	server.clearRequests();
	server.latencyMs = 0;
	server.recordRequests = true;
});

async function post(path: string, agent: Agent | false): Promise<number> {
	return await new Promise((resolve, reject) => {
		const request = http.request(`${baseUrl}${path}`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (response) => {
			response.resume();
			response.on('end', () => resolve(response.statusCode ?? 0));
		});
		request.on('error', reject);
		request.end('{"a":1}');
	});
}

describe('SandboxServer counters and latency (for benchmarks)', () => {
	test('counts requests per route and TCP connections: one reused keep-alive connection, or one per request', async () => {
		const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
		for (let i = 0; i < 3; i++) await post('/send', agent);
		agent.destroy();
		expect(server.stats).toMatchObject({ requests: 3, connections: 1, maxInFlight: 1, byRoute: { 'POST /send': 3 } });
		server.resetStats();
		for (let i = 0; i < 3; i++) await post('/send', false);
		expect(server.stats).toMatchObject({ requests: 3, connections: 3 });
	});

	test('latencyMs delays each API answer; control routes are not counted', async () => {
		server.latencyMs = 60;
		const started = hrNow();
		await Promise.all([post('/send', false), post('/send', false)]);
		expect(hrNow() - started).toBeGreaterThanOrEqual(55);
		expect(server.stats.maxInFlight).toBe(2);
		expect(await post('/__sandbox/nothing', false)).toBe(404);
		expect(server.stats.requests).toBe(2);
	});

	test('recordRequests = false keeps no request, only the counts', async () => {
		server.recordRequests = false;
		await post('/send', false);
		expect(server.received).toHaveLength(0);
		expect(server.stats.requests).toBe(1);
	});
});
