'use strict';
// `npm start` and `npm test` run through this file: `node scripts/bootstrap.js <bin or file.ts> [args...]`.
// Plain CommonJS with Node's built-ins only, so it works on a fresh clone before anything is installed:
// when node_modules is missing or does not match package-lock.json it runs `npm ci` first, then runs the
// package binary <bin> (e.g. jest), or the TypeScript file through scripts/register-ts.js, with the
// arguments passed on, and ends with its exit code or signal.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');

function readJson(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

/**
 * Why dependencies must be (re)installed, or '' when node_modules matches the lockfile. npm writes
 * node_modules/.package-lock.json after every install; it lists what is on disk. Every locked package
 * must be there in the same version (optional, platform-specific ones may be left out), and nothing else.
 */
function installReason(target) {
	const lock = readJson(path.join(root, 'package-lock.json'));
	const installed = readJson(path.join(root, 'node_modules', '.package-lock.json'));
	if (!lock || !lock.packages) return 'no package-lock.json';
	if (!installed || !installed.packages) return 'node_modules is missing';
	for (const [key, entry] of Object.entries(lock.packages)) {
		if (key === '') continue;
		const have = installed.packages[key];
		if (!have) {
			if (entry.optional || entry.devOptional || entry.os || entry.cpu) continue;
			return `${key} is missing`;
		}
		if (have.version !== entry.version || (entry.integrity && have.integrity !== entry.integrity)) {
			return `${key} is ${have.version}, package-lock.json has ${entry.version}`;
		}
	}
	for (const key of Object.keys(installed.packages)) if (!lock.packages[key]) return `${key} is not in package-lock.json`;
	const pkg = isTypeScript(target) ? 'typescript' : target;
	if (!binScript(pkg, isTypeScript(target) ? 'tsc' : pkg)) return `${pkg} is not installed`;
	return '';
}

/** A TypeScript file runs through scripts/register-ts.js (which needs the typescript package); anything else is a package binary. */
function isTypeScript(target) {
	return target.endsWith('.ts');
}

/** The JavaScript file of a package's binary (by default the one named like the package, e.g. jest). */
function binScript(pkg, bin = pkg) {
	const manifest = readJson(path.join(root, 'node_modules', pkg, 'package.json'));
	const relative = manifest && (typeof manifest.bin === 'string' ? manifest.bin : manifest.bin && manifest.bin[bin]);
	const file = relative && path.join(root, 'node_modules', pkg, relative);
	return file && fs.existsSync(file) ? file : undefined;
}

function npmCi() {
	// The npm that runs this script (npm_execpath), else the one on PATH.
	const npmCli = process.env.npm_execpath;
	const [command, args] = npmCli && /\.c?js$/.test(npmCli) ? [process.execPath, [npmCli]] : [process.platform === 'win32' ? 'npm.cmd' : 'npm', []];
	const result = spawnSync(command, [...args, 'ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
	return result.status === 0;
}

function main() {
	const [target, ...args] = process.argv.slice(2);
	if (!target) {
		console.error('usage: node scripts/bootstrap.js <bin or file.ts> [args...]');
		process.exit(2);
	}
	const reason = installReason(target);
	if (reason) {
		const started = Date.now();
		// isolated-vm (from n8n-workflow) declares Node >= 24; its install script is off (.npmrc) and the tests never load it.
		const warning = Number(process.versions.node.split('.')[0]) < 24 ? "; npm's EBADENGINE warning for isolated-vm is expected: it wants Node 24, and the tests never load it" : '';
		console.log(`Installing dependencies (npm ci) — first run only, about 2–3 minutes… (${reason}${warning})`);
		if (!npmCi()) {
			console.error('\n✖ npm ci failed; see the lines above. Then run the same command again.');
			process.exit(1);
		}
		const still = installReason(target);
		if (still) {
			console.error(`\n✖ npm ci finished but dependencies still do not match package-lock.json (${still}).`);
			process.exit(1);
		}
		console.log(`✔ Dependencies installed (${Math.round((Date.now() - started) / 1000)} s)\n`);
	}

	const command = isTypeScript(target) ? ['--enable-source-maps', '-r', path.join(__dirname, 'register-ts.js'), target] : [binScript(target)];
	const child = spawn(process.execPath, [...command, ...args], { cwd: process.cwd(), stdio: 'inherit' });
	// A signal for this process goes on to the command, which decides how to stop; this one waits for it.
	// The terminal's Ctrl-C and hang-up reach both, so the command may see a signal twice.
	const forward = (signal) => child.kill(signal);
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
	// npm runs scripts through `sh -c`, and `kill <npm's pid>` ends that shell without signalling its
	// child: when this process is orphaned (its parent changes), the command is stopped as if by SIGTERM.
	const parent = process.ppid;
	const watch = setInterval(() => {
		if (process.ppid !== parent) {
			clearInterval(watch);
			forward('SIGTERM');
		}
	}, 500);
	child.on('exit', (code, signal) => {
		clearInterval(watch);
		if (signal) {
			for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeListener(name, forward);
			process.kill(process.pid, signal);
		} else {
			process.exit(code ?? 1);
		}
	});
}

main();
