import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type IConnections,
	type IDataObject,
	type INode,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IRunExecutionData,
	type IVersionedNodeType,
	type IWorkflowBase,
} from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { PackageNodeTypes } from '../harness/nodeTypes';
import { testAdditionalData } from '../harness/runWorkflow';
import './quietLogs';

/** Our package's node types (from package.json) plus the ones a bench case adds (n8n's own, test-only). */
export class BenchNodeTypes implements INodeTypes {
	private readonly extra = new Map<string, INodeType | IVersionedNodeType>();

	private readonly ours = new PackageNodeTypes();

	add(name: string, type: INodeType | IVersionedNodeType): this {
		this.extra.set(name, type);
		return this;
	}

	getByName(name: string): INodeType | IVersionedNodeType {
		return this.extra.get(name) ?? this.ours.getByName(name);
	}

	getByNameAndVersion(name: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(name), version);
	}

	getKnownTypes() {
		return {};
	}
}

export interface BenchWorkflow {
	/** Nodes after the Manual Trigger; the first one gets the trigger's items. */
	nodes: INode[];
	/** Connections between `nodes` (the trigger → first node connection is added). */
	connections?: IConnections;
	input: IDataObject[];
	credentials: Record<string, ICredentialDataDecryptedObject>;
	nodeTypes: INodeTypes;
	/** Whose output items are counted (all its runs added up). Default: the first node. */
	resultNode?: string;
}

export interface BenchRun {
	/** Output items of the result node, over all its runs. */
	items: number;
	/** Runs of the result node (1, or N in a Loop Over Items). */
	runs: number;
	/** Why the workflow failed, if it did. */
	error?: string;
}

/** Runs Manual Trigger → the nodes through n8n-core's WorkflowExecute, as the harness does for one node. */
export async function runBenchWorkflow(spec: BenchWorkflow): Promise<BenchRun> {
	const trigger: INode = {
		id: 'trigger',
		name: 'Manual Trigger',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const first = spec.nodes[0].name;
	const connections: IConnections = {
		...(spec.connections ?? {}),
		'Manual Trigger': { main: [[{ node: first, type: 'main', index: 0 }]] },
	};
	const nodes = [trigger, ...spec.nodes];
	const workflow = new Workflow({ id: 'bench', nodes, connections, nodeTypes: spec.nodeTypes, active: false, settings: {} });
	const workflowData = { id: 'bench', name: 'bench', nodes, connections } as unknown as IWorkflowBase;
	const hooks = new ExecutionLifecycleHooks('trigger', '1', workflowData);
	let finished: (run: IRun) => void = () => {};
	const done = new Promise<IRun>((resolve) => (finished = resolve));
	hooks.addHandler('workflowExecuteAfter', (fullRunData) => finished(fullRunData));
	const runExecutionData = {
		resultData: { runData: {} },
		executionData: {
			metadata: {},
			contextData: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [{ node: trigger, data: { main: [spec.input.map((json) => ({ json }))] }, source: null }],
		},
	} as unknown as IRunExecutionData;
	const execute = new WorkflowExecute(testAdditionalData(spec.credentials, hooks), 'trigger', runExecutionData);
	try {
		await execute.processRunExecutionData(workflow);
	} catch (error) {
		return { items: 0, runs: 0, error: (error as Error).message };
	}
	const run = await done;
	const tasks = run.data.resultData.runData[spec.resultNode ?? first] ?? [];
	const failed = tasks.find((task) => task.error)?.error ?? run.data.resultData.error;
	return {
		items: tasks.reduce((sum, task) => sum + (task.data?.main?.[0]?.length ?? 0), 0),
		runs: tasks.length,
		...(failed ? { error: failed.message } : {}),
	};
}

/** A node of the bench workflow. */
export function benchNode(name: string, type: string, typeVersion: number, parameters: IDataObject, credentialType?: string): INode {
	return {
		id: name,
		name,
		type,
		typeVersion,
		position: [200, 0],
		parameters: parameters as INode['parameters'],
		...(credentialType ? { credentials: { [credentialType]: { id: '1', name: 'Bench credential' } } } : {}),
	};
}
