import { delay, fs, os, path } from '../../support/node';
import { freePort, N8n, nodeOutput, type ExecutionRecord, type WorkflowFile } from '../../../scripts/lib/n8n';
import { sandboxCredential, startSandboxes, stopSandboxes, type RunningSandbox } from '../../../scripts/lib/providers';

export { N8n, nodeOutput, type ExecutionRecord, type WorkflowFile };

/** A throwaway n8n for a test file: its own user folder, free ports, every provider sandbox. */
export interface TestN8n {
	n8n: N8n;
	sandboxes: RunningSandbox[];
	/** The running sandbox of a provider key (e.g. `upyun`). */
	sandbox(key: string): RunningSandbox;
	/** Stops n8n (if started) and the sandboxes, and removes the user folder. */
	stop(): Promise<void>;
}

export interface TestN8nOptions {
	/** Start `n8n start` (the server) and sign in the owner; false for CLI-only use (`n8n execute`). */
	server?: boolean;
	/** Workflows to import before n8n starts. */
	workflows?: WorkflowFile[];
}

/**
 * Prepares a real n8n like `npm start` does, but isolated for tests: the built package installed as a
 * community package, one sandbox credential per provider (see `credentialId()`), the given workflows.
 */
export async function startTestN8n(options: TestN8nOptions = {}): Promise<TestN8n> {
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'china-sms-e2e-'));
	const sandboxes = await startSandboxes(0);
	const port = await freePort();
	const n8n = new N8n({ userFolder, port, brokerPort: await freePort() });
	const stop = async (): Promise<void> => {
		await n8n.stop();
		await stopSandboxes(sandboxes);
		fs.rmSync(userFolder, { recursive: true, force: true });
	};
	let ready = false;
	try {
		n8n.installPackage();
		await n8n.importCredentials(sandboxes.map(({ provider, url }) => sandboxCredential(provider, url)));
		await n8n.importWorkflows(options.workflows ?? []);
		if (options.server !== false) {
			await n8n.start();
			await n8n.signIn();
		}
		ready = true;
	} finally {
		if (!ready) await stop();
	}
	return {
		n8n,
		sandboxes,
		sandbox: (key) => {
			const found = sandboxes.find((running) => running.provider.key === key);
			if (!found) throw new Error(`no sandbox for provider "${key}"`);
			return found;
		},
		stop,
	};
}

export interface WebhookRun {
	/** n8n's HTTP answer to the webhook call. */
	response: { status: number; body: unknown };
	/** The execution n8n recorded for that call (mode `webhook`), with its run data. */
	execution: ExecutionRecord;
}

/**
 * Publishes the workflow, POSTs `body` to its production webhook URL (`/webhook/<path>`) and returns
 * n8n's answer and the execution it recorded. Trigger nodes of the package are tested with it.
 */
export async function triggerWebhook(n8n: N8n, workflowId: string, webhookPath: string, body: unknown): Promise<WebhookRun> {
	await n8n.activate(workflowId);
	const before = await n8n.executionIds(workflowId);
	// Publishing registers the production webhook a moment after the REST call returns.
	let response = await n8n.postWebhook(webhookPath, body);
	for (let attempt = 0; attempt < 40 && response.status === 404; attempt++) {
		await delay(250);
		response = await n8n.postWebhook(webhookPath, body);
	}
	const execution = await n8n.nextExecution(workflowId, before);
	return { response, execution };
}
