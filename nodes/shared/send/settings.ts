import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../errors/inputError';
import { describeValue } from '../validation/text';

/**
 * A whole-number option that applies to the whole run (Batch Size, Parallel Requests): read once, from
 * the first item, checked before anything is sent. A bad value stops the node even with Continue On
 * Fail, because silently using another size would change every request of the run.
 */
export function readRunOption(
	context: IExecuteFunctions,
	option: { name: string; displayName: string; default: number; min: number; max: number },
): number {
	if (context.getInputData().length === 0) return option.default;
	const raw = context.getNodeParameter(`options.${option.name}`, 0, option.default) as unknown;
	const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < option.min || value > option.max) {
		throw inputError(
			context.getNode(),
			0,
			option.displayName,
			`${describeValue(raw)} is not a whole number from ${option.min} to ${option.max}`,
			`Set ${option.displayName} to a number from ${option.min} to ${option.max}, or remove the option to use ${option.default}. It applies to the whole run, so it is read from the first item.`,
		);
	}
	return value;
}

/** The Batch Size option of a batched send. */
export function batchSizeOption(defaultSize: number, maxSize: number, description: string): INodeProperties {
	return {
		displayName: 'Batch Size',
		name: 'batchSize',
		type: 'number',
		default: defaultSize,
		typeOptions: { minValue: 1, maxValue: maxSize },
		description: `${description} Read once, from the first item`,
	};
}

export function readBatchSize(context: IExecuteFunctions, defaultSize: number, maxSize: number): number {
	return readRunOption(context, { name: 'batchSize', displayName: 'Batch Size', default: defaultSize, min: 1, max: maxSize });
}

/** Parallel Requests, for providers that publish a request rate (Yunpian: 3000 per second per key). */
export function parallelRequestsOption(maximum: number, rate: string): INodeProperties {
	return {
		displayName: 'Parallel Requests',
		name: 'parallelRequests',
		type: 'number',
		default: 1,
		typeOptions: { minValue: 1, maxValue: maximum },
		description: `How many send requests may be in flight at once. 1 sends them one after another, in input order. ${rate} Read once, from the first item.`,
	};
}

export function readParallelRequests(context: IExecuteFunctions, maximum: number): number {
	return readRunOption(context, { name: 'parallelRequests', displayName: 'Parallel Requests', default: 1, min: 1, max: maximum });
}
