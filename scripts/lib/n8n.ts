import { childProcess, delayUnref, fs, net, path, print, repoRoot, requireFrom, signal } from '../../test/support/node';
import { node24Env } from './install';
import { n8nBin, n8nDir, nodeBin } from './paths';
import { pidFile, readPidFile } from './processes';
import { run, waitFor, type RunResult } from './run';

/** Runs n8n for as long as the process that started it lives (see N8n.start). */
const guardianScript = path.join(repoRoot, 'scripts', 'guardian.js');

type ChildProcess = import('node:child_process').ChildProcess;

interface PackageJson {
	name: string;
	version: string;
	n8n: { nodes: string[]; credentials: string[] };
}

export function readPackageJson(): PackageJson {
	return JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as PackageJson;
}

/** The owner account and encryption key of local instances (test/fixtures/n8n.json). */
export interface N8nFixture {
	owner: { email: string; firstName: string; lastName: string; password: string };
	encryptionKey: string;
}

export function n8nFixture(): N8nFixture {
	return JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'n8n.json'), 'utf8')) as N8nFixture;
}

/** A port nothing listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
	return await new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const port = (server.address() as import('node:net').AddressInfo).port;
			server.close(() => resolve(port));
		});
	});
}

/** Whether something already listens on 127.0.0.1:port. */
export async function portInUse(port: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

export interface CredentialImport {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

export interface WorkflowFile {
	id: string;
	name: string;
	nodes: Array<{ name: string; type: string; parameters: Record<string, unknown>; webhookId?: string }>;
	[key: string]: unknown;
}

export interface N8nOptions {
	/** N8N_USER_FOLDER: n8n keeps `.n8n/` (database, settings, community nodes) under it. */
	userFolder: string;
	port: number;
	/** Task broker port of `n8n start` (n8n execute gets another one, so both can run). */
	brokerPort?: number;
	/** Extra environment for n8n. */
	env?: Record<string, string>;
}

/** One flatted-encoded execution as n8n's REST API returns it, with `data` decoded. */
export interface ExecutionRecord {
	id: string;
	workflowId: string;
	mode: string;
	status: string;
	finished: boolean;
	data: {
		resultData: {
			runData: Record<string, Array<{ data?: { main: Array<Array<{ json: Record<string, unknown> }> | null> }; error?: unknown }>>;
			lastNodeExecuted?: string;
			error?: { message: string };
		};
	};
}

/** Items of a node's first output in a run's `runData`, as plain JSON. */
export function nodeOutput(runData: ExecutionRecord['data']['resultData']['runData'], nodeName: string, output = 0): Array<Record<string, unknown>> {
	const runs = runData[nodeName];
	if (!runs) return [];
	return runs.flatMap((r) => (r.data?.main[output] ?? []).map((item) => item.json));
}

/**
 * A real n8n (the cached install, Node 24) with this package installed the way the Community Nodes
 * screen does it: `package.json` + `dist/` under `<userFolder>/.n8n/nodes/node_modules/<name>`.
 * Offline and quiet: no telemetry, version checks, templates or personalization.
 */
export class N8n {
	readonly userFolder: string;

	readonly port: number;

	readonly url: string;

	readonly logFile: string;

	private child?: ChildProcess;

	/** Resolves with the exit code when `n8n start` ends (after `start()`). */
	exited: Promise<number | null> = Promise.resolve(null);

	private cookie = '';

	constructor(private readonly options: N8nOptions) {
		this.userFolder = options.userFolder;
		this.port = options.port;
		this.url = `http://127.0.0.1:${options.port}`;
		this.logFile = path.join(options.userFolder, 'n8n.log');
	}

	env(extra: Record<string, string> = {}): Record<string, string | undefined> {
		const fixture = n8nFixture();
		return node24Env({
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: fixture.encryptionKey,
			// Under jest NODE_ENV is `test`, which silences n8n's output (and `n8n execute` prints its result there).
			NODE_ENV: 'production',
			N8N_PORT: String(this.port),
			N8N_HOST: '127.0.0.1',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_PROTOCOL: 'http',
			N8N_EDITOR_BASE_URL: this.url,
			N8N_WEBHOOK_URL: `${this.url}/`,
			N8N_SECURE_COOKIE: 'false',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_HIRING_BANNER_ENABLED: 'false',
			N8N_AI_ENABLED: 'false',
			// The MCP server registry fetches a list from api.n8n.io: nothing here may leave 127.0.0.1.
			N8N_DISABLED_MODULES: 'mcp-registry',
			N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
			N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
			N8N_VERIFIED_PACKAGES_ENABLED: 'false',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_RUNNERS_BROKER_PORT: String(this.options.brokerPort ?? this.port + 1),
			N8N_LOG_LEVEL: 'info',
			N8N_LOG_OUTPUT: 'console',
			EXTERNAL_FRONTEND_HOOKS_URLS: '',
			N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'false',
			DB_SQLITE_POOL_SIZE: '2',
			GENERIC_TIMEZONE: 'Asia/Shanghai',
			...(this.options.env ?? {}),
			...extra,
		});
	}

	/** Folder where n8n looks for community packages. */
	get nodesFolder(): string {
		return path.join(this.userFolder, '.n8n', 'nodes');
	}

	/**
	 * Copies `package.json` and `dist/` of the built package where a Community Nodes install puts
	 * them. Nodes and credentials listed in package.json but not built (yet) are left out of the copy's
	 * package.json, with a warning, so the others still load. Returns what was left out.
	 */
	installPackage(): string[] {
		const manifest = readPackageJson();
		const target = path.join(this.nodesFolder, 'node_modules', manifest.name);
		fs.rmSync(target, { recursive: true, force: true });
		fs.mkdirSync(target, { recursive: true });
		fs.cpSync(path.join(repoRoot, 'dist'), path.join(target, 'dist'), { recursive: true });
		const missing = [...manifest.n8n.nodes, ...manifest.n8n.credentials].filter((file) => !fs.existsSync(path.join(repoRoot, file)));
		const copy = {
			...manifest,
			n8n: {
				...manifest.n8n,
				nodes: manifest.n8n.nodes.filter((file) => !missing.includes(file)),
				credentials: manifest.n8n.credentials.filter((file) => !missing.includes(file)),
			},
		};
		fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify(copy, null, 2));
		// What `npm install <package>` in ~/.n8n/nodes leaves behind.
		fs.writeFileSync(
			path.join(this.nodesFolder, 'package.json'),
			JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [manifest.name]: manifest.version } }, null, 2),
		);
		return missing;
	}

	/** Runs an n8n CLI command against this user folder (e.g. `import:workflow`). */
	async cli(args: string[], extraEnv: Record<string, string> = {}): Promise<RunResult> {
		return await run(nodeBin, [n8nBin, ...args], { cwd: this.userFolder, env: this.env(extraEnv) });
	}

	/** `n8n import:credentials` of these credentials (plain data, encrypted by n8n on import). */
	async importCredentials(credentials: CredentialImport[]): Promise<void> {
		if (credentials.length === 0) return;
		const file = path.join(this.userFolder, 'import-credentials.json');
		fs.writeFileSync(file, JSON.stringify(credentials, null, 2));
		const result = await this.cli(['import:credentials', `--input=${file}`]);
		fs.rmSync(file, { force: true });
		if (result.code !== 0) throw new Error(`n8n import:credentials failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
	}

	/** `n8n import:workflow` of these workflows (one command for all). */
	async importWorkflows(workflows: WorkflowFile[]): Promise<void> {
		if (workflows.length === 0) return;
		const file = path.join(this.userFolder, 'import-workflows.json');
		fs.writeFileSync(file, JSON.stringify(workflows, null, 2));
		const result = await this.cli(['import:workflow', `--input=${file}`]);
		fs.rmSync(file, { force: true });
		if (result.code !== 0) throw new Error(`n8n import:workflow failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
	}

	/**
	 * `n8n execute --id`: runs a workflow from its Manual Trigger in a separate process. Returns the
	 * run data (parsed from the first stdout line starting with `{`) and the exit code (1 when the run failed).
	 */
	async execute(workflowId: string): Promise<{ code: number; run?: ExecutionRecord['data']; stdout: string; stderr: string }> {
		const brokerPort = await freePort();
		const result = await this.cli(['execute', `--id=${workflowId}`], { N8N_RUNNERS_BROKER_PORT: String(brokerPort) });
		const lines = result.stdout.split('\n');
		const start = lines.findIndex((line) => line.startsWith('{'));
		const end = lines.length - 1 - [...lines].reverse().findIndex((line) => line.startsWith('}'));
		let parsed: ExecutionRecord['data'] | undefined;
		if (start >= 0 && end >= start && end < lines.length) {
			try {
				// n8n prints `{ "data": <run execution data> }` after its log lines.
				const printed = JSON.parse(lines.slice(start, end + 1).join('\n')) as { data?: ExecutionRecord['data'] };
				parsed = printed.data ?? (printed as ExecutionRecord['data']);
			} catch (error) {
				parsed = undefined;
				result.stderr += `\n(could not parse the run data: ${String(error)})`;
			}
		}
		return { code: result.code, run: parsed, stdout: result.stdout, stderr: result.stderr };
	}

	/**
	 * `n8n start` under the guardian (scripts/guardian.js), in a process group of its own; resolves when the
	 * REST API answers. The guardian stops n8n as soon as this process ends, however it ends: its stdin is
	 * a pipe from here that closes with this process. It keeps `<userFolder>/n8n.pid.json` up to date.
	 * Log: `<userFolder>/n8n.log`.
	 */
	async start(timeoutMs = 120000): Promise<void> {
		fs.mkdirSync(this.userFolder, { recursive: true });
		const log = fs.openSync(this.logFile, 'a');
		this.child = childProcess.spawn(nodeBin, [guardianScript, pidFile(this.userFolder), nodeBin, n8nBin, 'start'], {
			cwd: this.userFolder,
			env: this.env(),
			detached: true,
			stdio: ['pipe', log, log],
		});
		fs.closeSync(log);
		let exited: number | null | undefined;
		const child = this.child;
		this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
		child.once('exit', (code) => (exited = code));
		const ready = await waitFor(async () => {
			if (exited !== undefined) return false;
			try {
				const response = await fetch(`${this.url}/healthz/readiness`);
				return response.ok ? true : undefined;
			} catch {
				return undefined;
			}
		}, timeoutMs, 200);
		if (ready !== true) {
			const tail = fs.readFileSync(this.logFile, 'utf8').split('\n').slice(-40).join('\n');
			await this.stop();
			throw new Error(`n8n did not start on ${this.url} (${exited !== undefined ? `exited with ${exited}` : 'timed out'}). Log tail:\n${tail}`);
		}
	}

	/**
	 * Stops `n8n start` and its task runners: SIGTERM to the guardian, which passes it on and, after 20 s,
	 * sends SIGKILL; then SIGKILL to what is left of the process group.
	 */
	async stop(): Promise<void> {
		const child = this.child;
		this.child = undefined;
		if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
		const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
		signal(child.pid, 'SIGTERM');
		const done = await Promise.race([exited.then(() => true), delayUnref(25000).then(() => false)]);
		if (!done) {
			signal(-child.pid, 'SIGKILL');
			await exited;
		}
		// Task runners started by n8n live in the same group; make sure none is left.
		signal(-child.pid, 'SIGKILL');
	}

	/** The guardian's pid (the process group's) while n8n runs. */
	get guardianPid(): number | undefined {
		return this.child?.pid;
	}

	/** n8n's own pid while it runs (from the pid file the guardian writes). */
	get pid(): number | undefined {
		return this.child ? readPidFile(this.userFolder)?.pid : undefined;
	}

	/** Creates the owner (first start) or logs in (later starts); keeps the `n8n-auth` cookie for `rest()`. */
	async signIn(owner = n8nFixture().owner): Promise<void> {
		const setup = await fetch(`${this.url}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(owner),
		});
		if (setup.ok) {
			this.keepCookie(setup);
			return;
		}
		const login = await fetch(`${this.url}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
		});
		if (!login.ok) throw new Error(`n8n owner setup (${setup.status}: ${await setup.text()}) and login (${login.status}: ${await login.text()}) failed`);
		this.keepCookie(login);
	}

	/** The `n8n-auth` cookie of the signed-in owner (e.g. for a browser context). */
	get authCookie(): string {
		return this.cookie;
	}

	private keepCookie(response: Response): void {
		const cookies = response.headers.getSetCookie();
		const auth = cookies.find((c) => c.startsWith('n8n-auth='));
		if (!auth) throw new Error('n8n answered without an n8n-auth cookie');
		this.cookie = auth.split(';')[0].slice('n8n-auth='.length);
	}

	/** A REST call as the owner; returns `data` of n8n's `{ data }` answer. */
	async rest<T = unknown>(method: string, route: string, body?: unknown): Promise<T> {
		const response = await fetch(`${this.url}/rest${route}`, {
			method,
			headers: { 'content-type': 'application/json', cookie: `n8n-auth=${this.cookie}`, 'browser-id': 'china-sms-e2e' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`n8n ${method} /rest${route} answered ${response.status}: ${text}`);
		const parsed = text ? (JSON.parse(text) as { data?: T }) : {};
		return (parsed.data ?? parsed) as T;
	}

	/** Node types n8n loaded whose name starts with `prefix` (e.g. `n8n-nodes-china-sms.`). */
	async nodeTypes(prefix: string): Promise<Array<{ name: string; displayName: string }>> {
		const response = await fetch(`${this.url}/types/nodes.json`, { headers: { cookie: `n8n-auth=${this.cookie}` } });
		if (!response.ok) throw new Error(`n8n /types/nodes.json answered ${response.status}`);
		const types = (await response.json()) as Array<{ name: string; displayName: string }>;
		return types.filter((type) => type.name.startsWith(prefix));
	}

	/**
	 * Which of these node types n8n loaded (e.g. `n8n-nodes-china-sms.upyunSms`, version 1), with their
	 * display names: one small `POST /rest/node-types` each (n8n answers 400 for a type it does not
	 * have), instead of `nodeTypes()`, which fetches all 500-odd node types.
	 */
	async loadedNodeTypes(nodes: Array<{ type: string; version: number }>): Promise<Array<{ name: string; displayName: string }>> {
		const found = await Promise.all(
			nodes.map(async ({ type, version }) => {
				try {
					const [description] = await this.rest<Array<{ displayName: string }>>('POST', '/node-types', { nodeInfos: [{ name: type, version }] });
					return description ? [{ name: type, displayName: description.displayName }] : [];
				} catch {
					return [];
				}
			}),
		);
		return found.flat();
	}

	/** The credential test button: `POST /rest/credentials/test` (stored id + its data, or id '' with new data). */
	async testCredential(credential: { id: string; name: string; type: string; data: Record<string, unknown> }): Promise<{ status: string; message: string }> {
		return await this.rest('POST', '/credentials/test', { credentials: credential });
	}

	/** Publishes (activates) a workflow, as the editor's Publish button does. */
	async activate(workflowId: string): Promise<void> {
		const workflow = await this.rest<{ versionId: string }>('GET', `/workflows/${workflowId}`);
		await this.rest('POST', `/workflows/${workflowId}/activate`, { versionId: workflow.versionId });
	}

	async deactivate(workflowId: string): Promise<void> {
		await this.rest('POST', `/workflows/${workflowId}/deactivate`, {});
	}

	/** POSTs JSON to a production webhook (`/webhook/<path>`) and returns n8n's answer. */
	async postWebhook(webhookPath: string, body: unknown): Promise<{ status: number; body: unknown }> {
		const response = await fetch(`${this.url}/webhook/${webhookPath}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		const text = await response.text();
		let parsed: unknown = text;
		try {
			parsed = JSON.parse(text);
		} catch {
			parsed = text;
		}
		return { status: response.status, body: parsed };
	}

	/** Ids of the workflow's recorded executions, newest first. */
	async executionIds(workflowId: string): Promise<string[]> {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const list = await this.rest<{ results: Array<{ id: string }> }>('GET', `/executions?filter=${filter}&limit=50`);
		return list.results.map((e) => String(e.id));
	}

	/** One recorded execution with its run data decoded (n8n stores it flatted). */
	async execution(id: string): Promise<ExecutionRecord> {
		const raw = await this.rest<Omit<ExecutionRecord, 'data'> & { data: string }>('GET', `/executions/${id}`);
		const flatted = requireFrom(n8nDir, 'flatted') as { parse(text: string): ExecutionRecord['data'] };
		return { ...raw, data: flatted.parse(raw.data) };
	}

	/** Waits for the workflow's next finished execution (one not in `before`) and returns it. */
	async nextExecution(workflowId: string, before: string[], timeoutMs = 30000): Promise<ExecutionRecord> {
		const found = await waitFor(async () => {
			const ids = await this.executionIds(workflowId);
			const fresh = ids.find((id) => !before.includes(id));
			if (!fresh) return undefined;
			const execution = await this.execution(fresh);
			return execution.finished || ['success', 'error', 'crashed', 'canceled'].includes(execution.status) ? execution : undefined;
		}, timeoutMs, 300);
		if (!found) throw new Error(`no finished execution of workflow ${workflowId} within ${timeoutMs} ms`);
		return found;
	}
}

/** Prints the tail of an n8n log (for failures). */
export function printLogTail(n8n: N8n, lines = 30): void {
	if (!fs.existsSync(n8n.logFile)) return;
	print(fs.readFileSync(n8n.logFile, 'utf8').split('\n').slice(-lines).join('\n'));
}
