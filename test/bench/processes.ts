import { childProcess, env, every, fs, hrNow, nodeBinary, path, repoRoot } from '../support/node';
import { RESULT_MARK, type CaseResult, type CaseSpec, type SandboxUrls } from './protocol';

type ChildProcess = import('node:child_process').ChildProcess;

/** Case and sandbox processes compile TypeScript through the bench's transpile cache (tsCache.js), not ts-node. */
const TS_NODE = ['-r', path.join(repoRoot, 'test', 'bench', 'tsCache.js')];

function start(script: string, extraEnv: Record<string, string>, stdin: 'ignore' | 'pipe'): ChildProcess {
	return childProcess.spawn(nodeBinary, [...TS_NODE, path.join('test', 'bench', script)], {
		cwd: repoRoot,
		env: { ...env, ...extraEnv },
		stdio: [stdin, 'pipe', 'pipe'],
	});
}

/** Resident and peak resident set size of a live process (Linux /proc), in MiB. */
function memoryOf(pid: number): { rss: number; peak: number } | undefined {
	try {
		const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
		const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
		return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
	} catch {
		return undefined;
	}
}

/** The sandboxes' own process; it ends when this process closes its stdin (or ends). */
export class SandboxProcess {
	private child?: ChildProcess;

	async start(): Promise<SandboxUrls> {
		const child = start('sandboxProcess.ts', {}, 'pipe');
		this.child = child;
		let errors = '';
		child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
		return await new Promise<SandboxUrls>((resolve, reject) => {
			let text = '';
			child.stdout?.on('data', (chunk: Buffer) => {
				text += chunk.toString('utf8');
				const line = text.split('\n').find((one) => one.startsWith('{"ready"'));
				if (line) resolve((JSON.parse(line) as { ready: SandboxUrls }).ready);
			});
			child.once('exit', (code) => reject(new Error(`the sandbox process ended (code ${code}): ${errors.slice(-2000)}`)));
		});
	}

	stop(): void {
		this.child?.stdin?.end();
		this.child = undefined;
	}
}

export interface Caps {
	/** Wall time allowed for recipient count `n` (counted from the previous result, or from the start). */
	timeMs: (n: number, previous?: CaseResult) => number;
	rssMb: number;
}

function failed(spec: CaseSpec, n: number, peakRssMb: number, error: string): CaseResult {
	return {
		id: spec.id,
		n,
		latencyMs: spec.latencyMs,
		timedItems: n,
		wallMs: NaN,
		cpuMs: NaN,
		items: 0,
		requests: NaN,
		connections: NaN,
		maxInFlight: NaN,
		sandboxCpuMs: NaN,
		peakRssMb,
		warmupMs: NaN,
		error,
	};
}

/**
 * Runs one case, every recipient count of `spec.sizes`, in a fresh process; `onResult` gets each count's
 * result as it arrives. The process is killed when it passes the memory cap (RSS, checked every 200 ms)
 * or the time cap of the count it is running; that count then fails saying which, with the peak RSS
 * seen so far, instead of the run taking the machine down, and the larger counts are not run.
 */
export async function runCase(spec: CaseSpec, caps: Caps, onResult: (result: CaseResult) => void): Promise<void> {
	const child = start('caseProcess.ts', { BENCH_CASE: JSON.stringify(spec) }, 'ignore');
	const pending = [...spec.sizes];
	let previous: CaseResult | undefined;
	let deadline = hrNow() + caps.timeMs(pending[0]);
	let stdout = '';
	let stderr = '';
	let peakMb = 0;
	let killedFor: string | undefined;
	child.stdout?.on('data', (chunk: Buffer) => {
		stdout += chunk.toString('utf8');
		let newline = stdout.indexOf('\n');
		while (newline !== -1) {
			const line = stdout.slice(0, newline);
			stdout = stdout.slice(newline + 1);
			newline = stdout.indexOf('\n');
			if (!line.startsWith(RESULT_MARK)) continue;
			const reported = JSON.parse(line.slice(RESULT_MARK.length)) as Partial<CaseResult>;
			const n = pending.shift();
			if (n === undefined) continue;
			const result = reported.id === undefined ? failed(spec, n, peakMb, reported.error ?? 'no result') : (reported as CaseResult);
			peakMb = Math.max(peakMb, result.peakRssMb);
			previous = result;
			if (pending.length) deadline = hrNow() + caps.timeMs(pending[0], previous);
			onResult(result);
		}
	});
	child.stderr?.on('data', (chunk: Buffer) => {
		stderr = (stderr + chunk.toString('utf8')).slice(-4000);
	});
	const stopWatching = every(200, () => {
		if (child.pid === undefined || killedFor) return;
		const memory = memoryOf(child.pid);
		if (memory) peakMb = Math.max(peakMb, memory.peak, memory.rss);
		if (memory && memory.rss > caps.rssMb) killedFor = `RSS passed the ${caps.rssMb} MB cap`;
		else if (hrNow() > deadline) killedFor = `stopped at its time cap (${(caps.timeMs(pending[0] ?? 0, previous) / 1000).toFixed(0)} s)`;
		if (killedFor) child.kill('SIGKILL');
	});
	const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
	stopWatching();
	if (previous?.error && pending.length) {
		for (const n of pending) onResult(failed(spec, n, 0, `not run: the run at ${previous.n.toLocaleString('en-US')} failed`));
		return;
	}
	const [current, ...rest] = pending;
	if (current === undefined) return;
	const why = killedFor
		? `${killedFor}, peak RSS so far ${peakMb.toFixed(0)} MB`
		: `the case process ended (code ${code}) without a result: ${stderr.trim().split('\n').slice(-3).join(' | ')}`;
	onResult(failed(spec, current, peakMb, why));
	for (const n of rest) onResult(failed(spec, n, 0, `not run: the run at ${current.toLocaleString('en-US')} failed`));
}
