import type { SandboxStats } from '../sandbox/kit/server';
import { http } from '../support/node';

export type Provider = 'upyun' | 'jpush' | 'yunpian';

/** Where the sandbox process listens, and what each provider's node needs to talk to it. */
export interface SandboxUrls {
	upyun: string;
	jpush: string;
	yunpian: string;
	/** The sandbox process's own control port (`/reset`, `/stats`). */
	control: string;
	/** Per provider: node type (without package prefix), credential type and credential data the sandbox accepts. */
	providers: Record<Provider, { nodeType: string; credentialType: string; credentials: Record<string, string> }>;
}

/** What the parent asks a case process to run. */
export interface CaseSpec {
	/** A key of `cases` (cases.ts). */
	id: string;
	/** Recipient counts (input items, one number each), run in this order in the one process. */
	sizes: number[];
	latencyMs: number;
	/** Wall time a measured run may take: when the run before predicts more, fewer items are timed. None: always the full N. */
	budgetMs?: number;
	/** Items of the warm-up run (after a 10-item run that loads the code; its time predicts the first measured run's). */
	warmup: number;
	/** Fewest items a shortened run times. */
	minItems: number;
	urls: SandboxUrls;
}

/** What a case process reports (one JSON line on stdout after `RESULT_MARK`). */
export interface CaseResult {
	id: string;
	n: number;
	latencyMs: number;
	/** Items actually timed: `n`, or fewer when the run would have exceeded its budget. */
	timedItems: number;
	wallMs: number;
	/** User + system CPU of the case process during the timed run. */
	cpuMs: number;
	/** Output items of the node (all runs). */
	items: number;
	/** API requests the sandbox answered during the timed run. */
	requests: number;
	/** TCP connections the sandbox accepted during the timed run. */
	connections: number;
	maxInFlight: number;
	/** CPU time the sandbox process used during the timed run (it must not be the bottleneck). */
	sandboxCpuMs: number;
	/** Peak RSS of the case process (warm-up included), MiB. */
	peakRssMb: number;
	warmupMs: number;
	error?: string;
	/** No new run: the per-recipient rate of the (shortened) run at this N. */
	reusedFrom?: number;
	/** Extra figures of a case (the connection probe). */
	notes?: string[];
}

export const RESULT_MARK = '@@bench-result ';

/** JSON over HTTP to the sandbox process's control port. */
export async function control<T>(urls: SandboxUrls, method: 'GET' | 'POST', path: string): Promise<T> {
	return await new Promise<T>((resolve, reject) => {
		const request = http.request(`${urls.control}${path}`, { method, agent: false }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => {
				try {
					resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as T);
				} catch (error) {
					reject(error as Error);
				}
			});
		});
		request.on('error', reject);
		request.end();
	});
}

export async function resetSandboxes(urls: SandboxUrls, latencyMs?: number): Promise<void> {
	await control(urls, 'POST', latencyMs === undefined ? '/reset' : `/reset?latency=${latencyMs}`);
}

export interface SandboxProcessStats {
	providers: Record<Provider, SandboxStats>;
	/** CPU time the sandbox process has used since it started (user + system). */
	cpuMs: number;
}

export async function sandboxStats(urls: SandboxUrls): Promise<SandboxProcessStats> {
	return await control<SandboxProcessStats>(urls, 'GET', '/stats');
}
