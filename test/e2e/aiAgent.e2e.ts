import { credentialId, credentialName, type RunningSandbox } from '../../scripts/lib/providers';
import { readPackageJson } from '../../scripts/lib/n8n';
import type { UpyunSandbox } from '../sandbox/upyun';
import type { YunpianSandbox } from '../sandbox/yunpian';
import { startFakeOpenAi, type ChatRequest, type FakeOpenAi } from './support/fakeOpenAi';
import { startTestN8n, type TestN8n, type WorkflowFile } from './support/n8n';

/**
 * The action nodes as AI agent tools in a real n8n 2.41.1: Manual Trigger → AI Agent (3.1) with an OpenAI Chat
 * Model (1.3, chat completions) whose credential points at a local fake, and one SMS node as its tool, the
 * mobile number and the template variables given by `$fromAI()`:
 * - UPYUN SMS 1 → Send, variables as the released list;
 * - Yunpian 1.1 → Send by Template, variables as the named fields read from the template (resource mapper).
 * The fake answers a request without a tool result with a call of the tool n8n offers for the node, and the next
 * with a final text quoting the message ID from the tool's result. The sandbox must receive exactly that message.
 */
const AGENT_NODE = 'AI Agent';
const MOBILE = '13800138000';
/** Tool name n8n gives a node: its name with anything but letters, digits, _ and - as _ (n8n-workflow nodeNameToToolName). */
const toolName = (nodeName: string) => nodeName.replace(/[^a-zA-Z0-9_-]+/g, '_');
const fromAI = (key: string, description: string) => `={{ $fromAI('${key}', '${description}', 'string') }}`;

interface AgentCase {
	workflowId: string;
	provider: string;
	/** The tool node: its name, type (our node's type + `Tool`), version, parameters and credential type. */
	node: { name: string; type: string; typeVersion: number; parameters: Record<string, unknown>; credentialType: string };
	prompt: string;
	/** What the model answers for the tool's `$fromAI()` keys. */
	toolArguments: Record<string, string>;
	/** The schema n8n builds from the `$fromAI()` calls: key → description. */
	schema: Record<string, string>;
	toolDescription: string;
}

const CASES: AgentCase[] = [
	{
		workflowId: 'aiAgentUpyunTool',
		provider: 'upyun',
		node: {
			name: 'UPYUN SMS',
			type: 'upyunSmsTool',
			typeVersion: 1,
			credentialType: 'upyunSmsApi',
			parameters: {
				resource: 'message',
				operation: 'send',
				mobiles: fromAI('mobile', 'The mainland China mobile number to text, 11 digits'),
				templateId: { __rl: true, mode: 'id', value: '1' },
				variables: { values: [{ value: fromAI('code', 'The verification code to send') }, { value: fromAI('minutes', 'How many minutes the code stays valid') }] },
				options: {},
			},
		},
		prompt: 'Text the login code 4821 to 13800138000; it is valid for 5 minutes.',
		toolArguments: { mobile: MOBILE, code: '4821', minutes: '5' },
		schema: { mobile: 'The mainland China mobile number to text, 11 digits', code: 'The verification code to send', minutes: 'How many minutes the code stays valid' },
		toolDescription: 'Send an approved template SMS now to one or more mainland mobile numbers with its variable values in UPYUN SMS',
	},
	{
		workflowId: 'aiAgentYunpianTool',
		provider: 'yunpian',
		node: {
			name: 'Yunpian',
			type: 'yunpianTool',
			typeVersion: 1.1,
			credentialType: 'yunpianApi',
			parameters: {
				resource: 'sms',
				operation: 'sendTemplate',
				mobile: fromAI('mobile', 'The mobile number to text'),
				templateId: { __rl: true, mode: 'id', value: '2' },
				templateVariables: { mappingMode: 'defineBelow', value: { name: fromAI('name', 'The customer name'), code: fromAI('code', 'The verification code') } },
				options: {},
			},
		},
		prompt: 'Send Li Lei at 13800138000 the code 9031.',
		toolArguments: { mobile: MOBILE, name: 'Li Lei', code: '9031' },
		schema: { mobile: 'The mobile number to text', name: 'The customer name', code: 'The verification code' },
		toolDescription: 'Send an approved SMS template with its variable values to one mobile number in Yunpian',
	},
];

type AgentRunData = Record<string, Array<{ error?: unknown; data?: Record<string, Array<Array<{ json: Record<string, unknown> }> | null>> }>>;

/** The workflow as n8n 2.41.1's editor saves it. */
function workflowOf(agentCase: AgentCase, packageName: string): WorkflowFile {
	const { node } = agentCase;
	const provider = env.sandbox(agentCase.provider).provider;
	return {
		id: agentCase.workflowId,
		name: `AI agent with the ${node.name} tool`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{ id: 'trigger', name: 'Manual Trigger', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{ id: 'agent', name: AGENT_NODE, type: '@n8n/n8n-nodes-langchain.agent', typeVersion: 3.1, position: [220, 0], parameters: { promptType: 'define', text: agentCase.prompt, options: {} } },
			{
				id: 'model',
				name: 'OpenAI Chat Model',
				type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
				typeVersion: 1.3,
				position: [160, 220],
				// Chat completions (the Responses API is the 1.3 default), which the fake serves.
				parameters: { model: { __rl: true, mode: 'id', value: 'fake-model' }, responsesApiEnabled: false, options: {} },
				credentials: { openAiApi: { id: 'fakeOpenAi', name: 'Fake OpenAI' } },
			},
			{
				id: 'tool',
				name: node.name,
				type: `${packageName}.${node.type}`,
				typeVersion: node.typeVersion,
				position: [360, 220],
				parameters: node.parameters,
				credentials: { [node.credentialType]: { id: credentialId(provider), name: credentialName(provider) } },
			},
		] as unknown as WorkflowFile['nodes'],
		connections: {
			'Manual Trigger': { main: [[{ node: AGENT_NODE, type: 'main', index: 0 }]] },
			'OpenAI Chat Model': { ai_languageModel: [[{ node: AGENT_NODE, type: 'ai_languageModel', index: 0 }]] },
			[node.name]: { ai_tool: [[{ node: AGENT_NODE, type: 'ai_tool', index: 0 }]] },
		},
	};
}

const finalText = (result: string) => `Sent the message to ${MOBILE}, message ID ${/"messageId"\s*:\s*"([^"]+)"/.exec(result)?.[1] ?? '(none in the tool result)'}`;

let env: TestN8n;
let fake: FakeOpenAi;
const runs = new Map<string, { code: number; runData?: AgentRunData; stdout: string; stderr: string; requests: ChatRequest[] }>();

beforeAll(async () => {
	const byTool = new Map(CASES.map((agentCase) => [toolName(agentCase.node.name), agentCase.toolArguments]));
	fake = await startFakeOpenAi({
		pickTool: (tools) => tools.find((candidate) => byTool.has(candidate.function.name)),
		toolArguments: (tool) => byTool.get(tool.function.name) ?? {},
		finalText,
	});
	env = await startTestN8n({ server: false });
	await env.n8n.importCredentials([{ id: 'fakeOpenAi', name: 'Fake OpenAI', type: 'openAiApi', data: { apiKey: 'sk-test-not-a-real-key', url: fake.url } }]);
	await env.n8n.importWorkflows(CASES.map((agentCase) => workflowOf(agentCase, readPackageJson().name)));
	for (const agentCase of CASES) {
		env.sandbox(agentCase.provider).sandbox.server.clearRequests();
		const before = fake.requests.length;
		const result = await env.n8n.execute(agentCase.workflowId);
		runs.set(agentCase.workflowId, {
			code: result.code,
			runData: result.run?.resultData.runData as AgentRunData | undefined,
			stdout: result.stdout,
			stderr: result.stderr,
			requests: fake.requests.slice(before),
		});
	}
}, 300000);

afterAll(async () => {
	await env?.stop();
	await fake?.stop();
});

/** What the sandbox recorded as sent: [mobile, text as the phone shows it, message ID]. */
function sentMessages(running: RunningSandbox): Array<[string, string, string]> {
	if (running.provider.key === 'upyun') return (running.sandbox as UpyunSandbox).messages.map((message) => [message.mobile, message.content, message.id]);
	return (running.sandbox as YunpianSandbox).messages.map((message) => [message.mobile, message.text, message.sid]);
}

describe.each(CASES.map((agentCase) => [`${agentCase.node.name} ${agentCase.node.typeVersion}`, agentCase] as const))('%s as an AI Agent tool', (_name, agentCase) => {
	const run = () => runs.get(agentCase.workflowId)!;

	test('the workflow runs without errors', () => {
		const { code, runData, stdout, stderr } = run();
		if (code !== 0 || !runData) throw new Error(`n8n execute failed (exit ${code}):\n${stdout.slice(-4000)}\n${stderr.slice(-3000)}`);
		for (const [node, nodeRuns] of Object.entries(runData)) for (const nodeRun of nodeRuns) expect({ node, error: nodeRun.error }).toEqual({ node, error: undefined });
	});

	test('the model is offered the tool, described by its operation, with one required argument per $fromAI() field', () => {
		const { requests } = run();
		expect(requests).toHaveLength(2);
		expect(requests[0].messages.some((message) => message.role === 'user' && JSON.stringify(message.content).includes(agentCase.prompt))).toBe(true);
		const tool = requests[0].tools?.find((candidate) => candidate.function.name === toolName(agentCase.node.name));
		expect(tool?.function.description).toBe(agentCase.toolDescription);
		const properties = tool?.function.parameters?.properties ?? {};
		expect(Object.fromEntries(Object.entries(properties).map(([key, schema]) => [key, [schema.type, schema.description]]))).toEqual(
			Object.fromEntries(Object.entries(agentCase.schema).map(([key, description]) => [key, ['string', description]])),
		);
		expect([...(tool?.function.parameters?.required ?? [])].sort()).toEqual(Object.keys(agentCase.schema).sort());
	});

	test('the sandbox received exactly the message the agent asked for', () => {
		const running = env.sandbox(agentCase.provider);
		const posts = running.sandbox.server.received.filter((request) => request.method === 'POST' && /messages$|single_send/.test(request.path));
		if (agentCase.provider === 'upyun') {
			expect(posts.map((request) => [request.path, request.body])).toEqual([['/api/messages', { template_id: 1, mobile: MOBILE, vars: '4821|5' }]]);
			expect(sentMessages(running).map(([mobile, text]) => [mobile, text])).toEqual([[MOBILE, '【ACME】Your code is 4821, valid 5 minutes']]);
		} else {
			expect(posts.map((request) => [request.path, (request.body as Record<string, string>).mobile, (request.body as Record<string, string>).tpl_value])).toEqual([
				['/v2/sms/tpl_single_send.json', MOBILE, '%23name%23=Li%20Lei&%23code%23=9031'],
			]);
			expect(sentMessages(running).map(([mobile, text]) => [mobile, text])).toEqual([[MOBILE, '【ACME】Hello Li Lei, your code is 9031']]);
		}
	});

	test('the tool result goes back to the model, and the agent outputs the model’s final answer', () => {
		const [[, , messageId]] = sentMessages(env.sandbox(agentCase.provider));
		expect(messageId).toMatch(/^\d+$/);
		const toolMessage = run().requests[1]?.messages.find((message) => message.role === 'tool');
		expect(JSON.stringify(toolMessage?.content)).toContain(messageId);
		const output = run().runData?.[AGENT_NODE]?.[0]?.data?.main?.[0]?.map((item) => item.json);
		expect(output).toEqual([expect.objectContaining({ output: `Sent the message to ${MOBILE}, message ID ${messageId}` })]);
	});
});
