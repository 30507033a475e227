import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

type Operation = { execute: (this: IExecuteFunctions) => Promise<INodeExecutionData[]> };

/**
 * A node's execute for the `actions/<resource>/<op>.operation.ts` layout: picks the operation module
 * by the `resource` and `operation` parameters and runs it.
 */
export function resourceRouter(resources: Record<string, Record<string, unknown>>) {
	return async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const resource = this.getNodeParameter('resource', 0) as string;
		const operation = this.getNodeParameter('operation', 0) as string;
		const handler = resources[resource]?.[operation] as Operation | undefined;
		if (!handler || typeof handler.execute !== 'function') {
			throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
		}
		return [await handler.execute.call(this)];
	};
}
