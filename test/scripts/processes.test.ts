import { childProcess, delay, execPath, fs, isAlive, net, os, path, pid, repoRoot, signal } from '../support/node';
import { n8nBin } from '../../scripts/lib/paths';
import { describeHolder, isOurN8n, listeningInodes, pidFile, portHolder, readPidFile, stopStaleN8n } from '../../scripts/lib/processes';

const guardian = path.join(repoRoot, 'scripts', 'guardian.js');
const linux = os.platform() === 'linux';

async function until(check: () => boolean, timeoutMs = 5000): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (check()) return true;
		await delay(50);
	}
	return check();
}

function ready(marker: string): boolean {
	return fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === 'ready';
}

/** A stand-in for n8n: writes `ready` to `marker`, sleeps; on SIGTERM writes `term` and exits with code 3. */
function fakeN8nArgs(marker: string): string[] {
	const file = JSON.stringify(marker);
	const code = `const fs = require('fs'); process.on('SIGTERM', () => { fs.writeFileSync(${file}, 'term'); process.exit(3); }); fs.writeFileSync(${file}, 'ready'); setInterval(() => {}, 1000);`;
	// The command line ends like n8n's (`…/n8n start`), which is how a stale one is recognised.
	return ['-e', code, n8nBin, 'start'];
}

let folder: string;
const spawned: number[] = [];

beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'china-sms-processes-'));
});

afterEach(() => {
	for (const child of spawned.splice(0)) signal(child, 'SIGKILL');
	fs.rmSync(folder, { recursive: true, force: true });
});

describe('guardian (scripts/guardian.js)', () => {
	/** An owner process that starts the guardian as N8n.start() does (own group, stdin a pipe) and prints its pid. */
	function startOwner(marker: string): { owner: import('node:child_process').ChildProcess; guardianPid: Promise<number> } {
		const ownerCode = `
			const { spawn } = require('child_process');
			const g = spawn(process.execPath, ${JSON.stringify([guardian, pidFile(folder), execPath, ...fakeN8nArgs(marker)])},
				{ cwd: ${JSON.stringify(folder)}, detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
			console.log(g.pid);
			setInterval(() => {}, 1000);`;
		const owner = childProcess.spawn(execPath, ['-e', ownerCode], { stdio: ['ignore', 'pipe', 'inherit'] });
		if (owner.pid) spawned.push(owner.pid);
		const guardianPid = new Promise<number>((resolve) => owner.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
		return { owner, guardianPid };
	}

	test('writes the pid file, and stops the command with SIGTERM when its owner is killed with SIGKILL', async () => {
		const marker = path.join(folder, 'marker');
		const { owner, guardianPid } = startOwner(marker);
		const guardianId = await guardianPid;
		spawned.push(guardianId);
		expect(await until(() => readPidFile(folder) !== undefined && ready(marker))).toBe(true);
		const record = readPidFile(folder);
		expect(record).toMatchObject({ owner: owner.pid, guardian: guardianId, cwd: fs.realpathSync(folder) });
		expect(isAlive(record?.pid ?? 0)).toBe(true);
		if (linux) expect(isOurN8n(record?.pid ?? 0, folder)).toBe(true);

		signal(owner.pid ?? 0, 'SIGKILL');
		expect(await until(() => !isAlive(record?.pid ?? 0) && !isAlive(guardianId))).toBe(true);
		expect(fs.readFileSync(marker, 'utf8')).toBe('term');
		expect(fs.existsSync(pidFile(folder))).toBe(false);
	});

	test.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s to the guardian stops the command; it exits with the command’s code', async (name) => {
		const marker = path.join(folder, 'marker');
		const child = childProcess.spawn(execPath, [guardian, pidFile(folder), execPath, ...fakeN8nArgs(marker)], {
			cwd: folder,
			detached: true,
			stdio: ['pipe', 'ignore', 'ignore'],
		});
		if (child.pid) spawned.push(child.pid);
		const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
		expect(await until(() => readPidFile(folder) !== undefined && ready(marker))).toBe(true);
		const commandPid = readPidFile(folder)?.pid ?? 0;
		signal(child.pid ?? 0, name);
		expect(await exited).toBe(3);
		expect(fs.readFileSync(marker, 'utf8')).toBe('term');
		expect(await until(() => !isAlive(commandPid))).toBe(true);
		expect(fs.existsSync(pidFile(folder))).toBe(false);
	});
});

describe('stopStaleN8n', () => {
	test('stops an n8n whose owner and guardian are gone, says which, and removes the pid file', async () => {
		const marker = path.join(folder, 'marker');
		const fake = childProcess.spawn(execPath, fakeN8nArgs(marker), { cwd: folder, stdio: 'ignore' });
		if (fake.pid) spawned.push(fake.pid);
		const dead = childProcess.spawnSync(execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
		const gone = Number(dead.stdout.trim());
		fs.writeFileSync(pidFile(folder), JSON.stringify({ owner: gone, guardian: gone, pid: fake.pid, command: [], cwd: folder }));
		expect(await until(() => ready(marker))).toBe(true);
		if (linux) expect(isOurN8n(fake.pid ?? 0, folder)).toBe(true);

		expect(await stopStaleN8n(folder)).toEqual({ state: 'stopped', pid: fake.pid });
		expect(isAlive(fake.pid ?? 0)).toBe(false);
		expect(fs.readFileSync(marker, 'utf8')).toBe('term');
		expect(fs.existsSync(pidFile(folder))).toBe(false);
	});

	test('leaves an n8n alone that a live guardian still runs (another npm start owns it)', async () => {
		const child = childProcess.spawn(execPath, [guardian, pidFile(folder), execPath, ...fakeN8nArgs(path.join(folder, 'marker'))], {
			cwd: folder,
			detached: true,
			stdio: ['pipe', 'ignore', 'ignore'],
		});
		if (child.pid) spawned.push(child.pid);
		expect(await until(() => readPidFile(folder) !== undefined)).toBe(true);
		const previous = await stopStaleN8n(folder);
		expect(previous).toMatchObject({ state: 'running', record: { owner: pid, guardian: child.pid } });
		expect(isAlive(readPidFile(folder)?.pid ?? 0)).toBe(true);
		signal(child.pid ?? 0, 'SIGTERM');
		expect(await until(() => !isAlive(child.pid ?? 0))).toBe(true);
	});

	test('forgets a pid file whose processes are gone, or whose pid now belongs to something else', async () => {
		fs.writeFileSync(pidFile(folder), JSON.stringify({ owner: pid, guardian: pid, pid, command: [], cwd: folder }));
		expect(await stopStaleN8n(folder)).toEqual({ state: 'none' });
		expect(isAlive(pid)).toBe(true);
		expect(fs.existsSync(pidFile(folder))).toBe(false);
		expect(await stopStaleN8n(folder)).toEqual({ state: 'none' });
	});
});

describe('port holders', () => {
	test('listeningInodes reads the listening sockets of a port from /proc/net/tcp and tcp6 tables', () => {
		const tcp = [
			'  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
			'   0: 0100007F:162E 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4242 1 0000000000000000 100 0 0 10 0',
			'   1: 0100007F:162E 0100007F:A1B2 01 00000000:00000000 00:00000000 00000000     0        0 4343 1 0000000000000000 20 4 30 10 -1',
			'   2: 00000000:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4444 1 0000000000000000 100 0 0 10 0',
		].join('\n');
		const tcp6 = [
			'  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
			'   0: 00000000000000000000000000000000:162E 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4545 1 0000000000000000 100 0 0 10 0',
		].join('\n');
		expect(listeningInodes(tcp, 5678)).toEqual(['4242']);
		expect(listeningInodes(tcp, 8080)).toEqual(['4444']);
		expect(listeningInodes(tcp6, 5678)).toEqual(['4545']);
		expect(listeningInodes(tcp, 9999)).toEqual([]);
	});

	(linux ? test : test.skip)('portHolder names the process that listens on a port (here: this test process)', async () => {
		const server = net.createServer();
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const port = (server.address() as import('node:net').AddressInfo).port;
		try {
			const holder = portHolder(port);
			expect(holder.pid).toBe(pid);
			expect(holder.command).toContain('node');
			expect(describeHolder(holder)).toMatch(new RegExp(`^pid ${pid} \\(.*node`));
		} finally {
			server.close();
		}
	});

	test('describeHolder says so when it cannot tell', () => {
		expect(describeHolder({ command: 'unknown process' })).toBe('an unknown process');
	});
});
