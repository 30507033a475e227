import { updateDisplayOptions, type INodeProperties } from 'n8n-workflow';

/** The fields of one operation, shown only for it. */
export function operationFields(resource: string, operation: string, properties: INodeProperties[]): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties);
}
