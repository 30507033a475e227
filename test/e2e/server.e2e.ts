import { path } from '../support/node';
import { credentialId, credentialName, exampleFiles, loadWorkflow, packageNodes, sandboxProviders } from '../../scripts/lib/providers';
import { readPackageJson } from '../../scripts/lib/n8n';
import { exampleExpectations } from './examples';
import { nodeOutput, startTestN8n, triggerWebhook, type TestN8n } from './support/n8n';

/** `n8n start` with the package installed as a community package: what the editor and REST API offer. */
const webhookExamples = sandboxProviders.flatMap((provider) =>
	exampleFiles(provider)
		.map((file) => ({ provider, name: path.basename(file), workflow: loadWorkflow(file) }))
		.filter((example) => example.workflow.nodes.some((node) => node.type === 'n8n-nodes-base.webhook'))
		.map((example) => ({ ...example, expectation: exampleExpectations[provider.key]?.[example.name]?.webhook })),
);

/** What the credential test button says for each sandbox's wrong key: the provider's code, our meaning, the fix. */
const wrongKeyMessages: Record<string, string> = {
	aliyun: 'Aliyun SMS error SignatureDoesNotMatch: The request signature does not match: the AccessKey Secret is wrong. Copy the AccessKey Secret of this AccessKey ID again into the credential (no spaces before or after it).',
	jpush:
		'JPush SMS error 50002: Authentication failed (auth failed). Copy AppKey and Master Secret of the same app again from the JPush console (App Management → Settings & Keys).',
	liupai: 'Liupai refused the App Secret (status 101: empty or unknown appkey). Copy it again from your Liupai account.',
	tencent: 'Tencent Cloud SMS error AuthFailure.SignatureFailure: The signature does not match: the SecretKey is wrong. Copy the SecretKey of this SecretId again from the API key console into the credential.',
	upyun: 'UPYUN SMS error INVALID_CREDENTIALS: The API token is not valid. Copy the token again from the UPYUN SMS console (SMS Service → Settings) into the credential.',
	yunpian: 'Yunpian error -1: The API key is not valid. Copy the APIKEY again from the Yunpian console into the credential.',
};

let env: TestN8n;

beforeAll(async () => {
	env = await startTestN8n({ workflows: webhookExamples.map((example) => example.workflow) });
});

afterAll(async () => {
	await env?.stop();
});

test('n8n loads every built node of package.json as a community node type', async () => {
	const manifest = readPackageJson();
	const loaded = (await env.n8n.nodeTypes(`${manifest.name}.`)).map((type) => type.name);
	const built = packageNodes().filter((node) => node.built);
	expect(built.length).toBeGreaterThan(0);
	for (const node of built) expect(loaded).toContain(node.type);
});

describe.each(sandboxProviders.map((provider) => [provider.displayName, provider] as const))('%s credential test button', (_name, provider) => {
	test('passes for the sandbox credential (stored, as imported by npm start)', async () => {
		const { url } = env.sandbox(provider.key);
		const result = await env.n8n.testCredential({
			id: credentialId(provider),
			name: credentialName(provider),
			type: provider.credentialType,
			data: provider.credentials(url) as Record<string, unknown>,
		});
		expect(result).toMatchObject({ status: 'OK' });
		expect(env.sandbox(provider.key).sandbox.server.received.length).toBeGreaterThan(0);
	});

	test('fails for a wrong key with the provider’s code, its meaning and the fix', async () => {
		const { url } = env.sandbox(provider.key);
		const result = await env.n8n.testCredential({
			id: '',
			name: `${provider.displayName} wrong key`,
			type: provider.credentialType,
			data: provider.badCredentials(url) as Record<string, unknown>,
		});
		expect(result).toEqual({ status: 'Error', message: wrongKeyMessages[provider.key] });
	});
});

describe('production webhooks: publish, POST, read the recorded execution', () => {
	test('at least one example workflow starts with a webhook', () => {
		expect(webhookExamples.length).toBeGreaterThan(0);
	});

	test.each(webhookExamples.map((e) => [`${e.provider.key}/${e.name}`, e] as const))('%s', async (_label, example) => {
		const running = env.sandbox(example.provider.key);
		running.sandbox.reset();
		const webhook = example.workflow.nodes.find((node) => node.type === 'n8n-nodes-base.webhook')!;
		const body = example.expectation?.body ?? {};
		const { response, execution } = await triggerWebhook(env.n8n, example.workflow.id, String(webhook.parameters.path), body);
		expect(execution).toMatchObject({ mode: 'webhook', status: 'success', workflowId: example.workflow.id });
		const runData = execution.data.resultData.runData;
		expect(nodeOutput(runData, webhook.name)[0]).toMatchObject({ body });
		await example.expectation?.check(
			{
				running,
				received: [...running.sandbox.server.received],
				runData,
				output: (nodeName, outputIndex = 0) => nodeOutput(runData, nodeName, outputIndex),
			},
			response,
		);
		await env.n8n.deactivate(example.workflow.id);
	});
});
