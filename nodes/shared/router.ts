import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

/** What every `actions/<resource>/<operation>.operation.ts` exports for the router. */
export interface OperationModule {
	execute: (this: IExecuteFunctions) => Promise<INodeExecutionData[]>;
}

/**
 * The resources and operations of a node, as in n8n's Outlook v2 `node.type.ts`: each resource value
 * mapped to the union of its operation values, e.g. `{ message: 'send' | 'sendBulk'; account: 'getBalance' }`.
 */
export type NodeOperations = Record<string, string>;

/** The modules a node's router needs: every operation of the map, each with its `execute`. */
export type OperationModules<M extends NodeOperations> = { [R in keyof M]: { [O in M[R]]: OperationModule } };

/**
 * A node's execute for the `actions/<resource>/<op>.operation.ts` layout: picks the operation module
 * by the `resource` and `operation` parameters and runs it. Typed by the node's operation map, so an
 * operation without its module (or a module without `execute`) is a compile error.
 */
export function resourceRouter<M extends NodeOperations>(resources: OperationModules<M>) {
	const table = resources as unknown as Record<string, Record<string, OperationModule | undefined> | undefined>;
	return async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const resource = this.getNodeParameter('resource', 0) as string;
		const operation = this.getNodeParameter('operation', 0) as string;
		const handler = Object.hasOwn(table, resource) ? table[resource]?.[operation] : undefined;
		if (!handler || typeof handler.execute !== 'function' || !Object.hasOwn(table[resource] ?? {}, operation)) {
			throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`, {
				description: 'Pick the resource and operation again in the node; this workflow may come from another version of the package.',
			});
		}
		return [await handler.execute.call(this)];
	};
}
