import { readyMadeBannerLines } from '../sandbox/providers';
import { childProcess, delay, env, fs, net, os, path, pid, print, repoRoot, signal } from '../support/node';
import { freePort, portInUse } from '../../scripts/lib/n8n';
import { readPidFile, type PidRecord } from '../../scripts/lib/processes';
import { sandboxProviders } from '../../scripts/lib/providers';

/**
 * `npm start` owns its processes: a real `npm start` (warm: Node 24 and n8n cached, dist/ built) on free
 * ports and a user folder of its own, stopped in every way it can end. After each, n8n, its guardian, the
 * start script, npm and everything in its process group are gone and no port is still held.
 */
type ChildProcess = import('node:child_process').ChildProcess;

const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'china-sms-start-'));
let port = 0;
let brokerPort = 0;
let sandboxBase = 0;

interface StartRun {
	npm: ChildProcess;
	/** Everything npm start printed so far (stdout and stderr). */
	output(): string;
	exited: Promise<{ code: number | null; signal: string | null }>;
	/** The pid file once n8n runs: owner (the start script), guardian, pid (n8n). */
	record: PidRecord;
}

/** Alive and not a zombie (a dead child not reaped yet still answers kill 0). */
function running(id: number): boolean {
	try {
		const stat = fs.readFileSync(`/proc/${id}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
	} catch {
		return false;
	}
}

/** Live processes whose process group is `group`. */
function groupMembers(group: number): number[] {
	const members: number[] = [];
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			if (fields[0] !== 'Z' && Number(fields[2]) === group) members.push(Number(entry));
		} catch {
			// Ended meanwhile.
		}
	}
	return members;
}

function startEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
	return {
		...env,
		N8N_CHINA_SMS_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		SANDBOX_PORT_BASE: String(sandboxBase),
		...extra,
	};
}

/** `npm start` in a process group of its own (as a terminal runs a foreground job); resolves when it prints the banner. */
async function npmStart(timeoutMs = 240000): Promise<StartRun> {
	const started = Date.now();
	const npm = childProcess.spawn('npm', ['start'], { cwd: repoRoot, env: startEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	npm.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	npm.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	let ended = false;
	const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
		npm.once('exit', (code, name) => {
			ended = true;
			resolve({ code, signal: name });
		}),
	);
	while (!output.includes('n8n is running:') && !ended && Date.now() - started < timeoutMs) await delay(250);
	const record = readPidFile(userFolder);
	if (!output.includes('n8n is running:') || !record) {
		signal(-(npm.pid ?? 0), 'SIGKILL');
		throw new Error(`npm start did not come up (${ended ? 'it exited' : 'timed out'}):\n${output}`);
	}
	print(`npm start was ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return { npm, output: () => output, exited, record };
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (await check()) return true;
		await delay(200);
	}
	return await check();
}

async function portsInUse(): Promise<number[]> {
	const ports = [port, brokerPort, ...sandboxProviders.map((provider) => sandboxBase + provider.portOffset)];
	const used: number[] = [];
	for (const candidate of ports) if (await portInUse(candidate)) used.push(candidate);
	return used;
}

/** n8n, its guardian, the start script, npm and its whole process group have ended; the ports are free. */
async function expectAllGone(run: StartRun): Promise<void> {
	const { npm, record } = run;
	const group = npm.pid ?? 0;
	const gone = await until(
		async () =>
			![record.pid, record.guardian, record.owner].some(running) &&
			groupMembers(group).length === 0 &&
			groupMembers(record.guardian).length === 0 &&
			(await portsInUse()).length === 0,
		45000,
	);
	if (!gone) {
		const left = [record.pid, record.guardian, record.owner].filter(running);
		const members = [...groupMembers(group), ...groupMembers(record.guardian)];
		signal(-group, 'SIGKILL');
		signal(-record.guardian, 'SIGKILL');
		throw new Error(
			`left running: ${left.join(', ') || 'none'}; group members: ${members.join(', ') || 'none'}; ports in use: ${(await portsInUse()).join(', ') || 'none'}\n${run.output()}`,
		);
	}
	await run.exited;
	expect(fs.existsSync(path.join(userFolder, 'n8n.pid.json'))).toBe(false);
}

async function freeSandboxBase(): Promise<number> {
	for (;;) {
		const base = 20000 + Math.floor(Math.random() * 400) * 100;
		const offsets = sandboxProviders.map((provider) => base + provider.portOffset);
		let free = true;
		for (const candidate of offsets) if (await portInUse(candidate)) free = false;
		if (free) return base;
	}
}

beforeAll(async () => {
	port = await freePort();
	brokerPort = await freePort();
	sandboxBase = await freeSandboxBase();
});

afterAll(() => {
	fs.rmSync(userFolder, { recursive: true, force: true });
});

describe('npm start stops n8n and the sandboxes however it ends', () => {
	test('Ctrl-C (SIGINT to the foreground process group); a second npm start on the same folder is refused meanwhile', async () => {
		const run = await npmStart();
		// The banner lists every node type of the package, which n8n loaded.
		expect(run.output()).not.toContain('n8n did not load');
		for (const type of ['jPushSms', 'liupai', 'upyunSms', 'yunpian', 'upyunSmsTrigger']) expect(run.output()).toContain(` n8n-nodes-china-sms.${type}\n`);
		// Every sandbox's ready-made data (template IDs, numbers that fail on purpose…) is in the banner.
		for (const line of readyMadeBannerLines()) expect(run.output()).toContain(line);
		const second = childProcess.spawnSync('npm', ['start'], { cwd: repoRoot, env: startEnv(), encoding: 'utf8', timeout: 120000 });
		expect(second.status).toBe(1);
		expect(second.stdout).toContain(`npm start is already running on ${userFolder} (pid ${run.record.owner}; its n8n is pid ${run.record.pid})`);

		signal(-(run.npm.pid ?? 0), 'SIGINT');
		await expectAllGone(run);
		expect(run.output()).toContain('SIGINT: stopping n8n and the sandboxes…');
		expect(run.output()).toContain('Stopped.');
	}, 400000);

	test('the terminal closes (SIGHUP to the process group)', async () => {
		const run = await npmStart();
		signal(-(run.npm.pid ?? 0), 'SIGHUP');
		await expectAllGone(run);
		expect(run.output()).toContain('SIGHUP: stopping n8n and the sandboxes…');
	}, 300000);

	test('SIGTERM to the start script', async () => {
		const run = await npmStart();
		signal(run.record.owner, 'SIGTERM');
		await expectAllGone(run);
		expect(run.output()).toContain('SIGTERM: stopping n8n and the sandboxes…');
	}, 300000);

	test('kill <pid of npm start> (SIGTERM to npm only: its `sh -c` dies without passing it on)', async () => {
		const run = await npmStart();
		signal(run.npm.pid ?? 0, 'SIGTERM');
		await expectAllGone(run);
		expect(run.output()).toContain('stopping n8n and the sandboxes…');
	}, 300000);

	test('the start script is killed with SIGKILL (the guardian stops n8n)', async () => {
		const run = await npmStart();
		signal(run.record.owner, 'SIGKILL');
		await expectAllGone(run);
	}, 300000);

	test('an n8n left running by a killed run is recognised from the pid file and stopped by the next npm start', async () => {
		const first = await npmStart();
		// Start script and guardian both killed at once: nothing is left to stop n8n.
		signal(first.record.owner, 'SIGKILL');
		signal(first.record.guardian, 'SIGKILL');
		await delay(2000);
		expect(running(first.record.pid)).toBe(true);
		expect(readPidFile(userFolder)?.pid).toBe(first.record.pid);

		const next = await npmStart();
		expect(next.output()).toContain(`✔ Stopped a stale n8n (pid ${first.record.pid}) left running by an earlier npm start`);
		expect(running(first.record.pid)).toBe(false);
		expect(next.record.pid).not.toBe(first.record.pid);
		signal(-(next.npm.pid ?? 0), 'SIGINT');
		await expectAllGone(next);
		signal(-(first.npm.pid ?? 0), 'SIGKILL');
	}, 500000);

	test('a port held by another process is reported with its pid and command line', async () => {
		const server = net.createServer();
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const held = (server.address() as import('node:net').AddressInfo).port;
		try {
			const result = childProcess.spawnSync('npm', ['start'], { cwd: repoRoot, env: startEnv({ N8N_PORT: String(held) }), encoding: 'utf8', timeout: 120000 });
			expect(result.status).toBe(1);
			expect(result.stdout).toMatch(new RegExp(`Port ${held} \\(n8n\\) is in use by pid ${pid} \\(.*node.*\\)\\. Stop it, or pick another port: N8N_PORT=5700 npm start`));
		} finally {
			server.close();
		}
	}, 150000);
});
