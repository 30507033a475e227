import type {
	ICredentialType,
	INodeType,
	INodeTypes,
	ITriggerFunctions,
	ITriggerResponse,
	IVersionedNodeType,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeHelpers } from 'n8n-workflow';

import packageJson from '../../package.json';
import { requireFromRoot } from '../support/node';

const PACKAGE = packageJson.name;

/** The start node of every test workflow, shaped like n8n's Manual Trigger: it passes its input on. */
class ManualTrigger implements INodeType {
	description = {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Runs the flow on clicking a button in n8n',
		defaults: { name: 'Manual Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	} as INodeType['description'];

	async trigger(this: ITriggerFunctions): Promise<ITriggerResponse> {
		return { manualTriggerFunction: async () => this.emit([this.helpers.returnJsonArray([{}])]) };
	}
}

/**
 * Maps a built path listed in package.json (`dist/nodes/X/X.node.js`) to its TypeScript source and
 * the class it exports. Tests load exactly what the package declares, so a node missing from
 * package.json cannot be tested, and one listed there must exist.
 */
function fromPackagePath(builtPath: string): { source: string; className: string } {
	const source = builtPath.replace(/^dist\//, '').replace(/\.js$/, '.ts');
	const className = builtPath.split('/').pop()!.split('.')[0];
	return { source, className };
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

function load<T>(builtPath: string): T {
	const { source, className } = fromPackagePath(builtPath);
	// ts-jest compiles the TypeScript source when it is required.
	const exported = (requireFromRoot(source) as Record<string, new () => T>)[className];
	if (typeof exported !== 'function') throw new Error(`${builtPath} does not export class ${className}`);
	return new exported();
}

const nodePaths = new Map(packageJson.n8n.nodes.map((path) => [`${PACKAGE}.${lowerFirst(fromPackagePath(path).className)}`, path]));
const credentialPaths = new Map(packageJson.n8n.credentials.map((path) => [lowerFirst(fromPackagePath(path).className), path]));
const loadedNodes = new Map<string, INodeType | IVersionedNodeType>([['n8n-nodes-base.manualTrigger', new ManualTrigger()]]);
const loadedCredentials = new Map<string, ICredentialType>();

export function getCredentialType(name: string): ICredentialType | undefined {
	if (!loadedCredentials.has(name)) {
		const path = credentialPaths.get(name);
		if (!path) return undefined;
		const type = load<ICredentialType>(path);
		if (type.name !== name) throw new Error(`${path} declares credential "${type.name}", expected "${name}"`);
		loadedCredentials.set(name, type);
	}
	return loadedCredentials.get(name);
}

export class PackageNodeTypes implements INodeTypes {
	getByName(nodeType: string): INodeType | IVersionedNodeType {
		if (!loadedNodes.has(nodeType)) {
			const path = nodePaths.get(nodeType);
			if (!path) throw new Error(`${nodeType} is not listed in package.json "n8n.nodes"`);
			const type = load<INodeType>(path);
			if (`${PACKAGE}.${type.description.name}` !== nodeType) {
				throw new Error(`${path} declares node "${type.description.name}", expected "${nodeType}"`);
			}
			loadedNodes.set(nodeType, type);
		}
		return loadedNodes.get(nodeType)!;
	}

	getByNameAndVersion(nodeType: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(nodeType), version);
	}

	getKnownTypes() {
		return {};
	}
}
