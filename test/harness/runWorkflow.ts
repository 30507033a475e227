import { ExecutionLifecycleHooks, LoadOptionsContext, PollContext, WorkflowExecute } from 'n8n-core';
import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeListSearchResult,
	type IRun,
	type WorkflowExecuteMode,
	type IRunExecutionData,
	type IWorkflowBase,
	type IWorkflowExecuteAdditionalData,
	type ExecutionError,
	type ResourceMapperFields,
} from 'n8n-workflow';

import { TestCredentialsHelper } from './credentialsHelper';
import './logCapture';
import { PackageNodeTypes } from './nodeTypes';

export interface NodeUnderTest {
	/** Node type, e.g. `n8n-nodes-china-sms.upyunSms`. */
	type: string;
	parameters: IDataObject;
	/** Credential type to attach, e.g. `upyunSmsApi`. */
	credentialType?: string;
	continueOnFail?: boolean;
	/** The node's version as a saved workflow gives it; 1 unless told. */
	typeVersion?: number;
}

export interface RunOptions {
	node: NodeUnderTest;
	/** Items the Manual Trigger hands to the node; one empty item by default. */
	input?: Array<IDataObject | INodeExecutionData>;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
}

export interface RunResult {
	/** The node's first output. */
	items: INodeExecutionData[];
	/** The error that stopped the node, if it failed, or that kept the engine from starting. */
	error?: ExecutionError;
	/** Absent when the engine refused to start. */
	run?: IRun;
}

const NODE_NAME = 'Node Under Test';

/**
 * A parameter the field's own rules refuse (a resource locator's regex) as n8n words it: n8n 2.x runs the node and
 * gives the field's message; n8n 1.x refuses the whole workflow first with its own sentence. Either way nothing runs.
 */
export function refusedByField(fieldMessage: RegExp): RegExp {
	return new RegExp(`${fieldMessage.source}|^The workflow has issues and cannot be executed for that reason\\. Please fix them first\\.$`);
}

/** What the engine needs from the server around it, with the test credentials. */
export function testAdditionalData(
	credentials: Record<string, ICredentialDataDecryptedObject>,
	hooks?: ExecutionLifecycleHooks,
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: new TestCredentialsHelper(credentials),
		hooks,
		executionId: '1',
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		formBaseUrl: 'http://127.0.0.1:5678/form',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		formTestBaseUrl: 'http://127.0.0.1:5678/form-test',
		mcpBaseUrl: 'http://127.0.0.1:5678/mcp',
		mcpTestBaseUrl: 'http://127.0.0.1:5678/mcp-test',
		variables: {},
		logAiEvent: () => {},
	} as unknown as IWorkflowExecuteAdditionalData;
}

export function nodeUnderTest(spec: NodeUnderTest): INode {
	return {
		id: 'node',
		name: NODE_NAME,
		type: spec.type,
		typeVersion: spec.typeVersion ?? 1,
		position: [200, 0],
		parameters: spec.parameters as INode['parameters'],
		...(spec.credentialType ? { credentials: { [spec.credentialType]: { id: '1', name: 'Test credential' } } } : {}),
		...(spec.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
}

/**
 * Runs a list-search method (the "From list" mode of a resource locator) as n8n's server does for the
 * editor: the node's parameters (as the editor sends them, expressions already resolved) are both the
 * temporary node's parameters and `currentNodeParameters`.
 */
export async function runListSearch(
	spec: NodeUnderTest,
	method: string,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	filter?: string,
	path = 'parameters.templateId',
): Promise<INodeListSearchResult> {
	const node = nodeUnderTest(spec);
	const workflow = new Workflow({ id: 'test', nodes: [node], connections: {}, nodeTypes, active: false, settings: {} });
	const additionalData = { ...testAdditionalData(credentials), currentNodeParameters: node.parameters };
	const context = new LoadOptionsContext(workflow, node, additionalData, path);
	const nodeType = nodeTypes.getByNameAndVersion(spec.type);
	const search = nodeType.methods?.listSearch?.[method];
	if (!search) throw new Error(`${spec.type} has no list search ${method}`);
	return await search.call(context, filter);
}

/**
 * Runs a resource-mapping method (the fields of a `resourceMapper` parameter) as n8n's server does when the
 * editor loads them: a load-options context on the node's parameters, the mapper parameter as its path.
 */
export async function runResourceMapping(
	spec: NodeUnderTest,
	method: string,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	path = 'parameters.templateVariables',
): Promise<ResourceMapperFields> {
	const node = nodeUnderTest(spec);
	const workflow = new Workflow({ id: 'test', nodes: [node], connections: {}, nodeTypes, active: false, settings: {} });
	const additionalData = { ...testAdditionalData(credentials), currentNodeParameters: node.parameters };
	const context = new LoadOptionsContext(workflow, node, additionalData, path);
	const nodeType = nodeTypes.getByNameAndVersion(spec.type, spec.typeVersion);
	const mapping = nodeType.methods?.resourceMapping?.[method];
	if (!mapping) throw new Error(`${spec.type} has no resource mapping ${method}`);
	return await mapping.call(context);
}

export const nodeTypes = new PackageNodeTypes();

function toItem(entry: IDataObject | INodeExecutionData): INodeExecutionData {
	return 'json' in entry && typeof entry.json === 'object' ? (entry as INodeExecutionData) : { json: entry as IDataObject };
}

/**
 * Runs Manual Trigger → the node through n8n-core's WorkflowExecute, with real HTTP through
 * httpRequestWithAuthentication and the credential's own authenticate block.
 */
export async function runWorkflow(options: RunOptions): Promise<RunResult> {
	const trigger: INode = {
		id: 'trigger',
		name: 'Manual Trigger',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const node = nodeUnderTest(options.node);
	const connections = { 'Manual Trigger': { main: [[{ node: NODE_NAME, type: 'main' as const, index: 0 }]] } };
	const workflow = new Workflow({ id: 'test', nodes: [trigger, node], connections, nodeTypes, active: false, settings: {} });

	const workflowData = { id: 'test', name: 'test', nodes: [trigger, node], connections } as unknown as IWorkflowBase;
	const hooks = new ExecutionLifecycleHooks('trigger', '1', workflowData);
	let finished: (run: IRun) => void = () => {};
	const done = new Promise<IRun>((resolve) => (finished = resolve));
	hooks.addHandler('workflowExecuteAfter', (fullRunData) => finished(fullRunData));

	const additionalData = testAdditionalData(options.credentials ?? {}, hooks);

	const input = (options.input ?? [{}]).map(toItem);
	const runExecutionData = {
		resultData: { runData: {} },
		executionData: {
			metadata: {},
			contextData: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [{ node: trigger, data: { main: [input] }, source: null }],
		},
	} as unknown as IRunExecutionData;

	// 'trigger' mode: the Manual Trigger hands on the items placed on the stack, as when a workflow
	// is started with data.
	const execute = new WorkflowExecute(additionalData, 'trigger', runExecutionData);
	try {
		await execute.processRunExecutionData(workflow);
	} catch (error) {
		// The engine refused to start (e.g. a parameter failed the node's own validation rules).
		return { items: [], error: error as ExecutionError };
	}
	const run = await done;
	const task = run.data.resultData.runData[NODE_NAME]?.[0];
	return {
		items: task?.data?.main?.[0] ?? [],
		error: task?.error ?? run.data.resultData.error,
		run,
	};
}

/**
 * Runs a polling trigger's `poll` once, as n8n's poller does. Pass the same `staticData` object to
 * successive polls: it plays the workflow's saved static data.
 */
export async function runPoll(
	spec: NodeUnderTest,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	staticData: IDataObject,
	mode: WorkflowExecuteMode = 'trigger',
): Promise<INodeExecutionData[][] | null> {
	const node = nodeUnderTest(spec);
	const workflow = new Workflow({ id: 'test', nodes: [node], connections: {}, nodeTypes, active: true, settings: {}, staticData });
	const context = new PollContext(workflow, node, testAdditionalData(credentials), mode, 'activate');
	const nodeType = nodeTypes.getByNameAndVersion(spec.type);
	if (!nodeType.poll) throw new Error(`${spec.type} is not a polling trigger`);
	return await nodeType.poll.call(context);
}
