import type { Browser, Locator, Page } from 'playwright-core';

import { credentialId, credentialName } from '../../scripts/lib/providers';
import { readPackageJson } from '../../scripts/lib/n8n';
import { delay, fs, os, path, print, repoRoot } from '../support/node';
import type { UpyunSandbox } from '../sandbox/upyun';
import { launchChromium, openEditor } from './support/browser';
import { startTestN8n, type TestN8n, type WorkflowFile } from './support/n8n';

/**
 * Issue 14 in the real editor (n8n 2.41.1, Chromium): a UPYUN SMS → Send node of version 1.1 as the editor
 * adds it — pick the template from the list, see its two variables appear as named fields, fill them, run
 * with Preview Only (the output shows the final text; the sandbox receives no send), then switch Preview
 * Only off and run again (the sandbox receives the message).
 * Screenshots: docs/screenshots/upyun-composer-fields.png and upyun-composer-preview.png.
 */
const WORKFLOW_ID = 'composerUpyunSend';
const NODE_NAME = 'Send an SMS';
const MOBILE = '13800138000';
const TEXT = '【ACME】Your code is 482193, valid 5 minutes';
const shots = path.join(repoRoot, 'docs', 'screenshots');

function composerWorkflow(packageName: string): WorkflowFile {
	return {
		id: WORKFLOW_ID,
		name: 'UPYUN composer',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{ id: 'trigger', name: 'Manual Trigger', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: 'send',
				name: NODE_NAME,
				type: `${packageName}.upyunSms`,
				typeVersion: 1.1,
				position: [260, 0],
				// As the editor leaves a new Send node: no template picked yet, the variables from its fields.
				parameters: { resource: 'message', operation: 'send', mobiles: MOBILE, templateId: { __rl: true, mode: 'list', value: '' }, options: {} },
				credentials: { upyunSmsApi: { id: 'upyunSandbox', name: 'UPYUN SMS sandbox' } },
			},
		] as unknown as WorkflowFile['nodes'],
		connections: { 'Manual Trigger': { main: [[{ node: NODE_NAME, type: 'main', index: 0 }]] } },
	};
}

let env: TestN8n;
let browser: Browser;

beforeAll(async () => {
	fs.mkdirSync(shots, { recursive: true });
	const workflow = composerWorkflow(readPackageJson().name);
	env = await startTestN8n({ workflows: [workflow] });
	const upyun = env.sandbox('upyun').provider;
	// The imported credential is the sandbox credential the workflow names.
	expect({ id: credentialId(upyun), name: credentialName(upyun) }).toEqual({ id: 'upyunSandbox', name: 'UPYUN SMS sandbox' });
	browser = await launchChromium();
}, 240000);

afterAll(async () => {
	await browser?.close();
	await env?.stop();
});

/** The sandbox's log of received requests, as "METHOD path". */
function requestLog(sandbox: UpyunSandbox): string[] {
	return sandbox.server.received.map((request) => `${request.method} ${request.path}`);
}

test('pick a template, fill its named fields, preview without sending, then send', async () => {
	const sandbox = env.sandbox('upyun').sandbox as UpyunSandbox;
	sandbox.reset();
	const page = await openEditor(browser, env.n8n);
	let passed = false;
	try {
		await page.goto(`${env.n8n.url}/workflow/${WORKFLOW_ID}`);
		await page.locator('[data-test-id="canvas-node"]', { hasText: NODE_NAME }).first().dblclick();
		const ndv = page.locator('[data-test-id="ndv"]');
		await ndv.waitFor();

		// Version 1.1: Variables Input defaults to the template's fields.
		expect(await page.locator('[data-test-id="parameter-input-variablesInput"] input').first().inputValue()).toBe('Fields From Template');

		// The template picker lists every template with its status and text; search, then pick.
		await page.locator('[data-test-id="parameter-input-templateId"]').first().click();
		const search = page.locator('[data-test-id="rlc-search"] input').first();
		if (await search.isVisible().catch(() => false)) await search.fill('login');
		const item = page.locator('[data-test-id="rlc-item"]', { hasText: 'login code' }).first();
		await item.waitFor();
		expect(await item.innerText()).toContain('Approved');
		await item.click();

		// The template's placeholders appear as named, required fields.
		const fields = ndv.locator('[data-test-id="mapping-fields-container"]');
		await fields.waitFor();
		await poll('the two variable fields', async () => ((await fields.innerText()).includes('var2 (valid …)') ? true : undefined));
		const fieldText = await fields.innerText();
		expect(fieldText).toContain('var1 (Your code is …)');
		expect(fieldText).toContain('var2 (valid …)');
		const inputs = fields.locator('[data-test-id="parameter-input"]');
		expect(await inputs.count()).toBe(2);
		await fillField(page, inputs.nth(0), '482193');
		await fillField(page, inputs.nth(1), '5');
		// Leave the last field by clicking a label (Tab would open the next control, the options list).
		await ndv.getByText('Variables Input', { exact: true }).first().click();
		await delay(500);
		await page.screenshot({ path: path.join(shots, 'upyun-composer-fields.png') });

		// Options → Preview Only (Send Nothing), on.
		// The collection's "Add Option" control (a select showing that text as its placeholder).
		await ndv.getByPlaceholder('Add Option').or(ndv.getByRole('button', { name: 'Add Option' })).or(ndv.getByRole('combobox', { name: 'Add Option' })).first().click();
		await page.locator('.el-select-dropdown__item:visible', { hasText: 'Preview Only (Send Nothing)' }).first().click();
		const toggle = ndv.locator('[data-test-id="parameter-input-previewOnly"] .el-switch').first();
		await toggle.waitFor();
		await toggle.click();

		// A preview run: the output shows the text, length and segments; nothing reaches a send endpoint.
		sandbox.server.clearRequests();
		await page.locator('[data-test-id="node-execute-button"]').first().click();
		const output = page.locator('[data-test-id="output-panel"]');
		await poll('the preview in the output panel', async () => ((await output.innerText()).includes('Preview only, nothing was sent') ? true : undefined));
		// The JSON view shows the whole preview and the request that would go out.
		await output.getByText('JSON', { exact: true }).first().click();
		await poll('the preview text in the output panel', async () => ((await output.innerText()).includes('Your code is 482193') ? true : undefined));
		await delay(1000);
		await page.screenshot({ path: path.join(shots, 'upyun-composer-preview.png') });
		const previewText = await output.innerText();
		expect(previewText).toMatch(/Preview only, nothing was sent/);
		expect(requestLog(sandbox)).toEqual(['GET /api/templates']);
		expect(sandbox.messages).toHaveLength(0);
		const preview = await lastRun(env, 'preview');
		expect(preview).toMatchObject({ success: false, dryRun: true, mobile: MOBILE, messageId: null, preview: { text: TEXT, length: [...TEXT].length, segments: 1 } });
		expect(preview.request).toMatchObject({ method: 'POST', url: expect.stringMatching(/\/api\/messages$/), body: { template_id: 1, mobile: MOBILE, vars: '482193|5' } });

		// Preview Only off: the same node sends, and the sandbox receives exactly that message.
		await toggle.click();
		sandbox.server.clearRequests();
		await page.locator('[data-test-id="node-execute-button"]').first().click();
		await poll('the sent message', async () => (sandbox.messages.length > 0 ? true : undefined));
		const sends = sandbox.server.received.filter((request) => request.method === 'POST');
		expect(sends.map((request) => [request.path, request.body])).toEqual([['/api/messages', { template_id: 1, mobile: MOBILE, vars: '482193|5' }]]);
		expect(sandbox.messages.map((message) => [message.mobile, message.content])).toEqual([[MOBILE, TEXT]]);
		const sent = await lastRun(env, 'send');
		expect(sent).toMatchObject({ success: true, mobile: MOBILE, messageId: expect.stringMatching(/^\d+$/), preview: { text: TEXT } });
		passed = true;
	} finally {
		if (!passed) {
			const shot = path.join(os.tmpdir(), 'upyun-composer-failure.png');
			await page.screenshot({ path: shot }).then(() => print(`Screenshot of the failure: ${shot}`)).catch(() => undefined);
			await page.content().then((html) => fs.writeFileSync(shot.replace(/\.png$/, '.html'), html)).catch(() => undefined);
		}
		await page.context().close();
	}
});

/** Types into a mapper field as a user does (the field's own input; an expression field opens its editor). */
async function fillField(page: Page, field: Locator, value: string): Promise<void> {
	const input = field.locator('input, textarea, [contenteditable="true"]').first();
	await input.click();
	await page.keyboard.type(value);
}

/**
 * The first output item of our node in the workflow's newest execution once it differs from the last one
 * read: the editor's manual runs are stored, so the test reads what n8n itself recorded.
 */
const seen = new Set<string>();
async function lastRun(test: TestN8n, label: string): Promise<Record<string, unknown>> {
	return await poll(`the ${label} execution`, async () => {
		const ids = await test.n8n.executionIds(WORKFLOW_ID);
		const fresh = ids.find((id) => !seen.has(id));
		if (!fresh) return undefined;
		const execution = await test.n8n.execution(fresh);
		if (execution.status !== 'success' && execution.status !== 'error') return undefined;
		seen.add(fresh);
		const runs = execution.data.resultData.runData[NODE_NAME] as Array<{ data?: { main: Array<Array<{ json: Record<string, unknown> }>> } }> | undefined;
		return runs?.[0]?.data?.main[0]?.[0]?.json;
	});
}

/** Polls `read` until it gives a value (30 s), else fails naming what was awaited. */
async function poll<T>(what: string, read: () => Promise<T | undefined>): Promise<T> {
	const deadline = Date.now() + 30000;
	while (Date.now() < deadline) {
		const value = await read().catch(() => undefined);
		if (value !== undefined) return value;
		await delay(250);
	}
	throw new Error(`${what} did not show within 30 s`);
}
