import type { IExecuteFunctions, INodeExecutionData, INodeType } from 'n8n-workflow';

/**
 * The engine-only floor (d): a test-only node with another node's description (so the engine applies
 * the same defaults and the same parameter validation) that reads every parameter of the node for
 * every item, as the real node does, and outputs one item per input item. It sends nothing.
 */
export function echoNodeType(real: INodeType, name: string): INodeType {
	return {
		description: { ...real.description, name, displayName: `Echo: ${real.description.displayName}`, credentials: [] },
		async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
			const items = this.getInputData();
			const names = Object.keys(this.getNode().parameters);
			const output: INodeExecutionData[] = [];
			for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
				const json: Record<string, unknown> = {};
				for (const parameter of names) json[parameter] = this.getNodeParameter(parameter, itemIndex);
				output.push({ json: { mobile: json.mobiles ?? json.mobile ?? null }, pairedItem: { item: itemIndex } });
			}
			return [output];
		},
	};
}
