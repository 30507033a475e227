import { chromium, type Browser, type Page } from 'playwright-core';
import { delay, fs, os, path, print, repoRoot, requireFromRoot } from '../support/node';
import { credentialName, exampleFiles, loadWorkflow, packageNodes, sandboxProviders, type PackageNode } from '../../scripts/lib/providers';
import { exampleExpectations } from './examples';
import { nodeOutput, startTestN8n, type TestN8n } from './support/n8n';

/**
 * The editor in Debian's Chromium (playwright-core): for every node of package.json that has a
 * sandbox in the registry — find it in the node creator, open it, pick resource and operation,
 * choose the credential, run the registry's `demoSend` against the sandbox, read the output panel.
 * Screenshots: docs/screenshots/<provider key>-node.png and -output.png.
 * Then every example workflow with more than one trigger: opened as imported, run with the big
 * Execute workflow button, which must start it at once (not wait for a webhook call).
 */
const CHROMIUM = '/usr/bin/chromium';
const shots = path.join(repoRoot, 'docs', 'screenshots');
const nodes = packageNodes().filter((node) => node.provider);

const MANUAL_TRIGGER = 'n8n-nodes-base.manualTrigger';
/** The nodes n8n's Execute workflow button chooses its start from. */
const isTrigger = (type: string): boolean => type.endsWith('Trigger') || type === 'n8n-nodes-base.webhook';
const multiTriggerExamples = sandboxProviders
	.flatMap((provider) => exampleFiles(provider).map((file) => ({ provider, name: path.basename(file), workflow: loadWorkflow(file) })))
	.map((example) => ({ ...example, triggers: example.workflow.nodes.filter((node) => isTrigger(node.type)) }))
	.filter((example) => example.triggers.length > 1);

interface NodeDescription {
	properties: Array<{
		name: string;
		displayName: string;
		type: string;
		displayOptions?: { show?: Record<string, unknown[]> };
		options?: Array<{ name: string; value: unknown; action?: string }>;
	}>;
}

/** Display names of the demo's resource and operation, and the operation's action text (the node creator lists it). */
function demoLabels(node: PackageNode): { resource: string; operation: string; action: string } {
	const exported = Object.values(requireFromRoot(node.file) as Record<string, new () => { description: NodeDescription }>)[0];
	const { properties } = new exported().description;
	const demo = node.provider!.demoSend;
	const resource = properties.find((p) => p.name === 'resource')?.options?.find((o) => o.value === demo.resource);
	const operation = properties
		.filter((p) => p.name === 'operation' && (p.displayOptions?.show?.resource ?? []).includes(demo.resource))
		.flatMap((p) => p.options ?? [])
		.find((o) => o.value === demo.operation);
	if (!resource || !operation) throw new Error(`${node.type}: demoSend resource/operation not found in the node description`);
	return { resource: resource.name, operation: operation.name, action: operation.action ?? operation.name };
}

let env: TestN8n;
let browser: Browser;

beforeAll(async () => {
	if (!fs.existsSync(CHROMIUM)) {
		throw new Error(`${CHROMIUM} is missing: the browser tests need Debian's chromium (apt-get install -y chromium)`);
	}
	fs.mkdirSync(shots, { recursive: true });
	env = await startTestN8n({ workflows: multiTriggerExamples.map((example) => example.workflow) });
	browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			`--user-data-dir=${fs.mkdtempSync(path.join(os.tmpdir(), 'china-sms-chromium-'))}`,
		].slice(0, 7),
	});
});

afterAll(async () => {
	await browser?.close();
	await env?.stop();
});

test('every node of package.json with a sandbox is tested here', () => {
	expect(nodes.length).toBeGreaterThan(0);
});

async function openEditor(): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	await context.addCookies([{ name: 'n8n-auth', value: env.n8n.authCookie, domain: '127.0.0.1', path: '/' }]);
	const page = await context.newPage();
	page.setDefaultTimeout(30000);
	return page;
}

describe.each(nodes.map((node) => [node.displayName!, node] as const))('%s in the editor', (_name, node) => {
	test('node creator → resource, operation, credential → run against the sandbox → output panel', async () => {
		const provider = node.provider!;
		const running = env.sandbox(provider.key);
		running.sandbox.reset();
		const labels = demoLabels(node);
		const page = await openEditor();
		let passed = false;
		try {
			await page.goto(`${env.n8n.url}/workflow/new`);
			// Find the node in the node creator and pick the demo's action.
			await page.locator('[data-test-id="canvas-add-button"]').click();
			await page.locator('[data-test-id="node-creator-search-bar"]').fill(node.displayName!);
			await page.locator('[data-test-id="node-creator-item-name"]', { hasText: new RegExp(`^${node.displayName}$`) }).first().click();
			const action = page.getByText(labels.action, { exact: true }).first();
			const actionsHeading = page.getByText(/^Actions \(\d+\)$/).first();
			// The Actions section may open by itself after a moment, or stay folded; long lists render as you scroll.
			await delayMs(1000);
			for (let attempt = 0; attempt < 3 && !(await action.isVisible()); attempt++) {
				for (let step = 0; step < 25 && !(await action.isVisible()); step++) {
					await page.mouse.move(1300, 700);
					await page.mouse.wheel(0, 300);
					await delayMs(100);
				}
				if (!(await action.isVisible()) && (await actionsHeading.count()) > 0) {
					await actionsHeading.scrollIntoViewIfNeeded();
					await actionsHeading.click();
					await delayMs(700);
				}
			}
			await action.click();
			const ndv = page.locator('[data-test-id="ndv"]');
			await ndv.waitFor();
			// Resource and operation as the user sees them.
			await expectSelect(page, 'resource', labels.resource);
			await expectSelect(page, 'operation', labels.operation);
			// The credential: the provider's sandbox credential.
			const credential = page.locator('[data-test-id="node-credentials-select"]');
			await credential.waitFor();
			if ((await credential.locator('input').inputValue()) !== credentialName(provider)) {
				await credential.click();
				await page.getByRole('option', { name: credentialName(provider) }).click();
			}
			expect(await credential.locator('input').inputValue()).toBe(credentialName(provider));
			await page.keyboard.press('Escape');
			// Save, then give the node the demo's remaining parameters (resource locators and collections) via REST.
			await page.keyboard.press('Control+s');
			await page.waitForURL(/\/workflow\/[A-Za-z0-9]+$/);
			const workflowId = page.url().split('/').pop()!;
			const workflow = await env.n8n.rest<{ nodes: Array<{ name: string; type: string; parameters: Record<string, unknown> }> }>('GET', `/workflows/${workflowId}`);
			const ours = workflow.nodes.find((n) => n.type === node.type);
			expect(ours).toBeDefined();
			ours!.parameters = { ...ours!.parameters, ...provider.demoSend };
			await env.n8n.rest('PATCH', `/workflows/${workflowId}`, workflow);
			await page.reload();
			// The editor names the node after the action (e.g. "Send an SMS").
			await page.locator('[data-test-id="canvas-node"]', { hasText: ours!.name }).first().dblclick();
			await ndv.waitFor();
			await delay(1000);
			await page.screenshot({ path: path.join(shots, `${provider.key}-node.png`) });
			// Run the node against the sandbox and read the output panel.
			running.sandbox.server.clearRequests();
			await page.locator('[data-test-id="node-execute-button"]').first().click();
			const output = page.locator('[data-test-id="output-panel"]');
			const count = await poll(async () => /(\d+) items?/.exec(await output.innerText())?.[1]);
			expect(Number(count)).toBeGreaterThan(0);
			await output.locator('table').first().waitFor();
			await delay(1000);
			await page.screenshot({ path: path.join(shots, `${provider.key}-output.png`) });
			const text = await output.innerText();
			expect(text).not.toMatch(/error|problem/i);
			expect(running.sandbox.server.received.length).toBeGreaterThan(0);
			passed = true;
		} finally {
			// A failure leaves a picture of the editor at that moment.
			if (!passed) await page.screenshot({ path: path.join(shots, `${provider.key}-failure.png`) }).catch(() => undefined);
			await page.context().close();
		}
	});
});

describe('example workflows with more than one trigger: the big Execute workflow button', () => {
	test('there are such examples (Run now plus a Schedule or Webhook trigger)', () => {
		expect(multiTriggerExamples.length).toBeGreaterThan(0);
	});

	test.each(multiTriggerExamples.map((e) => [`${e.provider.key}/${e.name}`, e] as const))('%s runs at once, as imported', async (label, example) => {
		const { workflow, triggers } = example;
		const running = env.sandbox(example.provider.key);
		running.sandbox.reset();
		const expectation = exampleExpectations[example.provider.key]?.[example.name];
		if (expectation?.prepare) await expectation.prepare(running);
		const page = await openEditor();
		let passed = false;
		try {
			await page.goto(`${env.n8n.url}/workflow/${workflow.id}`);
			const button = page.locator('[data-test-id="execute-workflow-button"]');
			await button.waitFor();
			await page.locator('[data-test-id="canvas-node"]').first().waitFor();
			const before = await env.n8n.executionIds(workflow.id);
			running.sandbox.server.clearRequests();
			await button.click();
			const execution = await env.n8n.nextExecution(workflow.id, before, 30000).catch(async (error: unknown) => {
				// E.g. "Waiting for trigger event": the button picked a webhook that waits for a call.
				throw new Error(`${String(error)}; the button shows "${(await button.innerText()).replace(/\s+/g, ' ')}"`);
			});
			expect({ mode: execution.mode, status: execution.status }).toEqual({ mode: 'manual', status: 'success' });
			const runData = execution.data.resultData.runData;
			// It started at one trigger: the Manual Trigger, or one whose sample event is pinned (nothing to wait for).
			const started = triggers.filter((trigger) => runData[trigger.name]);
			expect(started).toHaveLength(1);
			const pinned = Object.keys((workflow.pinData ?? {}) as Record<string, unknown>);
			expect({ started: started[0].name, atOnce: started[0].type === MANUAL_TRIGGER || pinned.includes(started[0].name) }).toEqual({ started: started[0].name, atOnce: true });
			for (const node of workflow.nodes.filter((n) => n.type.startsWith('n8n-nodes-china-sms.'))) {
				expect({ node: node.name, items: nodeOutput(runData, node.name).length > 0 }).toEqual({ node: node.name, items: true });
			}
			expect(running.sandbox.server.received.length).toBeGreaterThan(0);
			// The checks `n8n execute` runs of this example hold for the editor's run too.
			await expectation?.check({
				running,
				received: [...running.sandbox.server.received],
				runData,
				output: (nodeName, outputIndex = 0) => nodeOutput(runData, nodeName, outputIndex),
			});
			passed = true;
		} finally {
			if (!passed) {
				const shot = path.join(os.tmpdir(), `${label.replace(/\W+/g, '-')}-execute-failure.png`);
				await page.screenshot({ path: shot }).then(() => print(`Screenshot of the failure: ${shot}`)).catch(() => undefined);
			}
			await page.context().close();
		}
	});
});

/** The shown value of an options parameter. */
async function expectSelect(page: Page, name: string, label: string): Promise<void> {
	const input = page.locator(`[data-test-id="parameter-input-${name}"] input`).first();
	await input.waitFor();
	expect(await input.inputValue()).toBe(label);
}

/** Polls `read` until it returns a value (20 s), else fails. */
async function poll<T>(read: () => Promise<T | undefined>): Promise<T> {
	const deadline = Date.now() + 20000;
	while (Date.now() < deadline) {
		const value = await read().catch(() => undefined);
		if (value !== undefined) return value;
		await delay(250);
	}
	throw new Error('the output panel showed no items within 20 s');
}

const delayMs = delay;
