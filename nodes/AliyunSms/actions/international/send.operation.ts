import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { previewOnlyOption } from '../../../shared/descriptions/previewOnly';
import { timeoutOption } from '../../../shared/descriptions/requestOptions';
import { runSend } from '../../../shared/send/engine';
import type { SendAdapter } from '../../../shared/send/types';
import { getMobiles, mobilesField } from '../../helpers/fields';
import { sendPreview, type AliyunSendRequest } from '../../helpers/send';
import { aliyunRequest } from '../../transport';
import { globeOptions, internationalNumber, messageField, readGlobeOptions, readMessage } from './fields';

const properties: INodeProperties[] = [
	mobilesField('Numbers outside the Chinese mainland, as + and country code (e.g. +85291234567),'),
	messageField,
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: [...globeOptions, previewOnlyOption, timeoutOption] },
];

export const description = updateDisplayOptions({ show: { resource: ['international'], operation: ['send'] } }, properties);

interface GlobeData {
	query: IDataObject;
}

/** SendMessageToGlobe: one number a request, with the MessageId for Get Status (aliyun.md §2.13). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const preview = await sendPreview(this);
	const adapter: SendAdapter<GlobeData, AliyunSendRequest> = {
		readItem: async (itemIndex) => {
			const message = readMessage(this, itemIndex);
			const options = readGlobeOptions(this, itemIndex);
			return getMobiles(this, itemIndex).map((mobile) => ({ mobile: internationalNumber(this, itemIndex, mobile), data: { query: { ...options, Message: message } }, text: message }));
		},
		buildRequest: (chunk) => ({ action: 'SendMessageToGlobe', api: 'international', query: { To: chunk[0].mobile, ...chunk[0].data.query } }),
		sendRequest: async (request, itemIndex) => await aliyunRequest.call(this, { action: request.action, api: 'international', query: request.query, kind: 'send' }, itemIndex),
		readAnswer: (answer) => {
			const body = answer as IDataObject;
			const segments = Number(body.Segments);
			return [{ messageId: body.MessageId === undefined ? null : String(body.MessageId as string), segments: Number.isInteger(segments) && segments > 0 ? segments : undefined, extra: { requestId: body.RequestId, numberDetail: body.NumberDetail } }];
		},
		describeRequest: preview.describe,
	};
	return await runSend(this, 'Aliyun SMS', adapter, { batchSize: 1, messageIds: true, checkWhere: 'International → Get Status', dryRun: preview.dryRun });
}
