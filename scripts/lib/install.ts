import { delay, env, fs, isAlive, path, pid, print } from '../../test/support/node';
import {
	cacheRoot,
	ENGINE1_CORE_VERSION,
	engine1Dir,
	N8N_VERSION,
	n8nBin,
	n8nDir,
	n8nMarker,
	NODE_VERSION,
	nodeBin,
	nodeBinDir,
	nodeDir,
	nodeHome,
	nodePackageName,
} from './paths';
import { fail, run, runWithProgress, type RunResult } from './run';

/** Environment for anything that must run on the cached Node 24 (npm, native builds, n8n). */
export function node24Env(extra: Record<string, string> = {}): Record<string, string | undefined> {
	// Run through `npm start`/`npx`, this process inherits npm's `npm_config_*` variables, among them the
	// repository's `ignore-scripts=true` (.npmrc): passed on, they would make `npm rebuild` build nothing.
	const inherited = Object.fromEntries(Object.entries(env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
	return {
		...inherited,
		PATH: `${nodeBinDir}${path.delimiter}${env.PATH ?? ''}`,
		// The machine's npmrc may point nodedir at another Node's headers; native addons must build for this one.
		npm_config_nodedir: nodeHome,
		npm_config_update_notifier: 'false',
		npm_config_fund: 'false',
		npm_config_audit: 'false',
		...extra,
	};
}

async function version(binary: string, args: string[], cwd?: string): Promise<string | undefined> {
	if (!fs.existsSync(binary)) return undefined;
	const result = await run(binary, args, { cwd, env: node24Env() });
	return result.code === 0 ? result.stdout.trim() : undefined;
}

function lockOwner(lock: string): number {
	try {
		return Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8')) || 0;
	} catch {
		return 0;
	}
}

/** One installer at a time per cache (npm start and a test run may both ask). */
async function withLock<T>(task: () => Promise<T>): Promise<T> {
	fs.mkdirSync(cacheRoot, { recursive: true });
	const lock = path.join(cacheRoot, '.install.lock');
	let announced = false;
	for (;;) {
		try {
			fs.mkdirSync(lock);
			fs.writeFileSync(path.join(lock, 'pid'), String(pid));
			break;
		} catch {
			const owner = lockOwner(lock);
			const stale = owner === 0 && Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 60 * 1000;
			if (stale || (owner > 0 && !isAlive(owner))) {
				fs.rmSync(lock, { recursive: true, force: true });
				continue;
			}
			if (!announced) print(`  another install is running in ${cacheRoot}; waiting for it…`);
			announced = true;
			await delay(2000);
		}
	}
	try {
		return await task();
	} finally {
		fs.rmSync(lock, { recursive: true, force: true });
	}
}

/** npm install into a fresh `<target>.partial` folder, then renamed into place (never a half install). */
async function installInto(
	target: string,
	label: string,
	spec: string,
	npmArgs: string[],
	after?: (folder: string) => Promise<void>,
): Promise<void> {
	const partial = `${target}.partial`;
	fs.rmSync(partial, { recursive: true, force: true });
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(partial, { recursive: true });
	fs.writeFileSync(path.join(partial, 'package.json'), JSON.stringify({ name: 'cache', private: true }, null, 2));
	let fetched = 0;
	const result = await runWithProgress(
		label,
		'npm',
		['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=http', ...npmArgs, spec],
		{
			cwd: partial,
			env: node24Env(),
			onLine: (line) => {
				if (/\bhttp fetch GET 200\b/.test(line)) fetched++;
			},
			status: () => `${fetched} package(s) downloaded`,
		},
	);
	if (result.code !== 0) fail(`npm install ${spec} failed (exit ${result.code}); see the lines above.`);
	if (after) await after(partial);
	fs.renameSync(partial, target);
}

/** Node 24 from npm (`node-<platform>-<arch>`), pinned. */
export async function ensureNode(): Promise<string> {
	const have = await version(nodeBin, ['--version']);
	if (have === `v${NODE_VERSION}`) {
		print(`✔ Node ${NODE_VERSION}: ${nodeBin}`);
		return nodeBin;
	}
	print(`→ Installing Node ${NODE_VERSION} (${nodePackageName}) into ${nodeDir}${have ? ` (found ${have})` : ''}`);
	await installInto(nodeDir, `Node ${NODE_VERSION}`, `${nodePackageName}@${NODE_VERSION}`, []);
	const now = await version(nodeBin, ['--version']);
	if (now !== `v${NODE_VERSION}`) fail(`Node ${NODE_VERSION} did not install: ${nodeBin} reports ${now ?? 'nothing'}`);
	print(`✔ Node ${NODE_VERSION}: ${nodeBin}`);
	return nodeBin;
}

interface Marker {
	n8n: string;
	node: string;
	installedAt: string;
	seconds: number;
}

function readMarker(): Marker | undefined {
	try {
		return JSON.parse(fs.readFileSync(n8nMarker, 'utf8')) as Marker;
	} catch {
		return undefined;
	}
}

function installedN8nVersion(): string | undefined {
	try {
		const manifest = JSON.parse(fs.readFileSync(path.join(n8nDir, 'node_modules', 'n8n', 'package.json'), 'utf8')) as { version: string };
		return manifest.version;
	} catch {
		return undefined;
	}
}

/** `n8n@N8N_VERSION` with install scripts off (one of them downloads a binary), then the native modules it needs rebuilt for Node 24. */
export async function ensureN8n(): Promise<string> {
	const marker = readMarker();
	if (marker?.n8n === N8N_VERSION && marker.node === NODE_VERSION && installedN8nVersion() === N8N_VERSION && fs.existsSync(n8nBin)) {
		print(`✔ n8n ${N8N_VERSION}: ${n8nDir}`);
		return n8nBin;
	}
	const started = Date.now();
	print(`→ Installing n8n ${N8N_VERSION} into ${n8nDir} (the first time: about 10-15 min and 2.9 GB; cached afterwards)`);
	await installInto(n8nDir, `n8n ${N8N_VERSION}`, `n8n@${N8N_VERSION}`, ['--ignore-scripts'], async (folder) => {
		const loads = async (): Promise<RunResult> =>
			await run(nodeBin, ['-e', "require('sqlite3'); require('isolated-vm'); require('msgpackr-extract')"], { cwd: folder, env: node24Env() });
		let check = await loads();
		for (let attempt = 1; attempt <= 2 && check.code !== 0; attempt++) {
			const rebuild = await runWithProgress(
				'building native modules (sqlite3 from source, isolated-vm, msgpackr-extract; about 1-4 min)',
				'npm',
				['rebuild', '--foreground-scripts', 'sqlite3', 'isolated-vm', 'msgpackr-extract'],
				{ cwd: folder, env: node24Env() },
			);
			if (rebuild.code !== 0) fail("npm rebuild of n8n's native modules failed; see the lines above (a C++ compiler, make and python3 are needed).");
			check = await loads();
		}
		if (check.code !== 0) fail(`n8n's native modules do not load on Node ${NODE_VERSION}:\n${check.stderr}`);
		const marker: Marker = {
			n8n: N8N_VERSION,
			node: NODE_VERSION,
			installedAt: new Date().toISOString(),
			seconds: Math.round((Date.now() - started) / 1000),
		};
		fs.writeFileSync(path.join(folder, 'installed.json'), JSON.stringify(marker, null, 2));
	});
	if (installedN8nVersion() !== N8N_VERSION) fail(`n8n ${N8N_VERSION} did not install into ${n8nDir}`);
	print(`✔ n8n ${N8N_VERSION}: ${n8nDir} (installed in ${Math.round((Date.now() - started) / 1000)} s)`);
	return n8nBin;
}

/** Everything the real-n8n runner needs, installed once per machine. */
export async function ensureInstalled(): Promise<void> {
	print(`Cache: ${cacheRoot}`);
	await withLock(async () => {
		await ensureNode();
		await ensureN8n();
	});
}

function engine1Versions(): { core?: string; workflow?: string } {
	const read = (name: string): string | undefined => {
		try {
			return (JSON.parse(fs.readFileSync(path.join(engine1Dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
		} catch {
			return undefined;
		}
	};
	return { core: read('n8n-core'), workflow: read('n8n-workflow') };
}

/**
 * n8n-core ENGINE1_CORE_VERSION (with the n8n-workflow 1.x it depends on) in the cache, for the unit suite on the
 * 1.x engine; install scripts off (nothing of it needs a native build for the unit suite). About 2 min the first time.
 */
export async function ensureEngine1(): Promise<string> {
	const have = engine1Versions();
	if (have.core === ENGINE1_CORE_VERSION && have.workflow?.startsWith('1.')) {
		print(`✔ n8n-core ${have.core} + n8n-workflow ${have.workflow}: ${engine1Dir}`);
		return engine1Dir;
	}
	print(`→ Installing n8n-core ${ENGINE1_CORE_VERSION} (the 1.x engine) into ${engine1Dir}${have.core ? ` (found ${have.core})` : ''}`);
	await withLock(async () => {
		await installInto(engine1Dir, `n8n-core ${ENGINE1_CORE_VERSION}`, `n8n-core@${ENGINE1_CORE_VERSION}`, ['--ignore-scripts']);
	});
	const now = engine1Versions();
	if (now.core !== ENGINE1_CORE_VERSION || !now.workflow?.startsWith('1.')) {
		fail(`n8n-core ${ENGINE1_CORE_VERSION} did not install into ${engine1Dir} (found n8n-core ${now.core ?? 'none'}, n8n-workflow ${now.workflow ?? 'none'})`);
	}
	print(`✔ n8n-core ${now.core} + n8n-workflow ${now.workflow}: ${engine1Dir}`);
	return engine1Dir;
}
