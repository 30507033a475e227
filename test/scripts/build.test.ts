import { childProcess, execPath, fs, os, path, repoRoot } from '../support/node';
import { newestSource } from '../../scripts/lib/build';

describe('build stamp (scripts/build-stamp.js, scripts/lib/build.ts)', () => {
	test('the stamp is dated when the build started and is only written when it succeeded', () => {
		const root = fs.mkdtempSync(path.join(os.tmpdir(), 'china-sms-stamp-'));
		try {
			fs.mkdirSync(path.join(root, 'scripts'));
			fs.copyFileSync(path.join(repoRoot, 'scripts', 'build-stamp.js'), path.join(root, 'scripts', 'build-stamp.js'));
			const stampScript = path.join(root, 'scripts', 'build-stamp.js');
			const stamp = path.join(root, 'node_modules', '.cache', 'n8n-nodes-china-sms', 'build-stamp');
			const before = Date.now();
			expect(childProcess.spawnSync(execPath, [stampScript, 'start']).status).toBe(0);
			expect(fs.existsSync(stamp)).toBe(false);
			expect(childProcess.spawnSync(execPath, [stampScript, 'done']).status).toBe(0);
			const started = fs.statSync(stamp).mtimeMs;
			expect(started).toBeGreaterThanOrEqual(before - 1000);
			// A failed build never reaches `done`: the next `start` removes the old stamp.
			expect(childProcess.spawnSync(execPath, [stampScript, 'start']).status).toBe(0);
			expect(fs.existsSync(stamp)).toBe(false);
		} finally {
			fs.rmSync(root, { recursive: true, force: true });
		}
	});

	test('newestSource sees edits, and files removed (their folder changes)', () => {
		const root = fs.mkdtempSync(path.join(os.tmpdir(), 'china-sms-sources-'));
		try {
			const old = new Date(Date.now() - 60000);
			for (const file of ['nodes/A/A.node.ts', 'nodes/A/B.ts', 'credentials/C.credentials.ts', 'icons/a.svg', 'package.json']) {
				fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
				fs.writeFileSync(path.join(root, file), 'x');
			}
			const touchAll = (folder: string): void => {
				for (const entry of fs.readdirSync(folder)) {
					const full = path.join(folder, entry);
					if (fs.statSync(full).isDirectory()) touchAll(full);
					fs.utimesSync(full, old, old);
				}
			};
			touchAll(root);
			expect(Math.abs(newestSource(root) - old.getTime())).toBeLessThan(1000);
			fs.rmSync(path.join(root, 'nodes/A/B.ts'));
			expect(newestSource(root)).toBeGreaterThan(old.getTime() + 30000);
			touchAll(root);
			fs.writeFileSync(path.join(root, 'icons/a.svg'), 'y');
			expect(newestSource(root)).toBeGreaterThan(old.getTime() + 30000);
		} finally {
			fs.rmSync(root, { recursive: true, force: true });
		}
	});
});
