import { path } from '../support/node';
import { credentialId, exampleFiles, loadWorkflow, sandboxProviders } from '../../scripts/lib/providers';
import { exampleExpectations } from './examples';
import type { ExampleRun } from './examples/types';
import { nodeOutput, startTestN8n, type TestN8n } from './support/n8n';

/**
 * Every example workflow of every registered provider, imported into a real n8n and run with
 * `n8n execute --id` against the provider's sandbox. A failed execution fails the test.
 */
const examples = sandboxProviders.flatMap((provider) =>
	exampleFiles(provider).map((file) => ({ provider, file, name: path.basename(file), workflow: loadWorkflow(file) })),
);

let env: TestN8n;

beforeAll(async () => {
	env = await startTestN8n({ server: false, workflows: examples.map((example) => example.workflow) });
});

afterAll(async () => {
	await env?.stop();
});

describe('example workflows are importable as they are', () => {
	test('there is at least one example', () => {
		expect(examples.length).toBeGreaterThan(0);
	});

	test.each(examples.map((e) => [`${e.provider.key}/${e.name}`, e] as const))('%s: id, start node, credentials', (_label, example) => {
		const { workflow, provider } = example;
		expect(workflow.id.length).toBeLessThanOrEqual(21);
		expect(workflow.nodes.some((node) => node.type === 'n8n-nodes-base.manualTrigger')).toBe(true);
		const ours = workflow.nodes.filter((node) => node.type.startsWith('n8n-nodes-china-sms.'));
		expect(ours.length).toBeGreaterThan(0);
		for (const node of ours) {
			const credentials = (node as unknown as { credentials?: Record<string, { id: string; name: string }> }).credentials ?? {};
			// The credential `npm start` imports for this provider: real, not a placeholder.
			expect(credentials[provider.credentialType]?.id).toBe(credentialId(provider));
		}
	});
});

describe('n8n execute runs every example against the sandboxes', () => {
	test.each(examples.map((e) => [`${e.provider.key}/${e.name}`, e] as const))('%s', async (_label, example) => {
		const running = env.sandbox(example.provider.key);
		running.sandbox.reset();
		const expectation = exampleExpectations[example.provider.key]?.[example.name];
		if (expectation?.prepare) await expectation.prepare(running);
		running.sandbox.server.clearRequests();

		const result = await env.n8n.execute(example.workflow.id);
		if (result.code !== 0 || !result.run) {
			throw new Error(`n8n execute --id=${example.workflow.id} failed (exit ${result.code}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
		}
		expect(result.run.resultData.error).toBeUndefined();
		const runData = result.run.resultData.runData;
		for (const [node, runs] of Object.entries(runData)) {
			for (const nodeRun of runs) expect({ node, error: nodeRun.error }).toEqual({ node, error: undefined });
		}
		// Every node of the package in the workflow ran and output items.
		for (const node of example.workflow.nodes.filter((n) => n.type.startsWith('n8n-nodes-china-sms.'))) {
			expect({ node: node.name, items: nodeOutput(runData, node.name).length > 0 }).toEqual({ node: node.name, items: true });
		}
		expect(running.sandbox.server.received.length).toBeGreaterThan(0);

		const run: ExampleRun = {
			running,
			received: [...running.sandbox.server.received],
			runData,
			output: (nodeName, outputIndex = 0) => nodeOutput(runData, nodeName, outputIndex),
		};
		await expectation?.check(run);
	});
});
