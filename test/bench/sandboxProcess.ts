import type { SandboxServer, SandboxStats } from '../sandbox/kit/server';
import { JPushSandbox } from '../sandbox/jpush';
import { jpushProvider, upyunProvider, yunpianProvider, type SandboxProvider } from '../sandbox/providers';
import { UpyunSandbox } from '../sandbox/upyun';
import { YunpianSandbox } from '../sandbox/yunpian';
import { exit, http, onStdinEnd, print, resourceUsage } from '../support/node';
import type { Provider, SandboxProcessStats, SandboxUrls } from './protocol';

type IncomingMessage = import('node:http').IncomingMessage;
type ServerResponse = import('node:http').ServerResponse;
type AddressInfo = import('node:net').AddressInfo;

/**
 * The provider sandboxes of the benchmark, in a process of their own: they get their own core and
 * their memory is not counted in a case's peak RSS. Started by the bench's parent process; prints one
 * JSON line with its URLs, then takes commands on a control port:
 * `POST /reset?latency=<ms>` (seed state + bench settings, counters zeroed) and `GET /stats`.
 * Ends when its stdin closes (the parent has gone).
 */
const upyun = new UpyunSandbox({ mobileLimit: 1000, asyncMobileLimit: 10000 });
const jpush = new JPushSandbox();
const yunpian = new YunpianSandbox();
const servers: Record<Provider, SandboxServer> = {
	upyun: upyun.server,
	jpush: jpush.server,
	yunpian: yunpian.server,
};
let latencyMs = 0;

/** Seed state, then what a benchmark needs: balances no run exhausts, nothing kept per request. */
function reset(): void {
	upyun.reset();
	jpush.reset();
	yunpian.reset();
	upyun.balance.industry = Number.MAX_SAFE_INTEGER;
	jpush.appBalance.app_industry = 1e12;
	yunpian.account.balance = 1e8;
	for (const server of Object.values(servers)) {
		server.recordRequests = false;
		server.latencyMs = latencyMs;
		server.resetStats();
	}
}

function stats(): SandboxProcessStats {
	const usage = resourceUsage();
	return {
		providers: Object.fromEntries(Object.entries(servers).map(([name, server]) => [name, server.stats])) as Record<Provider, SandboxStats>,
		cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
	};
}

function answer(res: ServerResponse, status: number, body: unknown): void {
	res.writeHead(status, { 'content-type': 'application/json' });
	res.end(JSON.stringify(body));
}

function control(req: IncomingMessage, res: ServerResponse): void {
	const url = new URL(req.url ?? '/', 'http://control');
	if (req.method === 'POST' && url.pathname === '/reset') {
		const latency = url.searchParams.get('latency');
		if (latency !== null) latencyMs = Number(latency);
		reset();
		answer(res, 200, { latencyMs });
	} else if (req.method === 'GET' && url.pathname === '/stats') {
		answer(res, 200, stats());
	} else {
		answer(res, 404, { error: `no ${req.method} ${url.pathname}` });
	}
	req.resume();
}

async function main(): Promise<void> {
	const urls = { upyun: await upyun.start(), jpush: await jpush.start(), yunpian: await yunpian.start() };
	reset();
	const server = http.createServer(control);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	const describe = (provider: SandboxProvider, url: string) => ({
		nodeType: provider.nodeType,
		credentialType: provider.credentialType,
		credentials: provider.credentials(url) as Record<string, string>,
	});
	const ready: SandboxUrls = {
		...urls,
		control: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		providers: { upyun: describe(upyunProvider, urls.upyun), jpush: describe(jpushProvider, urls.jpush), yunpian: describe(yunpianProvider, urls.yunpian) },
	};
	print(JSON.stringify({ ready }));
	onStdinEnd(() => exit(0));
}

void main();
