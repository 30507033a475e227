import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { readPreviewOnly } from '../../shared/descriptions/previewOnly';
import { runSend } from '../../shared/send/engine';
import { batchSizeOption, parallelRequestsOption, readBatchSize, readParallelRequests } from '../../shared/send/settings';
import type { Recipient, RecipientInput } from '../../shared/send/types';
import { listIn } from '../../shared/transport/expect';
import { yunpianRequest, yunpianRequestDescriber, type YunpianProduct } from '../transport';
import { batchEntries } from './batchData';
import { entryAnswer, type SendEntry } from './sendEntry';

/** Yunpian takes at most 1000 numbers per batch request (https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief). */
export const MAX_BATCH = 1000;

/** Most requests in flight at once: well inside Yunpian's 3000 calls a second per key (https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief). */
export const MAX_PARALLEL = 10;

export function yunpianBatchSizeOption(defaultSize: number, note = ''): INodeProperties {
	return batchSizeOption(
		defaultSize,
		MAX_BATCH,
		`Most numbers per request (Yunpian's limit is 1000${note}). Items that send the same thing are merged into requests of up to this size.`,
	);
}

export const parallelOption: INodeProperties = parallelRequestsOption(
	MAX_PARALLEL,
	'Yunpian allows 3000 calls a second per API key and answers code -5 beyond that; a failed request is never retried.',
);

/** Where a user checks what an SMS send delivered. */
export const SMS_RECORDS = 'the send records (SMS → Get Records)';

export interface YunpianSend<D> {
	product: YunpianProduct;
	path: string;
	/** Where the user checks what went out, for the "already accepted" and "may have been sent" notes. */
	checkWhere: string;
	/** Reads and checks one item's recipients; throws an input error before anything is sent. */
	readItem: (itemIndex: number) => Promise<Array<RecipientInput<D>>>;
	/** The form fields of one request for a chunk of recipients, numbers included. */
	buildRequest: (chunk: Array<Recipient<D>>) => IDataObject;
}

/**
 * An endpoint that takes one number (`sms/single_send`, `sms/tpl_single_send`, `voice/send`,
 * `voice/tpl_notify`): one request per recipient, in input order, its answer one send entry.
 */
export async function sendOneByOne<D>(context: IExecuteFunctions, send: YunpianSend<D>): Promise<INodeExecutionData[]> {
	const preview = await previewSettings(context, send);
	return await runSend(
		context,
		'Yunpian',
		{
			readItem: send.readItem,
			buildRequest: send.buildRequest,
			sendRequest: async (body, itemIndex) => await yunpianRequest.call(context, send.product, send.path, body, itemIndex, 'object'),
			readAnswer: (answer) => [entryAnswer(answer as SendEntry, send.checkWhere)],
			describeRequest: preview.describeRequest,
		},
		{ batchSize: 1, messageIds: true, checkWhere: send.checkWhere, dryRun: preview.dryRun },
	);
}

/**
 * Preview Only (read once, from the first item, before anything else): the engine then builds every request
 * and outputs it, described as it would be posted, instead of sending it.
 */
async function previewSettings<D>(context: IExecuteFunctions, send: YunpianSend<D>): Promise<{ dryRun: boolean; describeRequest?: (body: IDataObject) => IDataObject }> {
	if (!readPreviewOnly(context)) return { dryRun: false };
	return { dryRun: true, describeRequest: await yunpianRequestDescriber(context, send.product, send.path) };
}

/**
 * A batch endpoint (`sms/batch_send`, `sms/multi_send`, `sms/tpl_batch_send`, `vsms/tpl_batch_send`):
 * recipients with the same group key share requests of up to Batch Size numbers, Parallel Requests at
 * a time; each number's result is its entry of the answer's `data`. Both options are read once.
 */
export async function sendInBatches<D>(context: IExecuteFunctions, send: YunpianSend<D>, defaultBatchSize: number): Promise<INodeExecutionData[]> {
	const batchSize = readBatchSize(context, defaultBatchSize, MAX_BATCH);
	const concurrency = readParallelRequests(context, MAX_PARALLEL);
	const preview = await previewSettings(context, send);
	return await runSend(
		context,
		'Yunpian',
		{
			readItem: send.readItem,
			buildRequest: send.buildRequest,
			// A batch answer lists its numbers' results in `data` (https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief).
			sendRequest: async (body, itemIndex) => await yunpianRequest.call(context, send.product, send.path, body, itemIndex, listIn('data')),
			readAnswer: (answer, chunk) => batchEntries(answer, chunk.map((recipient) => recipient.mobile)).map((entry) => entryAnswer(entry, send.checkWhere)),
			describeRequest: preview.describeRequest,
		},
		{ batchSize, concurrency, messageIds: true, checkWhere: send.checkWhere, dryRun: preview.dryRun },
	);
}
