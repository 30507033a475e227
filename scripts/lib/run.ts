import { childProcess, delay, every, exit, isTty, print, write } from '../../test/support/node';

type SpawnOptions = import('node:child_process').SpawnOptions;

export interface RunResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** Prints why and ends the script with exit code 1 (scripts report, they do not throw). */
export function fail(message: string): never {
	print(`\n✖ ${message}`);
	return exit(1);
}

/** Runs a command to its end and collects its output (never throws; a spawn error is code 127). */
export async function run(command: string, args: string[], options: SpawnOptions = {}): Promise<RunResult> {
	return await new Promise((resolve) => {
		const child = childProcess.spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', (error) => resolve({ code: 127, stdout, stderr: stderr + String(error) }));
		child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
	});
}

/**
 * Runs a long command and shows progress: one line redrawn in place on a terminal (or a line
 * every 15 s otherwise) with the elapsed time and `status()` (e.g. how many packages were fetched).
 * `onLine` sees every output line. The last 40 lines are printed when the command fails.
 */
export async function runWithProgress(
	label: string,
	command: string,
	args: string[],
	options: SpawnOptions & { onLine?: (line: string) => void; status?: () => string } = {},
): Promise<RunResult> {
	const started = Date.now();
	const tail: string[] = [];
	const tty = isTty();
	const show = (final = false): void => {
		const seconds = Math.round((Date.now() - started) / 1000);
		const extra = options.status ? `, ${options.status()}` : '';
		const line = `  ${label}: ${seconds} s${extra}`;
		if (tty) write(`\r${line}\x1b[K${final ? '\n' : ''}`);
		else if (!final) print(line);
	};
	const stop = every(tty ? 1000 : 15000, () => show());
	const result = await new Promise<RunResult>((resolve) => {
		const child = childProcess.spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		let partial = '';
		const take = (chunk: Buffer, into: 'out' | 'err'): void => {
			const text = chunk.toString();
			if (into === 'out') stdout += text;
			else stderr += text;
			const lines = (partial + text).split('\n');
			partial = lines.pop() ?? '';
			for (const line of lines) {
				tail.push(line);
				if (tail.length > 40) tail.shift();
				options.onLine?.(line);
			}
		};
		child.stdout?.on('data', (chunk: Buffer) => take(chunk, 'out'));
		child.stderr?.on('data', (chunk: Buffer) => take(chunk, 'err'));
		child.on('error', (error) => resolve({ code: 127, stdout, stderr: stderr + String(error) }));
		child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
	});
	stop();
	show(true);
	if (!tty) print(`  ${label}: done in ${Math.round((Date.now() - started) / 1000)} s (exit ${result.code})`);
	if (result.code !== 0) print(tail.join('\n'));
	return result;
}

/** Polls `check` until it returns a value (not undefined), or gives up after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs: number, intervalMs = 250): Promise<T | undefined> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const value = await check();
		if (value !== undefined) return value;
		await delay(intervalMs);
	}
	return undefined;
}
