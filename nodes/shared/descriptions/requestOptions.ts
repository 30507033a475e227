import type { INodeProperties } from 'n8n-workflow';

/** The transport's deadline for one request, answer included (read by the shared transport). */
export const timeoutOption: INodeProperties = {
	displayName: 'Timeout',
	name: 'timeout',
	type: 'number',
	default: 30000,
	typeOptions: { minValue: 1000, maxValue: 600000 },
	description:
		'Milliseconds to wait for the whole answer of each request. A send that times out may still have been delivered, so it is reported, never repeated.',
};

/** Whether reads are tried again after a temporary failure (read by the shared transport). */
export const retryReadsOption: INodeProperties = {
	displayName: 'Retry on Temporary Errors',
	name: 'retryReads',
	type: 'boolean',
	default: true,
	description:
		'Whether to try a read up to 3 more times, with growing pauses, when the provider answers 429, 502, 503 or 504 or the connection drops. Sends are never retried.',
};

/** The request options of an operation that sends or changes something: only the deadline. */
export const writeRequestOptions: INodeProperties[] = [timeoutOption];

/** The request options of an operation that only reads. */
export const readRequestOptions: INodeProperties[] = [retryReadsOption, timeoutOption];

/** An Options collection holding just the request options, for operations without options of their own. */
export function requestOptionsCollection(kind: 'read' | 'write'): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: kind === 'read' ? readRequestOptions : writeRequestOptions,
	};
}
