import packageJson from '../../package.json';
import { childProcess, fs, nodeBinary, path, repoRoot } from '../support/node';

export interface LoadTime {
	file: string;
	medianMs: number;
	error?: string;
}

/** Requires one file in a fresh Node with n8n-workflow already loaded (as n8n has it) and prints the ms. */
const PROBE = `
const { performance } = require('node:perf_hooks');
require('n8n-workflow');
const started = performance.now();
require(process.argv[1]);
console.log(performance.now() - started);
`;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Cold-load time of every node and credential package.json lists (built files in dist/), median of `runs` fresh processes. */
export function coldLoadTimes(runs: number): LoadTime[] {
	const files = [...packageJson.n8n.nodes, ...packageJson.n8n.credentials];
	return files.map((file) => {
		const absolute = path.join(repoRoot, file);
		if (!fs.existsSync(absolute)) return { file, medianMs: NaN, error: 'not built (run npm run build)' };
		const times: number[] = [];
		for (let run = 0; run < runs; run++) {
			const result = childProcess.spawnSync(nodeBinary, ['-e', PROBE, absolute], { cwd: repoRoot, encoding: 'utf8' });
			const ms = Number(result.stdout.trim());
			if (result.status !== 0 || !Number.isFinite(ms)) {
				return { file, medianMs: NaN, error: (result.stderr || 'no output').trim().split('\n').slice(0, 2).join(' | ') };
			}
			times.push(ms);
		}
		return { file, medianMs: median(times) };
	});
}

function newestMtime(folder: string, ending: string): number {
	if (!fs.existsSync(folder)) return 0;
	let newest = 0;
	for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full, ending));
		else if (entry.name.endsWith(ending)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
	}
	return newest;
}

/** When a node or credential source last changed (ms since the epoch). */
export function sourcesChangedAt(): number {
	return Math.max(newestMtime(path.join(repoRoot, 'nodes'), '.ts'), newestMtime(path.join(repoRoot, 'credentials'), '.ts'));
}

/** When dist/ was last built, and whether a node or credential source changed since (then the figures are stale). */
export function distFreshness(): { builtAt?: Date; stale: boolean } {
	const built = newestMtime(path.join(repoRoot, 'dist'), '.js');
	if (built === 0) return { stale: true };
	return { builtAt: new Date(built), stale: sourcesChangedAt() > built };
}

export interface PackSize {
	size: number;
	unpackedSize: number;
	files: number;
	error?: string;
}

/** The tarball `npm pack` would publish (dry run, no lifecycle scripts). */
export function packedSize(): PackSize {
	const result = childProcess.spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8' });
	try {
		const [pack] = JSON.parse(result.stdout) as Array<{ size: number; unpackedSize: number; entryCount: number }>;
		return { size: pack.size, unpackedSize: pack.unpackedSize, files: pack.entryCount };
	} catch {
		return { size: NaN, unpackedSize: NaN, files: NaN, error: (result.stderr || 'no output').trim().split('\n').slice(-2).join(' | ') };
	}
}
