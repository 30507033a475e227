import { args, childProcess, exit, fs, hrNow, nodeVersion, os, path, print, repoRoot } from '../support/node';
import { coldLoadTimes, distFreshness, packedSize, sourcesChangedAt } from './coldLoad';
import { nodesBaseFolder, nodesBaseProblem } from './n8nBase';
import { runPlan, type BenchOptions } from './plan';
import { SandboxProcess } from './processes';
import { formatRow, summarize, TABLE_HEADER } from './report';

/**
 * The benchmark of issue 12: our bulk paths against n8n's own HTTP Request node, a raw keep-alive
 * loop and the engine alone, at 0 and 50 ms of provider latency, each case in a process of its own.
 * Prints figures; asserts nothing. Ends with one `bench:` line.
 *
 *   npm run bench                 # N = 1 000, 10 000, 100 000; every case capped in time and memory
 *                                 # (about 770 s of CPU: 28 min on 2 cores shared at load 9)
 *   npm run bench -- --quick      # 10 000 (single sends and the raw loop at 1 000): about 100 s of CPU
 *   npm run bench -- --sizes=1000,10000 --latencies=0,50 --only=upyunSend,raw
 */
function parseOptions(): BenchOptions {
	const quick = args.includes('--quick');
	const text = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1].split(',');
	const list = (name: string) => text(name)?.map(Number);
	return {
		only: text('only'),
		quick,
		sizes: list('sizes') ?? (quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]),
		latencies: list('latencies') ?? [0, 50],
	};
}

/** CPU seconds of this process and of every child process it has waited for (Linux /proc; clock ticks of 10 ms). */
function cpuSeconds(): { own: number; children: number } | undefined {
	try {
		const stat = fs.readFileSync('/proc/self/stat', 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
		return { own: (fields[11] + fields[12]) / 100, children: (fields[13] + fields[14]) / 100 };
	} catch {
		return undefined;
	}
}

function gitState(): string {
	const run = (...git: string[]) => childProcess.spawnSync('git', git, { cwd: repoRoot, encoding: 'utf8' }).stdout.trim();
	const dirty = run('status', '--porcelain', '--', 'nodes', 'credentials').split('\n').filter(Boolean).length;
	return `${run('log', '-1', '--format=%h %s').slice(0, 90)}${dirty ? ` (+${dirty} uncommitted changes in nodes/, credentials/)` : ''}`;
}

async function main(): Promise<void> {
	const options = parseOptions();
	const started = hrNow();
	const sourcesAtStart = sourcesChangedAt();
	const problem = nodesBaseProblem();
	if (problem) {
		print(`bench: cannot run the HTTP Request and Set cases: ${problem}`);
		exit(1);
	}
	print(`Bulk-send benchmark (issue 12)${options.quick ? ', quick' : ''}: N = ${options.sizes.join(', ')}; latency ${options.latencies.join(' and ')} ms per request`);
	print(`code: ${gitState()}`);
	print(`Node ${nodeVersion} with n8n-core 2.41.1 (our devDependency); n8n's nodes from ${nodesBaseFolder}`);
	print(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')} at start (shared: wall times vary; cpu s is steadier)`);
	print(
		'Each case runs in a fresh process (peak RSS is its own) after a warm-up on ≤ 100 other numbers; the sandboxes run in a process of their own.',
	);
	print('Cases that would pass their time budget are timed on fewer items (≈: per-recipient rates, wall extrapolated).');
	print(
		'conns = TCP connections the sandbox accepted; in-flight = most requests it was answering at once; cpu s = CPU of the case process; ' +
			'sbx cpu = CPU of the sandbox process, both during the timed run.',
	);

	const sandboxes = new SandboxProcess();
	const urls = await sandboxes.start();
	let latency: number | undefined;
	let rows;
	try {
		rows = await runPlan(options, urls, (row) => {
			if (row.latencyMs !== latency) {
				latency = row.latencyMs;
				print(`\n— provider latency ${latency} ms per request —`);
				print(TABLE_HEADER);
			}
			print(formatRow(row));
		});
	} finally {
		sandboxes.stop();
	}

	print('');
	if (sourcesChangedAt() !== sourcesAtStart) {
		print('WARNING: a node or credential source changed during the run: cases started after the change ran the new code.');
	}
	const fresh = distFreshness();
	print(
		fresh.builtAt
			? `dist/ built ${fresh.builtAt.toISOString()}${fresh.stale ? ': OLDER than a node or credential source, run npm run build for current figures' : ''}`
			: 'dist/ is missing: run npm run build',
	);
	const loadRuns = options.quick ? 1 : 10;
	const loads = coldLoadTimes(loadRuns);
	const pack = packedSize();
	const summary = summarize(rows, options.sizes, options.latencies, loads, loadRuns, pack, (hrNow() - started) / 1000);
	for (const line of summary.lines) print(line);
	const cpu = cpuSeconds();
	if (cpu) {
		print(
			`CPU time: ${(cpu.own + cpu.children).toFixed(0)} s (this process ${cpu.own.toFixed(0)} s, its child processes ${cpu.children.toFixed(0)} s); ` +
				`load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')} at the end`,
		);
	}
	const saved = path.join(os.tmpdir(), `n8n-nodes-china-sms-bench-${options.quick ? 'quick' : 'full'}.json`);
	fs.writeFileSync(saved, JSON.stringify({ options, rows, loads, pack }, null, 1));
	print(`Every figure as JSON: ${saved}`);
	print(summary.finalLine);
}

void main();
