import { chromium, type Browser, type Page } from 'playwright-core';
import { delay, fs, os, path, repoRoot, requireFromRoot } from '../support/node';
import { credentialName, packageNodes, type PackageNode } from '../../scripts/lib/providers';
import { startTestN8n, type TestN8n } from './support/n8n';

/**
 * The editor in Debian's Chromium (playwright-core): for every node of package.json that has a
 * sandbox in the registry — find it in the node creator, open it, pick resource and operation,
 * choose the credential, run the registry's `demoSend` against the sandbox, read the output panel.
 * Screenshots: docs/screenshots/<provider key>-node.png and -output.png.
 */
const CHROMIUM = '/usr/bin/chromium';
const shots = path.join(repoRoot, 'docs', 'screenshots');
const nodes = packageNodes().filter((node) => node.provider);

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
	env = await startTestN8n();
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
