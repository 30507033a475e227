import { NodeOperationError, type INode } from 'n8n-workflow';

/**
 * A problem with what the user entered: it names the item, the parameter as the user sees it,
 * what is wrong and how to fix it. Raised before any request is sent.
 */
export function inputError(
	node: INode,
	itemIndex: number,
	parameterDisplayName: string,
	problem: string,
	fix: string,
): NodeOperationError {
	return new NodeOperationError(node, `${parameterDisplayName}: ${problem} [item ${itemIndex}]`, {
		itemIndex,
		description: fix,
	});
}
