import { delay } from '../../support/node';

type ServerResponse = import('node:http').ServerResponse;

/**
 * Network and gateway faults a real provider's load balancer produces, shared by every sandbox: the
 * request is received and recorded as usual, then answered (or not) this way instead of by its route.
 */
export type NetworkFault =
	/** Never answers (the client's deadline must end it). */
	| { kind: 'hang' }
	/** Sends the headers, then one byte every `everyMs` (an idle timeout never fires). */
	| { kind: 'trickle'; everyMs?: number }
	/** Resets the connection after reading the request. */
	| { kind: 'reset' }
	/** Closes the connection cleanly without any answer. */
	| { kind: 'close' }
	/** A status with a body: `json` (an object), `html` (a gateway page), `text`, or none. */
	| { kind: 'status'; status: number; json?: unknown; html?: string; text?: string; headers?: Record<string, string> }
	/**
	 * HTTP 200 with the first half of a JSON document: `json`, else the route's own answer (the route then
	 * runs, as when a provider did the work and the answer was cut on its way back).
	 */
	| { kind: 'truncated'; json?: unknown }
	/** A body of `bytes` characters (JSON if `json`, else text), e.g. 20 MB. */
	| { kind: 'huge'; bytes: number; status?: number; json?: boolean };

/** The page a gateway answers with, as nginx writes it. */
export function gatewayPage(status: number, title = `${status} Bad Gateway`): string {
	return `<!DOCTYPE html>\n<html>\n<head><title>${title}</title></head>\n<body>\n<center><h1>${title}</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>\n`;
}

/** Whether the fault needs the route's own answer (then the route runs first, and `playFault` gets its text). */
export function needsRouteAnswer(fault: NetworkFault): boolean {
	return fault.kind === 'truncated' && fault.json === undefined;
}

/**
 * Answers `res` with the fault. Resolves when the fault has been played out (or the client left).
 * `routeAnswer` is the body the route gave, for faults that cut it (see `needsRouteAnswer`).
 */
export async function playFault(res: ServerResponse, fault: NetworkFault, routeAnswer = ''): Promise<void> {
	const socket = res.socket;
	switch (fault.kind) {
		case 'hang':
			await new Promise<void>((resolve) => res.once('close', () => resolve()));
			return;
		case 'trickle': {
			res.writeHead(200, { 'content-type': 'application/json' });
			let closed = false;
			res.once('close', () => {
				closed = true;
			});
			// One byte of a never-ending JSON string, bounded so a broken client cannot keep it forever.
			res.write('{"pad":"');
			for (let sent = 0; !closed && sent < 600; sent++) {
				await delay(fault.everyMs ?? 500);
				if (!closed) res.write('x');
			}
			res.end('"}');
			return;
		}
		case 'reset':
			socket?.resetAndDestroy();
			return;
		case 'close':
			socket?.end();
			socket?.destroySoon();
			return;
		case 'status': {
			const headers: Record<string, string> = { ...(fault.headers ?? {}) };
			let body = '';
			if (fault.json !== undefined) {
				body = JSON.stringify(fault.json);
				headers['content-type'] ??= 'application/json; charset=utf-8';
			} else if (fault.html !== undefined) {
				body = fault.html;
				headers['content-type'] ??= 'text/html';
			} else if (fault.text !== undefined) {
				body = fault.text;
				headers['content-type'] ??= 'text/plain';
			}
			res.writeHead(fault.status, headers);
			res.end(body);
			return;
		}
		case 'truncated': {
			const text = fault.json === undefined ? routeAnswer : JSON.stringify(fault.json);
			res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
			res.end(text.slice(0, Math.floor(text.length / 2)));
			return;
		}
		case 'huge': {
			res.writeHead(fault.status ?? 200, { 'content-type': fault.json ? 'application/json' : 'text/plain' });
			const block = 'x'.repeat(64 * 1024);
			let left = fault.bytes;
			if (fault.json) {
				res.write('{"pad":"');
				left -= 10;
			}
			while (left > 0) {
				const part = left >= block.length ? block : block.slice(0, left);
				left -= part.length;
				if (!res.write(part)) await new Promise<void>((resolve) => res.once('drain', () => resolve()));
			}
			res.end(fault.json ? '"}' : '');
			return;
		}
	}
}

/** Which requests a fault is for: method and path (exact, or a pattern); `after` matching requests go through first. */
export interface FaultMatch {
	method?: string;
	path?: string | RegExp;
	/** How many matching requests are answered as usual before this fault is used (e.g. 1: page 2 of a list). */
	after?: number;
}

/** One request the queue was consulted for, in arrival order. */
export interface FaultLogEntry {
	method: string;
	path: string;
	/** `Date.now()` when the request had been read. */
	at: number;
	/** The fault it got, if any. */
	fault?: NetworkFault['kind'];
}

/**
 * Faults waiting for the next requests that match, in order; each is used once. The server consults
 * the queue for every API request after recording it (`SandboxServer.faults`), and the queue keeps a
 * log of those requests with their arrival times (to measure the pause a client made before retrying).
 */
export class FaultQueue {
	private readonly queue: Array<{ fault: NetworkFault; match: FaultMatch; skip: number }> = [];

	readonly log: FaultLogEntry[] = [];

	add(fault: NetworkFault, match: FaultMatch = {}): void {
		this.queue.push({ fault, match, skip: match.after ?? 0 });
	}

	/** Forgets the waiting faults and the log. */
	clear(): void {
		this.queue.length = 0;
		this.log.length = 0;
	}

	/** Faults not used yet. */
	get pending(): number {
		return this.queue.length;
	}

	/** The fault for this request, taken off the queue, or undefined; the request is logged either way (unless `log` is false). */
	take(method: string, path: string, log = true): NetworkFault | undefined {
		const entry: FaultLogEntry = { method, path, at: Date.now() };
		if (log) this.log.push(entry);
		const index = this.queue.findIndex(({ match }) => matches(match, method, path));
		if (index < 0) return undefined;
		const waiting = this.queue[index];
		if (waiting.skip > 0) {
			waiting.skip--;
			return undefined;
		}
		this.queue.splice(index, 1);
		entry.fault = waiting.fault.kind;
		return waiting.fault;
	}

	/** Logged requests that match, in order. */
	seen(match: FaultMatch = {}): FaultLogEntry[] {
		return this.log.filter((entry) => matches(match, entry.method, entry.path));
	}
}

function matches(match: FaultMatch, method: string, path: string): boolean {
	return (!match.method || match.method === method) && (!match.path || (typeof match.path === 'string' ? match.path === path : match.path.test(path)));
}
