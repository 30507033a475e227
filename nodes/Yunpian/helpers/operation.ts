import { updateDisplayOptions, type INodeProperties } from 'n8n-workflow';

import { readRequestOptions, requestOptionsCollection, writeRequestOptions } from '../../shared/descriptions/requestOptions';

/** The fields of one operation, shown only for it. */
export function operationFields(resource: string, operation: string, properties: INodeProperties[]): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties);
}

const byDisplayName = (a: INodeProperties, b: INodeProperties) => a.displayName.localeCompare(b.displayName);

/**
 * An operation's own options with the transport's (Timeout, and Retry on Temporary Errors for a
 * read), sorted by display name as the lint wants. Sends and writes are `write`: never retried.
 */
export function withRequestOptions(kind: 'read' | 'write', options: INodeProperties[]): INodeProperties[] {
	return [...options, ...(kind === 'read' ? readRequestOptions : writeRequestOptions)].sort(byDisplayName);
}

/** An Options collection of its own: for an operation that has no options but the transport's. */
export const requestOptions = requestOptionsCollection;
