import { childProcess, delay, fs, isAlive, os, path, signal } from '../../test/support/node';
import { n8nBin } from './paths';

/** What the guardian (scripts/guardian.js) writes into the user folder while n8n runs. */
export interface PidRecord {
	/** The process that started n8n (the start script, or a test). */
	owner: number;
	/** The guardian: leader of the process group n8n and its task runners run in. */
	guardian: number;
	/** n8n itself. */
	pid: number;
	command: string[];
	cwd: string;
}

export const pidFileName = 'n8n.pid.json';

export function pidFile(userFolder: string): string {
	return path.join(userFolder, pidFileName);
}

export function readPidFile(userFolder: string): PidRecord | undefined {
	try {
		const record = JSON.parse(fs.readFileSync(pidFile(userFolder), 'utf8')) as PidRecord;
		return Number.isInteger(record.pid) && Number.isInteger(record.guardian) ? record : undefined;
	} catch {
		return undefined;
	}
}

const isLinux = os.platform() === 'linux';

/** A process's command line (`/proc/<pid>/cmdline` on Linux, `ps` elsewhere), or undefined when it is gone or hidden. */
export function commandLine(pid: number): string | undefined {
	if (isLinux) {
		try {
			const raw = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
			return raw.split('\0').filter(Boolean).join(' ') || undefined;
		} catch {
			return undefined;
		}
	}
	const ps = childProcess.spawnSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
	return ps.status === 0 ? ps.stdout.trim() || undefined : undefined;
}

/** A process's working folder (Linux only; undefined elsewhere or when it cannot be read). */
function workingFolder(pid: number): string | undefined {
	if (!isLinux) return undefined;
	try {
		return fs.readlinkSync(`/proc/${pid}/cwd`);
	} catch {
		return undefined;
	}
}

/** Whether `pid` is `n8n start` of the cached install running in this user folder (the start script runs it there). */
export function isOurN8n(pid: number, userFolder: string): boolean {
	if (!isAlive(pid)) return false;
	const command = commandLine(pid);
	if (!command?.includes(n8nBin) || !/\bstart$/.test(command)) return false;
	const cwd = workingFolder(pid);
	return cwd === undefined || path.resolve(cwd) === path.resolve(userFolder);
}

function isOurGuardian(record: PidRecord, userFolder: string): boolean {
	if (!isAlive(record.guardian)) return false;
	const command = commandLine(record.guardian);
	return Boolean(command?.includes('guardian.js') && command.includes(pidFile(userFolder)));
}

/** SIGTERM, then SIGKILL after `graceMs`, to a process and the process group it leads (`group`). */
export async function stopProcess(pid: number, group: number | undefined, graceMs = 20000): Promise<void> {
	signal(pid, 'SIGTERM');
	const deadline = Date.now() + graceMs;
	while (isAlive(pid) && Date.now() < deadline) await delay(100);
	if (group !== undefined) signal(-group, 'SIGKILL');
	signal(pid, 'SIGKILL');
	while (isAlive(pid)) await delay(50);
}

export type PreviousRun =
	| { state: 'none' }
	/** Another start script still owns an n8n on this user folder. */
	| { state: 'running'; record: PidRecord }
	/** An n8n of an earlier run, whose owner is gone, was stopped. */
	| { state: 'stopped'; pid: number };

/**
 * Looks at the pid file an earlier run left in the user folder. Its n8n still running under a live
 * guardian means another `npm start` owns it; still running without one (both were killed) means it
 * is stale: it is stopped here. A pid file whose processes are gone (or are someone else's now) is removed.
 */
export async function stopStaleN8n(userFolder: string): Promise<PreviousRun> {
	const record = readPidFile(userFolder);
	if (!record) return { state: 'none' };
	if (isOurGuardian(record, userFolder) && isOurN8n(record.pid, userFolder)) return { state: 'running', record };
	let result: PreviousRun = { state: 'none' };
	if (isOurN8n(record.pid, userFolder)) {
		await stopProcess(record.pid, record.guardian);
		result = { state: 'stopped', pid: record.pid };
	}
	fs.rmSync(pidFile(userFolder), { force: true });
	return result;
}

/** Inodes of the sockets listening on `port` in a `/proc/net/tcp` or `/proc/net/tcp6` table. */
export function listeningInodes(table: string, port: number): string[] {
	const inodes: string[] = [];
	for (const line of table.split('\n').slice(1)) {
		const fields = line.trim().split(/\s+/);
		if (fields.length < 10) continue;
		const localPort = parseInt(fields[1].split(':').pop() ?? '', 16);
		// st 0A is TCP_LISTEN.
		if (localPort === port && fields[3] === '0A' && fields[9] !== '0') inodes.push(fields[9]);
	}
	return inodes;
}

/** What listens on a local TCP port: its pid and command line when this user may see them. */
export interface PortHolder {
	pid?: number;
	command: string;
}

export function portHolder(port: number): PortHolder {
	if (!isLinux) return { command: 'unknown process' };
	const inodes = new Set<string>();
	for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
		try {
			for (const inode of listeningInodes(fs.readFileSync(table, 'utf8'), port)) inodes.add(inode);
		} catch {
			// No IPv6, or /proc is not readable.
		}
	}
	if (inodes.size === 0) return { command: 'unknown process' };
	const targets = new Set([...inodes].map((inode) => `socket:[${inode}]`));
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let fds: string[];
		try {
			fds = fs.readdirSync(`/proc/${entry}/fd`);
		} catch {
			continue;
		}
		for (const fd of fds) {
			let link: string;
			try {
				link = fs.readlinkSync(`/proc/${entry}/fd/${fd}`);
			} catch {
				continue;
			}
			if (targets.has(link)) {
				const pid = Number(entry);
				return { pid, command: commandLine(pid) ?? 'unknown command' };
			}
		}
	}
	return { command: "unknown process (another user's?)" };
}

/** `pid 1234 (node …/n8n start)` or `an unknown process`, for messages. */
export function describeHolder(holder: PortHolder): string {
	if (holder.pid === undefined) return `an ${holder.command}`;
	const command = holder.command.length > 160 ? `${holder.command.slice(0, 157)}…` : holder.command;
	return `pid ${holder.pid} (${command})`;
}
