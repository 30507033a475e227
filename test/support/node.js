'use strict';
// Test tooling (sandboxes, harness, scripts) runs in plain Node and needs its built-ins. The official
// community lint bans them in every .ts file because it is written for code that ships to n8n; test
// code reaches them through this one module so the ban stays intact for everything that ships.
module.exports = {
	http: require('node:http'),
	fs: require('node:fs'),
	path: require('node:path'),
	os: require('node:os'),
	crypto: require('node:crypto'),
	childProcess: require('node:child_process'),
	env: process.env,
	delay: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
	print: (...lines) => console.log(...lines),
	/** Loads a module by its path from the repository root (under jest, TypeScript sources compile on load). */
	requireFromRoot: (relativePath) => require(require('node:path').join(__dirname, '..', '..', relativePath)),
	/** n8n-core's own DI container (it nests its own copy of @n8n/di; only that instance holds its services). */
	n8nContainer: () => {
		const corePath = require.resolve('n8n-core');
		return require(require.resolve('@n8n/di', { paths: [corePath] })).Container;
	},
	onExit: (handler) => {
		for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, handler);
	},
	// ---- added for scripts/ and test/e2e/ (the real-n8n runner) ----
	net: require('node:net'),
	/** The repository root (where package.json is). */
	repoRoot: require('node:path').join(__dirname, '..', '..'),
	/** Command-line arguments after the script name. */
	args: process.argv.slice(2),
	/** Ends the process with this exit code (after printing, for scripts). */
	exit: (code) => process.exit(code),
	/** Writes text as-is (no newline) to stdout, e.g. for progress lines. */
	write: (text) => process.stdout.write(text),
	/** Whether stdout is a terminal (progress can then be redrawn in place). */
	isTty: () => Boolean(process.stdout.isTTY),
	/** This process's id. */
	pid: process.pid,
	/** The running Node's version, e.g. `v20.20.2`. */
	nodeVersion: process.version,
	/** Whether a process with this id is alive. */
	isAlive: (pid) => {
		try {
			process.kill(pid, 0);
			return true;
		} catch (error) {
			return error.code === 'EPERM';
		}
	},
	/** Sends a signal to a process (or, with a negative id, its whole process group); false when it is gone. */
	signal: (pid, name) => {
		try {
			process.kill(pid, name);
			return true;
		} catch {
			return false;
		}
	},
	/** `require` that resolves from another folder (e.g. a module of the cached n8n install). */
	requireFrom: (folder, id) => require('node:module').createRequire(require('node:path').join(folder, 'noop.js'))(id),
	/** Like `delay`, but does not keep the process alive (for timeouts raced against other promises). */
	delayUnref: (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
	/** Runs `handler` every `ms` until the returned function is called. */
	every: (ms, handler) => {
		const timer = setInterval(handler, ms);
		return () => clearInterval(timer);
	},
	// ---- added for process ownership (scripts/start.ts, scripts/lib/processes.ts) ----
	/** The running Node binary (for child processes that must run on the same Node). */
	execPath: process.execPath,
	/** Calls `handler` with the signal's name on SIGINT, SIGTERM or SIGHUP (each time). */
	onStopSignal: (handler) => {
		for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(name, () => handler(name));
	},
	/** Calls `handler` once when this process's parent ends (its parent id changes); checked every `ms`. */
	onParentExit: (handler, ms = 500) => {
		const parent = process.ppid;
		const timer = setInterval(() => {
			if (process.ppid === parent) return;
			clearInterval(timer);
			handler();
		}, ms);
		timer.unref();
	},
	/** Seconds since this process started. */
	uptime: () => process.uptime(),
	/** Output to a closed terminal (after a hang-up) is dropped instead of ending the process with EIO/EPIPE. */
	ignoreOutputErrors: () => {
		for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
	},
	// ---- bench (test/bench/: the benchmark's parent, sandbox and case processes) ----
	/** High-resolution clock in milliseconds (performance.now). */
	hrNow: () => require('node:perf_hooks').performance.now(),
	/** This process's resource usage so far (`maxRSS` in KiB, CPU times in microseconds). */
	resourceUsage: () => process.resourceUsage(),
	/** The running Node binary, to start child processes on the same Node. */
	nodeBinary: process.execPath,
	/** Calls `handler` once when stdin ends or breaks (the parent holding the other end has gone). */
	onStdinEnd: (handler) => {
		let called = false;
		const once = () => {
			if (called) return;
			called = true;
			handler();
		};
		process.stdin.on('end', once);
		process.stdin.on('error', once);
		process.stdin.resume();
	},
	/** Where `require(id)` from another folder would load from (like `requireFrom`, without loading it). */
	resolveFrom: (folder, id) => require('node:module').createRequire(require('node:path').join(folder, 'noop.js')).resolve(id),
};
