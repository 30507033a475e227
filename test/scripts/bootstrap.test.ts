import { childProcess, delay, env, execPath, fs, isAlive, nodeVersion, os, path, repoRoot, signal } from '../support/node';

/**
 * scripts/bootstrap.js in a throwaway project whose only dependency is a local package `fakebin`
 * (a `file:` dependency: npm installs it without the network). Its binary prints its arguments.
 */
let project: string;

function write(file: string, content: string): void {
	fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
	fs.writeFileSync(path.join(project, file), content);
}

function npm(args: string[]): void {
	const result = childProcess.spawnSync('npm', [...args, '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: project, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}


function bootstrap(args: string[], extra: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
	const result = childProcess.spawnSync(execPath, ['scripts/bootstrap.js', ...args], {
		cwd: project,
		encoding: 'utf8',
		env: { ...Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('npm_'))), ...extra },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
	project = fs.mkdtempSync(path.join(os.tmpdir(), 'china-sms-bootstrap-'));
	write('package.json', JSON.stringify({ name: 'bootstrap-test', version: '1.0.0', private: true, devDependencies: { fakebin: 'file:fakebin' } }));
	write(
		'fakebin/cli.js',
		[
			"const fs = require('fs');",
			'console.log(JSON.stringify(process.argv.slice(2)));',
			"if (process.env.FAKE_MARKER) { process.on('SIGTERM', () => { fs.writeFileSync(process.env.FAKE_MARKER, 'term'); process.exit(0); }); fs.writeFileSync(process.env.FAKE_MARKER, 'ready'); setInterval(() => {}, 1000); }",
			'else process.exit(Number(process.env.FAKE_EXIT || 0));',
		].join('\n'),
	);
	fs.mkdirSync(path.join(project, 'scripts'));
	fs.copyFileSync(path.join(repoRoot, 'scripts', 'bootstrap.js'), path.join(project, 'scripts', 'bootstrap.js'));
	write('fakebin/package.json', JSON.stringify({ name: 'fakebin', version: '1.0.0', bin: 'cli.js' }));
	npm(['install', '--package-lock-only']);
}, 60000);

afterAll(() => {
	fs.rmSync(project, { recursive: true, force: true });
});

describe('scripts/bootstrap.js', () => {
	test('without node_modules it runs npm ci once, says so, then runs the binary with every argument', () => {
		const first = bootstrap(['fakebin', '--ci', '--json', '--outputFile=/tmp/x.json']);
		expect(first.stdout).toContain('Installing dependencies (npm ci) — first run only, about 2–3 minutes…');
		expect(first.stdout).toContain('node_modules is missing');
		if (Number(nodeVersion.slice(1).split('.')[0]) < 24) expect(first.stdout).toContain("npm's EBADENGINE warning for isolated-vm is expected");
		expect(first.stdout.trim().split('\n').pop()).toBe('["--ci","--json","--outputFile=/tmp/x.json"]');
		expect(first.status).toBe(0);

		const second = bootstrap(['fakebin', 'again']);
		expect(second.stdout).toBe('["again"]\n');
	}, 60000);

	test("passes the binary's exit code on", () => {
		expect(bootstrap(['fakebin'], { FAKE_EXIT: '3' }).status).toBe(3);
	}, 30000);

	test('reinstalls when package-lock.json no longer matches node_modules (e.g. after a pull)', () => {
		// A new version of the dependency arrives with its lockfile; node_modules still holds the old one.
		write('fakebin/package.json', JSON.stringify({ name: 'fakebin', version: '1.0.1', bin: 'cli.js' }));
		const lock = JSON.parse(fs.readFileSync(path.join(project, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
		lock.packages.fakebin.version = '1.0.1';
		write('package-lock.json', JSON.stringify(lock, null, 2));
		const stale = bootstrap(['fakebin', 'x']);
		expect(stale.stdout).toContain('Installing dependencies (npm ci)');
		expect(stale.stdout).toContain('fakebin is 1.0.0, package-lock.json has 1.0.1');
		expect(stale.stdout.trim().split('\n').pop()).toBe('["x"]');
		expect(bootstrap(['fakebin', 'y']).stdout).toBe('["y"]\n');
	}, 60000);

	test('stops the binary (SIGTERM) when it is orphaned, as when npm is killed and its `sh -c` dies without passing the signal on', async () => {
		const marker = path.join(project, 'marker');
		const shell = childProcess.spawn('sh', ['-c', `"${execPath}" scripts/bootstrap.js fakebin`], {
			cwd: project,
			env: { ...env, FAKE_MARKER: marker },
			stdio: 'ignore',
		});
		const deadline = Date.now() + 10000;
		while (!(fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === 'ready') && Date.now() < deadline) await delay(50);
		expect(fs.readFileSync(marker, 'utf8')).toBe('ready');
		signal(shell.pid ?? 0, 'SIGKILL');
		while (fs.readFileSync(marker, 'utf8') !== 'term' && Date.now() < deadline + 5000) await delay(50);
		expect(fs.readFileSync(marker, 'utf8')).toBe('term');
		expect(isAlive(shell.pid ?? 0)).toBe(false);
	}, 30000);
});
