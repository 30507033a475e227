import type { INodeType, IVersionedNodeType } from 'n8n-workflow';

import { n8nDir, N8N_VERSION } from '../../scripts/lib/paths';
import { fs, path, requireFrom } from '../support/node';

/**
 * n8n's own nodes (n8n-nodes-base, the version of our n8n-core devDependency), loaded from the real
 * n8n that `npm run setup` caches. They load in this Node 20 process as they are: their
 * `require('n8n-workflow')` resolves to the cached n8n's copy (the same 2.41.0 as ours), which works
 * because n8n-core and n8n-workflow meet the nodes only through plain objects and duck-typed checks
 * on the paths benchmarked here (the bench checks every run's output count and error).
 */
export const nodesBaseFolder = path.join(n8nDir, 'node_modules', 'n8n-nodes-base');

export function nodesBaseVersion(): string | undefined {
	try {
		return (JSON.parse(fs.readFileSync(path.join(nodesBaseFolder, 'package.json'), 'utf8')) as { version: string }).version;
	} catch {
		return undefined;
	}
}

/** Why n8n's nodes cannot be loaded, or undefined when they can. */
export function nodesBaseProblem(): string | undefined {
	const version = nodesBaseVersion();
	if (version === undefined) return `n8n-nodes-base not found under ${nodesBaseFolder}: run \`npm run setup\` first`;
	if (version !== N8N_VERSION) return `n8n-nodes-base ${version} found, ${N8N_VERSION} expected`;
	return undefined;
}

/** One node class of n8n-nodes-base, e.g. `loadBaseNode('HttpRequest/HttpRequest.node.js', 'HttpRequest')`. */
export function loadBaseNode(file: string, className: string): INodeType | IVersionedNodeType {
	const exported = requireFrom(nodesBaseFolder, `n8n-nodes-base/dist/nodes/${file}`) as Record<string, new () => INodeType | IVersionedNodeType>;
	return new exported[className]();
}
