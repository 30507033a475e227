import type { Browser, Page } from 'playwright-core';
import { delay, os, path, print, requireFromRoot } from '../support/node';
import { credentialId, credentialName, sandboxProviders } from '../../scripts/lib/providers';
import { launchChromium, openEditor } from './support/browser';
import { startTestN8n, type TestN8n } from './support/n8n';

/**
 * What the real editor (n8n 2.41.1 in Chromium) shows of the package's node descriptions: subtitles
 * with display names on the canvas, the node panel's Docs link, and the node creator's entry when a
 * next step is added. A screenshot of the canvas is left in the temp folder for a look.
 */
const credentials = (key: string) => {
	const provider = sandboxProviders.find((p) => p.key === key)!;
	return { [provider.credentialType]: { id: credentialId(provider), name: credentialName(provider) } };
};

interface CanvasNode {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
	credential: string;
	/** A webhook trigger (n8n wants a webhookId for it). */
	webhook?: boolean;
	/** The subtitle the canvas must show under the node's name. */
	subtitle: string;
}

const canvasNodes: CanvasNode[] = [
	{ name: 'JPush', type: 'jPushSms', credential: 'jpush', parameters: { resource: 'verificationCode', operation: 'sendVoiceCode' }, subtitle: 'Send Voice Code: Verification Code' },
	{ name: 'Liupai', type: 'liupai', credential: 'liupai', parameters: { resource: 'template', operation: 'getMany' }, subtitle: 'Get Many: Template' },
	{ name: 'UPYUN', type: 'upyunSms', credential: 'upyun', parameters: {}, subtitle: 'Send: Message' },
	{ name: 'Yunpian', type: 'yunpian', credential: 'yunpian', parameters: { resource: 'voice', operation: 'sendCode' }, subtitle: 'Send Code: Voice' },
	{ name: 'JPush Trigger', type: 'jPushSmsTrigger', credential: 'jpush', webhook: true, parameters: { events: ['SMS_REPORT', 'SMS_REPLY'] }, subtitle: 'Delivery Report (SMS_REPORT), Reply (SMS_REPLY)' },
	{ name: 'Liupai Trigger', type: 'liupaiTrigger', credential: 'liupai', parameters: { reportStatus: 'delivered' }, subtitle: 'Send log: Delivered' },
	{ name: 'UPYUN Trigger', type: 'upyunSmsTrigger', credential: 'upyun', parameters: { event: 'templateReview' }, subtitle: 'Template Review Result' },
	{ name: 'Yunpian Trigger', type: 'yunpianTrigger', credential: 'yunpian', webhook: true, parameters: { events: ['deliveryStatus', 'reply'] }, subtitle: 'Delivery Status, Reply' },
];

const workflow = {
	id: 'editorWords',
	name: 'Editor words',
	active: false,
	settings: { executionOrder: 'v1' },
	connections: { 'Run now': { main: [[{ node: 'JPush', type: 'main', index: 0 }]] } },
	nodes: [
		{ id: 'run-now', name: 'Run now', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		...canvasNodes.map((node, index) => ({
			id: `node-${index}`,
			name: node.name,
			type: `n8n-nodes-china-sms.${node.type}`,
			typeVersion: 1,
			position: [300 + 300 * (index % 4), index < 4 ? 0 : 300],
			parameters: node.parameters,
			credentials: credentials(node.credential),
			...(node.webhook ? { webhookId: `editor-words-${index}` } : {}),
		})),
	],
};

/** The built action node's own description (what the n8n under test loads): its entry must start with it. */
const builtDescription = (file: string, className: string): string =>
	(new (requireFromRoot(`dist/nodes/${file}`) as Record<string, new () => { description: { description: string } }>)[className]()).description.description;

/** What each action node's entry in "What happens next?" must start with: the action node's own description. */
const nextStepDescriptions: Record<string, string> = {
	'JPush SMS': builtDescription('JPushSms/JPushSms.node.js', 'JPushSms'),
	Liupai: builtDescription('Liupai/Liupai.node.js', 'Liupai'),
	'UPYUN SMS': builtDescription('UpyunSms/UpyunSms.node.js', 'UpyunSms'),
	Yunpian: builtDescription('Yunpian/Yunpian.node.js', 'Yunpian'),
};

let env: TestN8n;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	env = await startTestN8n({ workflows: [workflow] });
	browser = await launchChromium();
	page = await openEditor(browser, env.n8n);
	await page.goto(`${env.n8n.url}/workflow/${workflow.id}`);
	await page.locator('[data-test-id="canvas-node"]').first().waitFor();
	await delay(1500);
});

afterAll(async () => {
	await browser?.close();
	await env?.stop();
});

/** The lines of text of each canvas node (its name first, then its subtitle). */
async function canvasTexts(): Promise<string[][]> {
	const texts = await page.locator('[data-test-id="canvas-node"]').allInnerTexts();
	return texts.map((text) => text.split('\n').map((line) => line.trim()).filter(Boolean));
}

/** The canvas node whose name (its first line) is `name`. */
async function canvasNode(name: string) {
	const index = (await canvasTexts()).findIndex((lines) => lines[0] === name);
	if (index < 0) throw new Error(`no canvas node named ${name}`);
	return page.locator('[data-test-id="canvas-node"]').nth(index);
}

test('canvas subtitles show display names, not internal values', async () => {
	const shot = path.join(os.tmpdir(), 'china-sms-editor-subtitles.png');
	await page.screenshot({ path: shot });
	print(`canvas screenshot: ${shot}`);
	const shown = Object.fromEntries((await canvasTexts()).map((lines) => [lines[0], lines[1]]));
	expect(shown).toMatchObject(Object.fromEntries(canvasNodes.map((node) => [node.name, node.subtitle])));
});

test('the node panel’s Docs link is the README section as written (n8n adds no query after the #)', async () => {
	await (await canvasNode('JPush')).dblclick();
	await page.locator('[data-test-id="ndv"]').waitFor();
	await delay(1000);
	const links = await page.locator('[data-test-id="ndv"] a[href*="github.com/n8n-nodes-china-sms"]').evaluateAll((anchors) => anchors.map((a) => (a as unknown as { href: string }).href));
	expect(links).toEqual(['https://github.com/n8n-nodes-china-sms/n8n-nodes-china-sms#jpush-sms-%E6%9E%81%E5%85%89%E7%9F%AD%E4%BF%A1']);
	await page.keyboard.press('Escape');
	await delay(500);
});

test('"What happens next?" describes each action node by what it does, not by its trigger', async () => {
	await (await canvasNode('JPush')).hover();
	await page.locator('[data-test-id="canvas-handle-plus"]').first().click();
	const search = page.locator('[data-test-id="node-creator-search-bar"]');
	await search.waitFor();
	for (const [displayName, description] of Object.entries(nextStepDescriptions)) {
		await search.fill(displayName);
		const entry = page.locator('[data-test-id^="node-creator-"][data-test-id$="-item"]').filter({ has: page.locator('[data-test-id="node-creator-item-name"]', { hasText: new RegExp(`^${displayName}$`) }) }).first();
		await entry.waitFor();
		const text = (await entry.innerText()).replace(/\s+/g, ' ');
		expect(text).toContain(description);
		expect(text).not.toMatch(/Starts the workflow/);
	}
});
