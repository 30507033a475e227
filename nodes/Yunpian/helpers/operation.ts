import { updateDisplayOptions, type INodeProperties } from 'n8n-workflow';

/** The fields of one operation, shown only for it. */
export function operationFields(resource: string, operation: string, properties: INodeProperties[]): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties);
}

export interface OperationOption {
	name: string;
	value: string;
	description: string;
	action: string;
}

/** The Operation selector of a resource. */
export function operationSelector(resource: string, options: OperationOption[], defaultValue: string): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options,
		default: defaultValue,
	};
}
