'use strict';
// Runs a command (n8n) for as long as its owner lives: `node scripts/guardian.js <pid file> <command> [args...]`.
// The owner (the start script, or a test) spawns this in a process group of its own with a pipe as stdin
// and never writes to it. When the owner ends in any way, even SIGKILL, the pipe closes and the command is
// stopped: SIGTERM, then after 20 s SIGKILL for the whole group (n8n's task runners are in it too).
// SIGINT, SIGTERM and SIGHUP stop it the same way. Exits with the command's exit code.
// The pid file records { owner, guardian, pid (the command's), command, cwd } while the command runs.
const { spawn } = require('node:child_process');
const fs = require('node:fs');

const [pidFile, command, ...args] = process.argv.slice(2);
const owner = process.ppid;
const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });

if (child.pid) {
	const record = { owner, guardian: process.pid, pid: child.pid, command: [command, ...args], cwd: process.cwd() };
	fs.writeFileSync(pidFile, JSON.stringify(record, null, 2));
}

let stopping = false;
let orphaned = false;
function stop() {
	if (stopping) return;
	stopping = true;
	child.kill('SIGTERM');
	setTimeout(() => child.kill('SIGKILL'), 20000).unref();
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
process.stdin.on('error', () => undefined);
process.stdin.on('close', () => {
	orphaned = true;
	stop();
});
process.stdin.resume();

function removePidFile() {
	try {
		if (JSON.parse(fs.readFileSync(pidFile, 'utf8')).guardian === process.pid) fs.rmSync(pidFile);
	} catch {
		// Already gone, or someone else's.
	}
}

child.on('error', (error) => {
	console.error(`guardian: could not start ${command}: ${error.message}`);
	process.exit(127);
});
child.on('exit', (code, signal) => {
	removePidFile();
	// With no owner left to clean up, nothing of the group may stay behind (this process included).
	if (orphaned) {
		try {
			process.kill(-process.pid, 'SIGKILL');
		} catch {
			// Not a group leader (spawned without `detached`): the command itself has ended.
		}
	}
	process.exit(code ?? (signal ? 128 + (require('node:os').constants.signals[signal] || 0) : 1));
});
