import { delay, http } from '../../support/node';
import { parseBody } from './bodyParsers';
import { FaultQueue, needsRouteAnswer, playFault } from './faults';
import type { RecordedRequest, Route, SandboxResponse } from './types';

type IncomingMessage = import('node:http').IncomingMessage;
type Server = import('node:http').Server;
type ServerResponse = import('node:http').ServerResponse;
type AddressInfo = import('node:net').AddressInfo;
type Socket = import('node:net').Socket;

interface CompiledRoute extends Route {
	pattern: RegExp;
	names: string[];
}

function compile(route: Route): CompiledRoute {
	const names: string[] = [];
	const source = route.path.replace(/:([A-Za-z_]+)/g, (_m, name: string) => {
		names.push(name);
		return '([^/]+)';
	});
	return { ...route, pattern: new RegExp(`^${source}$`), names };
}

/** What a sandbox has served since it started or was last reset (`/__sandbox/*` control routes not counted). */
export interface SandboxStats {
	/** API requests answered. */
	requests: number;
	/** TCP connections accepted (a client that reuses connections opens few; one per request means none reused). */
	connections: number;
	/** Connections open now. */
	openConnections: number;
	/** Most connections open at the same time. */
	maxOpenConnections: number;
	/** Most API requests being handled at the same time (1 = the client waited for each answer). */
	maxInFlight: number;
	/** API requests per `METHOD path`, e.g. `POST /api/messages`. */
	byRoute: Record<string, number>;
}

export interface SandboxOptions {
	/** Answer for a path no route serves (the provider's own "not found"). */
	notFound: (request: RecordedRequest) => SandboxResponse;
	/** Answer for a body the provider could not parse. */
	badBody: (request: RecordedRequest, reason: string) => SandboxResponse;
}

/**
 * A provider sandbox: an HTTP server that records every request it receives (except its own
 * `/__sandbox/*` control routes) and answers from the provider's routes.
 */
export class SandboxServer {
	readonly received: RecordedRequest[] = [];

	/**
	 * Milliseconds each API request waits before it is answered: a provider's round trip, for
	 * benchmarks (0 by default). Control routes under `/__sandbox/` answer at once.
	 */
	latencyMs = 0;

	/**
	 * Whether every API request is kept in `received` (the default, what tests assert on). Benchmarks
	 * turn it off, so 100 000 requests do not fill the sandbox's memory, and read `stats` instead.
	 */
	recordRequests = true;

	/**
	 * Network and gateway faults for the next matching API requests (see faults.ts). The queue is
	 * consulted for every API request once it has been read; a request that gets a fault is recorded
	 * as received, and the fault answers (or does not) instead of the route.
	 */
	readonly faults = new FaultQueue();

	private counts: SandboxStats = SandboxServer.emptyStats(0);

	private inFlight = 0;

	private readonly routes: CompiledRoute[] = [];

	private server?: Server;

	private url = '';

	constructor(
		readonly name: string,
		private readonly options: SandboxOptions,
	) {}

	route(method: string, path: string, handler: Route['handler']): this {
		this.routes.push(compile({ method, path, handler }));
		return this;
	}

	get baseUrl(): string {
		if (!this.url) throw new Error(`${this.name} sandbox is not started`);
		return this.url;
	}

	/** Requests received on one path (or all), in order. */
	requests(method?: string, path?: string): RecordedRequest[] {
		return this.received.filter(
			(r) => (!method || r.method === method) && (!path || r.path === path),
		);
	}

	/** Forgets the recorded requests, the counts, and the faults not used yet (with their log). */
	clearRequests(): void {
		this.received.length = 0;
		this.faults.clear();
		this.resetStats();
	}

	/** Counts since the start or the last `resetStats` / `clearRequests` (a copy). */
	get stats(): SandboxStats {
		return { ...this.counts, byRoute: { ...this.counts.byRoute } };
	}

	/** Starts counting again; connections open now stay counted as open. */
	resetStats(): void {
		this.counts = SandboxServer.emptyStats(this.counts.openConnections);
	}

	private static emptyStats(open: number): SandboxStats {
		return { requests: 0, connections: 0, openConnections: open, maxOpenConnections: open, maxInFlight: 0, byRoute: {} };
	}

	private countConnection(socket: Socket): void {
		this.counts.connections++;
		this.counts.openConnections++;
		this.counts.maxOpenConnections = Math.max(this.counts.maxOpenConnections, this.counts.openConnections);
		socket.once('close', () => {
			this.counts.openConnections--;
		});
	}

	async start(port = 0, host = '127.0.0.1'): Promise<string> {
		this.server = http.createServer((req, res) => {
			void this.handle(req, res);
		});
		this.server.on('connection', (socket: Socket) => this.countConnection(socket));
		await new Promise<void>((resolve, reject) => {
			this.server!.once('error', reject);
			this.server!.listen(port, host, () => resolve());
		});
		const address = this.server.address() as AddressInfo;
		this.url = `http://${host}:${address.port}`;
		return this.url;
	}

	async stop(): Promise<void> {
		const server = this.server;
		this.server = undefined;
		if (!server) return;
		server.closeAllConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const control = (req.url ?? '/').startsWith('/__sandbox/');
		if (!control) {
			this.inFlight++;
			this.counts.maxInFlight = Math.max(this.counts.maxInFlight, this.inFlight);
		}
		try {
			await this.serve(req, res, control);
		} finally {
			if (!control) this.inFlight--;
		}
	}

	private async serve(req: IncomingMessage, res: ServerResponse, control: boolean): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const raw = Buffer.concat(chunks);
		const url = new URL(req.url ?? '/', 'http://sandbox');
		const contentType = req.headers['content-type'] ?? '';
		const recorded: RecordedRequest = {
			method: req.method ?? 'GET',
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			headers: req.headers,
			contentType,
			rawBody: raw.toString('utf8'),
			body: undefined,
			files: [],
			params: {},
		};
		const parsed = parseBody(raw, contentType);
		recorded.body = parsed.body;
		recorded.files = parsed.files;
		// Logged like `received`: not when recording is off (benchmarks).
		const fault = control ? undefined : this.faults.take(recorded.method, recorded.path, this.recordRequests);
		let response: SandboxResponse = { status: 500 };
		// The route runs unless a fault answers instead (a fault that cuts the route's answer lets it run).
		if (!fault || needsRouteAnswer(fault)) {
			try {
				response = parsed.error ? this.options.badBody(recorded, parsed.error) : await this.dispatch(recorded);
			} catch (error) {
				response = { status: 500, body: { sandboxError: String(error) } };
			}
		}
		if (!control) {
			if (this.recordRequests) this.received.push(recorded);
			this.counts.requests++;
			const route = `${recorded.method} ${recorded.path}`;
			this.counts.byRoute[route] = (this.counts.byRoute[route] ?? 0) + 1;
			if (this.latencyMs > 0) await delay(this.latencyMs);
		}
		if (fault) await playFault(res, fault, payloadOf(response) ?? '');
		else this.send(res, response);
	}

	private async dispatch(request: RecordedRequest): Promise<SandboxResponse> {
		for (const route of this.routes) {
			if (route.method !== request.method) continue;
			const match = route.pattern.exec(request.path);
			if (!match) continue;
			route.names.forEach((name, index) => {
				request.params[name] = decodeURIComponent(match[index + 1]);
			});
			return await route.handler(request);
		}
		if (request.path === '/__sandbox/requests' && request.method === 'GET') {
			return { status: 200, body: this.received };
		}
		return this.options.notFound(request);
	}

	private send(res: ServerResponse, response: SandboxResponse): void {
		const headers: Record<string, string> = { ...(response.headers ?? {}) };
		const payload = payloadOf(response);
		if (payload !== undefined && !headers['content-type']) {
			headers['content-type'] = 'application/json; charset=utf-8';
		}
		res.writeHead(response.status, headers);
		res.end(payload);
	}
}

/** The body text of a sandbox answer: `rawBody`, else `body` (JSON unless it is a string). */
function payloadOf(response: SandboxResponse): string | undefined {
	if (response.rawBody !== undefined) return response.rawBody;
	if (response.body === undefined) return undefined;
	return typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
}
