import { ExecuteContext, RoutingNode } from 'n8n-core';
import {
	createEmptyRunExecutionData,
	NodeHelpers,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialsDecrypted,
	type IDataObject,
	type INode,
	type INodeCredentialTestResult,
	type INodeExecutionData,
	type INodeType,
	type INodeTypes,
} from 'n8n-workflow';

import { getCredentialType } from './nodeTypes';
import { testAdditionalData } from './runWorkflow';

/** Reads `a.b.c` of a value as lodash's `get` does for the credential rules. */
function valueAt(data: unknown, key: string): unknown {
	return key.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as IDataObject)[part] : undefined), data);
}

/**
 * The credential test button of n8n 2.41 (packages/cli/src/services/credentials-tester.service.ts), for a
 * credential with a declarative `test`: the request runs through n8n-core's RoutingNode with the
 * credential's own authenticate block; a thrown HTTP error is matched against the `responseCode`
 * rules and else reported by its status text; an answer is matched against the `responseSuccessBody`
 * rules, in order.
 */
export async function runCredentialTest(type: string, data: ICredentialDataDecryptedObject): Promise<INodeCredentialTestResult> {
	const credentialType = getCredentialType(type);
	const test = credentialType?.test;
	if (!test) return { status: 'Error', message: 'No testing function found for this credential.' };

	const nodeType: INodeType = {
		description: {
			displayName: 'No Operation',
			name: 'n8n-nodes-base.noOp',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: { name: 'No Operation' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: type, required: true }],
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', routing: { request: test.request }, default: '' }],
		},
	};
	const nodeTypes: INodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: (_name, version) => NodeHelpers.getVersionedNodeType(nodeType, version),
		getKnownTypes: () => ({}),
	};
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [type]: { id: '1', name: 'Credential under test' } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const runExecutionData = createEmptyRunExecutionData();
	const context = new ExecuteContext(
		workflow,
		node,
		testAdditionalData({ [type]: data }),
		'internal',
		runExecutionData,
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	const decrypted: ICredentialsDecrypted = { id: '1', name: 'Credential under test', type, data };

	let response: INodeExecutionData[][] | null | undefined;
	try {
		response = await new RoutingNode(context, nodeType, decrypted).runNode();
	} catch (error) {
		const cause = (error as { cause?: { response?: { status: number; statusText?: string }; code?: string } }).cause;
		if (cause?.response) {
			const { status, statusText } = cause.response;
			for (const rule of test.rules ?? []) {
				if (rule.type === 'responseCode' && rule.properties.value === status) return { status: 'Error', message: rule.properties.message };
			}
			if (status < 199 || status > 299) return { status: 'Error', message: statusText || `Received HTTP status code: ${status}` };
		} else if (cause?.code) {
			return { status: 'Error', message: cause.code };
		}
		return { status: 'Error', message: String((error as Error).message) };
	}
	for (const rule of test.rules ?? []) {
		if (rule.type !== 'responseSuccessBody') continue;
		if (valueAt(response![0][0].json, rule.properties.key) === rule.properties.value) return { status: 'Error', message: rule.properties.message };
	}
	return { status: 'OK', message: 'Connection successful!' };
}

/**
 * A credential test against a closed port, as n8n itself words it (our code writes none of it): n8n 2.x gives
 * the client's code, n8n 1.x its own sentence for that code.
 */
export const refusedByN8n = { status: 'Error', message: expect.stringMatching(/^(ECONNREFUSED|The service refused the connection - perhaps it is offline)$/) };
