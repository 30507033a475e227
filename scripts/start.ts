import { childProcess, env, exit, fs, onExit, path, print, repoRoot } from '../test/support/node';
import { ensureInstalled } from './lib/install';
import { N8n, n8nFixture, portInUse, readPackageJson, type WorkflowFile } from './lib/n8n';
import { N8N_VERSION, startUserFolder } from './lib/paths';
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
	type RunningSandbox,
} from './lib/providers';
import { fail } from './lib/run';

/**
 * `npm start`: installs what is missing (Node 24 and n8n, cached outside the repository), builds,
 * starts every provider sandbox, starts n8n with the package installed as a community package,
 * signs in the owner, imports a sandbox credential per provider and the example workflows, and
 * prints how to log in. Ctrl-C stops everything it started.
 */
async function main(): Promise<void> {
	print('n8n-nodes-china-sms: a real n8n with this package and the provider sandboxes\n');
	await ensureInstalled();

	print('\n→ Building the package (npm run build)');
	const build = childProcess.spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
	if (build.status !== 0) fail('npm run build failed; fix the errors above and run npm start again.');
	print('✔ Built dist/');

	const port = Number(env.N8N_PORT ?? 5678);
	const sandboxBase = Number(env.SANDBOX_PORT_BASE ?? 18000);
	if (await portInUse(port)) fail(`Port ${port} is in use (another n8n?). Stop it, or pick another port: N8N_PORT=5700 npm start`);
	for (const provider of sandboxProviders) {
		const sandboxPort = sandboxBase + provider.portOffset;
		if (await portInUse(sandboxPort)) {
			fail(`Port ${sandboxPort} (${provider.displayName} sandbox) is in use. Stop what uses it, or: SANDBOX_PORT_BASE=19000 npm start`);
		}
	}

	let sandboxes: RunningSandbox[] = [];
	const n8n = new N8n({ userFolder: startUserFolder, port, brokerPort: Number(env.N8N_RUNNERS_BROKER_PORT ?? port + 1) });
	let stopping = false;
	const stopAll = async (code: number): Promise<void> => {
		if (stopping) return;
		stopping = true;
		print('\nStopping n8n and the sandboxes…');
		await n8n.stop();
		await stopSandboxes(sandboxes);
		print('Stopped.');
		exit(code);
	};
	onExit(() => void stopAll(0));

	print('\n→ Starting the provider sandboxes');
	try {
		sandboxes = await startSandboxes(sandboxBase);
	} catch (error) {
		fail(String(error));
	}
	for (const { provider, url } of sandboxes) print(`✔ ${provider.displayName} sandbox: ${url}`);

	print(`\n→ Installing the package into ${n8n.nodesFolder} (as the Community Nodes screen does)`);
	fs.mkdirSync(startUserFolder, { recursive: true });
	const missing = n8n.installPackage();
	for (const file of missing) print(`  ⚠ package.json lists ${file}, which is not built yet: left out of this install`);

	print('\n→ Importing the sandbox credentials and the example workflows');
	try {
		await n8n.importCredentials(sandboxes.map(({ provider, url }) => sandboxCredential(provider, url)));
		const stateFile = path.join(startUserFolder, 'imported-examples.json');
		const imported = fs.existsSync(stateFile) ? (JSON.parse(fs.readFileSync(stateFile, 'utf8')) as Record<string, string>) : {};
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
		print(`✔ ${sandboxes.length} credential(s); ${changed.length} example workflow(s) imported (unchanged ones are kept as you left them)`);
	} catch (error) {
		await stopSandboxes(sandboxes);
		fail(String(error));
	}

	print(`\n→ Starting n8n ${N8N_VERSION} on http://127.0.0.1:${port} (log: ${n8n.logFile})`);
	try {
		await n8n.start();
		await n8n.signIn();
	} catch (error) {
		await n8n.stop();
		await stopSandboxes(sandboxes);
		fail(String(error));
	}
	const manifest = readPackageJson();
	const loaded = await n8n.nodeTypes(`${manifest.name}.`);
	const built = packageNodes().filter((node) => node.built);
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
		print(`\nn8n exited unexpectedly (code ${String(code)}); see ${n8n.logFile}`);
		await stopAll(1);
	}
}

void main();
