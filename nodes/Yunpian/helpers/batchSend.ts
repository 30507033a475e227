import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { chunkDistinct } from '../../shared/chunking';
import { asNodeError, errorItem } from '../../shared/itemLoop';
import { yunpianRequest, type YunpianProduct } from '../transport';
import { matchEntries, recipientResult, type SendEntry } from './results';

/** Yunpian takes at most 1000 numbers per batch request (yunpian.md §1.5). */
export const MAX_BATCH = 1000;

export function batchSizeOption(defaultSize: number, note = ''): INodeProperties {
	return {
		displayName: 'Batch Size',
		name: 'batchSize',
		type: 'number',
		default: defaultSize,
		typeOptions: { minValue: 1, maxValue: MAX_BATCH },
		description: `Most numbers per request (Yunpian's limit is 1000)${note}. Items that send the same thing are merged into requests of up to this size.`,
	};
}

export interface Recipient {
	itemIndex: number;
	mobile: string;
	/** Recipients with the same key share one request: the fields that must be equal within it. */
	key: string;
	/** Request fields other than the numbers (and `text` for multi send). */
	fields: IDataObject;
	/** Multi send only: this recipient's own text. */
	text?: string;
	/** Added to the recipient's output item. */
	extra?: IDataObject;
}

export interface BatchSpec {
	product: YunpianProduct;
	path: string;
	/** Checks an item and returns its recipients; throws inputError before anything is sent. */
	collect: (itemIndex: number) => Promise<Recipient[]>;
	/** Extra request fields built from the batch (multi send: the texts). */
	batchFields?: (batch: Recipient[]) => IDataObject;
}

/**
 * Sends to many numbers in as few requests as allowed: every item is checked first (a bad item stops
 * the node before any request, or becomes an error item with Continue On Fail), recipients that send
 * the same thing are merged and chunked (a number at most once per request), and every recipient gets
 * one output item paired with its input item, in input order.
 */
export async function executeBatchSend(this: IExecuteFunctions, spec: BatchSpec): Promise<INodeExecutionData[]> {
	const itemCount = this.getInputData().length;
	const failed = new Map<number, Error>();
	const recipients: Recipient[] = [];
	const batchSize = Math.min(MAX_BATCH, Math.max(1, Number((this.getNodeParameter('options', 0, {}) as IDataObject).batchSize ?? MAX_BATCH)));

	for (let itemIndex = 0; itemIndex < itemCount; itemIndex++) {
		try {
			recipients.push(...(await spec.collect(itemIndex)));
		} catch (error) {
			if (!this.continueOnFail()) throw asNodeError(this.getNode(), error, itemIndex);
			failed.set(itemIndex, error as Error);
		}
	}

	const groups = new Map<string, Recipient[]>();
	for (const recipient of recipients) groups.set(recipient.key, [...(groups.get(recipient.key) ?? []), recipient]);

	const results = new Map<Recipient, IDataObject>();
	for (const group of groups.values()) {
		for (const batch of chunkDistinct(group, batchSize, (recipient) => recipient.mobile)) {
			const first = batch[0];
			const mobiles = batch.map((recipient) => recipient.mobile);
			try {
				const answer = await yunpianRequest.call(
					this,
					spec.product,
					spec.path,
					{ ...first.fields, mobile: mobiles.join(','), ...(spec.batchFields?.(batch) ?? {}) },
					first.itemIndex,
				);
				const entries = Array.isArray(answer.data) ? (answer.data as SendEntry[]) : [];
				matchEntries(mobiles, entries).forEach((entry, index) => {
					const recipient = batch[index];
					results.set(recipient, recipientResult(recipient.mobile, entry, recipient.extra));
				});
			} catch (error) {
				if (!this.continueOnFail()) throw asNodeError(this.getNode(), error, first.itemIndex);
				for (const recipient of batch) if (!failed.has(recipient.itemIndex)) failed.set(recipient.itemIndex, error as Error);
			}
		}
	}

	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < itemCount; itemIndex++) {
		const error = failed.get(itemIndex);
		if (error) {
			output.push(errorItem(error, itemIndex));
			continue;
		}
		for (const recipient of recipients) {
			if (recipient.itemIndex !== itemIndex) continue;
			const result = results.get(recipient);
			if (result) output.push({ json: result, pairedItem: { item: itemIndex } });
		}
	}
	return output;
}
