import { childProcess, fs, path, repoRoot } from '../../test/support/node';
import { readPackageJson } from './n8n';

/** Written by a successful `npm run build`, with the time the build started as its mtime (scripts/build-stamp.js). */
export const buildStamp = path.join(repoRoot, 'node_modules', '.cache', 'n8n-nodes-china-sms', 'build-stamp');

/** What the build reads: a change to any of them (or a file added or removed: its folder's mtime moves) makes dist/ stale. */
const sourceFolders = ['nodes', 'credentials', 'icons'];
const sourceFiles = ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'gulpfile.js'];

/** Newest mtime of the build's inputs (folders included), in ms. */
export function newestSource(root = repoRoot): number {
	let newest = 0;
	const visit = (file: string): void => {
		const stat = fs.statSync(file, { throwIfNoEntry: false });
		if (!stat) return;
		newest = Math.max(newest, stat.mtimeMs);
		if (stat.isDirectory()) for (const entry of fs.readdirSync(file)) visit(path.join(file, entry));
	};
	for (const name of [...sourceFolders, ...sourceFiles]) visit(path.join(root, name));
	return newest;
}

/** Why dist/ must be built, or '' when it is current. */
export function buildReason(): string {
	const stamp = fs.statSync(buildStamp, { throwIfNoEntry: false });
	if (!stamp) return 'no build yet';
	const manifest = readPackageJson();
	const missing = [...manifest.n8n.nodes, ...manifest.n8n.credentials, 'dist/icons'].find((file) => !fs.existsSync(path.join(repoRoot, file)));
	if (missing) return `${missing} is missing`;
	if (newestSource() > stamp.mtimeMs) return 'sources changed since the last build';
	return '';
}

/** `npm run build` (it writes the stamp itself: scripts/build-stamp.js). */
export function build(): boolean {
	return childProcess.spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' }).status === 0;
}
