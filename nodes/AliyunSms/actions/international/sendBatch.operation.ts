import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { previewOnlyOption } from '../../../shared/descriptions/previewOnly';
import { timeoutOption } from '../../../shared/descriptions/requestOptions';
import { inputError } from '../../../shared/errors/inputError';
import { parseJsonLossless } from '../../../shared/json';
import { runSend } from '../../../shared/send/engine';
import { batchSizeOption, readBatchSize } from '../../../shared/send/settings';
import type { RecipientAnswer, SendAdapter } from '../../../shared/send/types';
import { getMobiles } from '../../helpers/fields';
import { sendPreview, type AliyunSendRequest } from '../../helpers/send';
import { aliyunRequest } from '../../transport';
import { globeOptions, internationalNumber, messageField, readGlobeOptions, readMessage } from './fields';

/** BatchSendMessageToGlobe takes at most 1 000 numbers (aliyun.md §2.13). */
export const GLOBE_BATCH_MAX = 1000;

const properties: INodeProperties[] = [
	{ displayName: 'Mobile Number', name: 'mobile', type: 'string', default: '', required: true, placeholder: 'e.g. {{ $json.mobile }}', description: 'One number per item, as + and country code; each item has its own message, up to 1 000 per request' },
	messageField,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [batchSizeOption(GLOBE_BATCH_MAX, GLOBE_BATCH_MAX, 'Most items per BatchSendMessageToGlobe request. Items with the same options are merged.'), ...globeOptions, previewOnlyOption, timeoutOption],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['international'], operation: ['sendBatch'] } }, properties);

interface GlobeData {
	message: string;
	options: IDataObject;
}

/** The answer's MessageIdList and FailedList are JSON texts (aliyun.md §2.13): ids in the order of the accepted numbers. */
function readLists(answer: IDataObject): { ids: string[]; failed: Set<string> } {
	const list = (value: unknown): string[] => {
		const parsed = typeof value === 'string' ? parseJsonLossless(value) : value;
		return Array.isArray(parsed) ? parsed.map((entry) => String(entry as string)) : [];
	};
	return { ids: list(answer.MessageIdList), failed: new Set(list(answer.FailedList)) };
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const preview = await sendPreview(this);
	const adapter: SendAdapter<GlobeData, AliyunSendRequest> = {
		readItem: async (itemIndex) => {
			const mobiles = getMobiles(this, itemIndex, 'mobile', 'Mobile Number');
			if (mobiles.length > 1) throw inputError(this.getNode(), itemIndex, 'Mobile Number', `${mobiles.length} numbers given; Send Batch takes one per item`, 'Use International → Send for one text to many numbers.');
			const message = readMessage(this, itemIndex);
			const options = readGlobeOptions(this, itemIndex);
			return [{ mobile: internationalNumber(this, itemIndex, mobiles[0]), data: { message, options }, groupKey: JSON.stringify(options), text: message }];
		},
		buildRequest: (chunk) => ({
			action: 'BatchSendMessageToGlobe',
			api: 'international',
			query: { To: JSON.stringify(chunk.map((recipient) => recipient.mobile)), Message: JSON.stringify(chunk.map((recipient) => recipient.data.message)), ...chunk[0].data.options },
		}),
		sendRequest: async (request, itemIndex) => await aliyunRequest.call(this, { action: request.action, api: 'international', query: request.query, kind: 'send' }, itemIndex),
		readAnswer: (answer, chunk) => {
			const { ids, failed } = readLists(answer as IDataObject);
			let next = 0;
			return chunk.map((recipient): RecipientAnswer => {
				if (failed.has(recipient.mobile)) return { errorCode: 'FAILED', error: 'Aliyun did not accept this number (listed in FailedList)' };
				const id = ids[next++];
				return id === undefined ? { errorCode: 'NO_RESULT', error: 'Aliyun returned no message ID for this number' } : { messageId: id };
			});
		},
		describeRequest: preview.describe,
	};
	return await runSend(this, 'Aliyun SMS', adapter, { batchSize: readBatchSize(this, GLOBE_BATCH_MAX, GLOBE_BATCH_MAX), messageIds: true, checkWhere: 'International → Get Status', dryRun: preview.dryRun });
}
