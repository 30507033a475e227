import { crypto, env, exit, fs, ignoreOutputErrors, onParentExit, onStopSignal, path, print, repoRoot, uptime } from '../test/support/node';
import { build, buildReason } from './lib/build';
import { ensureInstalled } from './lib/install';
import { N8n, n8nFixture, portInUse, type WorkflowFile } from './lib/n8n';
import { N8N_VERSION, startUserFolder } from './lib/paths';
import { describeHolder, isOurN8n, portHolder, stopProcess, stopStaleN8n } from './lib/processes';
import {
	credentialName,
	exampleFiles,
	fileHash,
	loadWorkflow,
	packageNodes,
	sandboxCredential,
	sandboxProviders,
	startSandboxes,
	stopSandboxes,
	type PackageNode,
	type RunningSandbox,
} from './lib/providers';
import { fail } from './lib/run';
import { readyMadeBannerLines } from '../test/sandbox/providers';

/** Seconds since `since` (a Date.now() value), for the progress lines. */
function took(since: number): string {
	return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/**
 * A port must be free. When it is held by an n8n of an earlier `npm start` on this user folder (left
 * by a run the pid file does not know), that n8n is stopped; anything else is reported with its pid
 * and command line.
 */
async function claimPort(port: number, what: string, hint: string): Promise<void> {
	if (!(await portInUse(port))) return;
	const holder = portHolder(port);
	if (holder.pid !== undefined && isOurN8n(holder.pid, startUserFolder)) {
		print(`  an n8n of an earlier npm start (pid ${holder.pid}) still holds port ${port}: stopping it`);
		await stopProcess(holder.pid, undefined);
		if (!(await portInUse(port))) return;
	}
	fail(`Port ${port} (${what}) is in use by ${describeHolder(holder)}. Stop it, or pick another port: ${hint}`);
}

/** Imports that already happened on this database (`<userFolder>/imported-*.json`; forgotten with the database). */
function importState(file: string): Record<string, string> {
	if (!fs.existsSync(path.join(startUserFolder, '.n8n', 'database.sqlite'))) return {};
	return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

/** What this run started, for stopAll. */
const started: { n8n?: N8n; sandboxes: RunningSandbox[] } = { sandboxes: [] };
let stopping = false;

/** Stops n8n (when started) and the sandboxes, then ends the script; called once, whatever asks first. */
async function stopAll(code: number, why: string): Promise<void> {
	if (stopping) return;
	stopping = true;
	print(`\n${why}: stopping n8n and the sandboxes…`);
	await started.n8n?.stop();
	await stopSandboxes(started.sandboxes);
	print('Stopped.');
	exit(code);
}

/**
 * `npm start`: installs what is missing (Node 24 and n8n, cached outside the repository), builds when
 * dist/ is older than the sources, starts every provider sandbox, starts n8n with the package installed
 * as a community package, signs in the owner, imports a sandbox credential per provider and the example
 * workflows, and prints how to log in. Ctrl-C, SIGTERM, a hang-up, or the end of the process that started
 * this script stop everything it started; n8n runs under a guardian that stops it even if this script is killed.
 */
async function main(): Promise<void> {
	ignoreOutputErrors();
	onStopSignal((name) => void stopAll(0, name));
	// Whatever started this script (npm, through scripts/bootstrap.js) ended without a signal reaching here.
	onParentExit(() => void stopAll(1, 'The process that started npm start ended'));
	print('n8n-nodes-china-sms: a real n8n with this package and the provider sandboxes\n');
	let phase = Date.now();
	await ensureInstalled();

	phase = Date.now();
	const stale = buildReason();
	if (stale) {
		print(`\n→ Building the package (npm run build: ${stale})`);
		if (!build()) fail('npm run build failed; fix the errors above and run npm start again.');
		print(`✔ Built dist/ (${took(phase)})`);
	} else {
		print('\n✔ dist/ is current (built after the last change to nodes/, credentials/, icons/): build skipped');
	}

	const port = Number(env.N8N_PORT ?? 5678);
	const brokerPort = Number(env.N8N_RUNNERS_BROKER_PORT ?? port + 1);
	const sandboxBase = Number(env.SANDBOX_PORT_BASE ?? 18000);
	const previous = await stopStaleN8n(startUserFolder);
	if (previous.state === 'running') {
		fail(
			`npm start is already running on ${startUserFolder} (pid ${previous.record.owner}; its n8n is pid ${previous.record.pid}). ` +
				`Stop it (Ctrl-C in its terminal, or kill ${previous.record.owner}), or use another user folder: N8N_CHINA_SMS_USER_FOLDER=/tmp/n8n-2 npm start`,
		);
	}
	if (previous.state === 'stopped') print(`✔ Stopped a stale n8n (pid ${previous.pid}) left running by an earlier npm start`);
	await claimPort(port, 'n8n', 'N8N_PORT=5700 npm start');
	await claimPort(brokerPort, "n8n's task broker", `N8N_RUNNERS_BROKER_PORT=${brokerPort + 100} npm start`);
	for (const provider of sandboxProviders) {
		await claimPort(sandboxBase + provider.portOffset, `${provider.displayName} sandbox`, 'SANDBOX_PORT_BASE=19000 npm start');
	}

	const n8n = new N8n({ userFolder: startUserFolder, port, brokerPort });
	started.n8n = n8n;

	phase = Date.now();
	print('\n→ Starting the provider sandboxes');
	try {
		started.sandboxes = await startSandboxes(sandboxBase);
	} catch (error) {
		fail(String(error));
	}
	const sandboxes = started.sandboxes;
	for (const { provider, url } of sandboxes) print(`✔ ${provider.displayName} sandbox: ${url}`);

	print(`\n→ Installing the package into ${n8n.nodesFolder} (as the Community Nodes screen does)`);
	fs.mkdirSync(startUserFolder, { recursive: true });
	const missing = n8n.installPackage();
	for (const file of missing) print(`  ⚠ package.json lists ${file}, which is not built yet: left out of this install`);

	phase = Date.now();
	print('\n→ Importing the sandbox credentials and the example workflows');
	try {
		// Each `n8n import:*` boots n8n's CLI (seconds): only what changed since the last import is imported.
		const credentials = sandboxes.map(({ provider, url }) => sandboxCredential(provider, url));
		const credentialsFile = path.join(startUserFolder, 'imported-credentials.json');
		const credentialsHash = crypto.createHash('sha256').update(JSON.stringify(credentials)).digest('hex');
		const credentialsChanged = importState(credentialsFile).hash !== credentialsHash;
		if (credentialsChanged) await n8n.importCredentials(credentials);
		fs.writeFileSync(credentialsFile, JSON.stringify({ hash: credentialsHash }, null, 2));
		const stateFile = path.join(startUserFolder, 'imported-examples.json');
		const imported = importState(stateFile);
		const changed: WorkflowFile[] = [];
		for (const provider of sandboxProviders) {
			for (const file of exampleFiles(provider)) {
				const hash = fileHash(file);
				const key = path.relative(repoRoot, file);
				if (imported[key] === hash) continue;
				changed.push(loadWorkflow(file));
				imported[key] = hash;
			}
		}
		await n8n.importWorkflows(changed);
		fs.writeFileSync(stateFile, JSON.stringify(imported, null, 2));
		print(
			`✔ ${sandboxes.length} credential(s) ${credentialsChanged ? 'imported' : 'unchanged'}; ${changed.length} example workflow(s) imported ` +
				`(unchanged ones are kept as you left them) (${took(phase)})`,
		);
	} catch (error) {
		await stopSandboxes(sandboxes);
		fail(String(error));
	}

	phase = Date.now();
	print(`\n→ Starting n8n ${N8N_VERSION} on http://127.0.0.1:${port} (log: ${n8n.logFile})`);
	let built: PackageNode[] = [];
	try {
		const starting = n8n.start();
		// Read while n8n boots in its own process: the node types the built package has.
		built = packageNodes().filter((node) => node.built);
		await starting;
		await n8n.signIn();
	} catch (error) {
		await n8n.stop();
		await stopSandboxes(sandboxes);
		fail(String(error));
	}
	print(`✔ n8n is up (${took(phase)}; npm start took ${uptime().toFixed(1)} s in all)`);
	const loaded = await n8n.loadedNodeTypes(built.map((node) => ({ type: node.type ?? '', version: node.version ?? 1 })));
	const notLoaded = built.filter((node) => !loaded.some((type) => type.name === node.type));
	if (notLoaded.length > 0) {
		print(`  ⚠ n8n did not load: ${notLoaded.map((node) => node.type).join(', ')} (see ${n8n.logFile})`);
	}

	const { owner } = n8nFixture();
	const workflows = sandboxProviders.flatMap((provider) => exampleFiles(provider).map((file) => loadWorkflow(file)));
	print(
		[
			'',
			'════════════════════════════════════════════════════════════════════',
			` n8n is running:   ${n8n.url}`,
			` Email:            ${owner.email}`,
			` Password:         ${owner.password}`,
			'',
			` Nodes (search the node panel for them):`,
			...loaded.map((type) => `   ${type.displayName.padEnd(24)} ${type.name}`),
			'',
			` Sandboxes and their credentials:`,
			...sandboxes.map(({ provider, url }) => `   ${provider.displayName.padEnd(24)} ${url}   credential "${credentialName(provider)}"`),
			'',
			...readyMadeBannerLines(),
			'',
			` Example workflows:`,
			...workflows.map((workflow) => `   ${n8n.url}/workflow/${workflow.id}   ${workflow.name}`),
			'',
			` n8n log:          ${n8n.logFile}`,
			` User folder:      ${startUserFolder}`,
			'',
			' Ctrl-C stops n8n and the sandboxes.',
			'════════════════════════════════════════════════════════════════════',
		].join('\n'),
	);
	const code = await n8n.exited;
	if (!stopping) {
		await stopAll(1, `n8n exited unexpectedly (code ${String(code)}; see ${n8n.logFile})`);
	}
}

void main();
