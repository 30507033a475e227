import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { previewOnlyOption, readPreviewOnly } from '../../../shared/descriptions/previewOnly';
import { timeoutOption } from '../../../shared/descriptions/requestOptions';
import { runSend } from '../../../shared/send/engine';
import { batchSizeOption, readBatchSize } from '../../../shared/send/settings';
import type { RecipientAnswer, SendAdapter } from '../../../shared/send/types';
import { upyunErrors } from '../../transport/errors';
import { requestDescriber } from '../../../shared/transport/describe';
import { UPYUN_BASE_URL, upyunProvider, upyunRequest } from '../../transport';
import { getExtendCode, mobilesField, templateLocator } from '../../helpers/fields';
import { getMobiles } from '../../helpers/recipients';
import { TemplateBook } from '../../helpers/templateCheck';
import { readTemplateMessage, variableParameters } from '../../helpers/variables';

const properties: INodeProperties[] = [
	mobilesField,
	templateLocator,
	...variableParameters,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			previewOnlyOption,
			timeoutOption,
			batchSizeOption(
				100,
				1000,
				'Most mobile numbers per request. Items with the same template and variables are merged into one request up to this size; lower it if UPYUN answers MOBILE_LIMIT.',
			),
			{
				displayName: 'Check Template Before Sending',
				name: 'checkTemplate',
				type: 'boolean',
				default: true,
				description:
					'Whether to load the template first to check that it is approved, that the number of variables matches and that the text fits, and to report the segments billed. Nothing is sent if a check fails.',
			},
			{
				displayName: 'Extension Code',
				name: 'extendCode',
				type: 'string',
				default: '',
				placeholder: 'e.g. 01',
				description: 'Digits appended to the sender number, if UPYUN has enabled them for your account',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['send'] } },
	properties,
);

interface SendData {
	templateId: string;
	vars: string;
	extendCode: string;
}

interface SendEntry {
	mobile?: string;
	msg_id?: string | number;
	message_id?: string | number;
	error_code?: string;
	report_code?: string | number;
}

/** Matches UPYUN's per-mobile answers to the numbers sent: by position when it answers one per number, else by number. */
function matchEntries(mobiles: string[], entries: SendEntry[]): Array<SendEntry | undefined> {
	if (entries.length === mobiles.length && entries.every((entry, i) => !entry.mobile || entry.mobile === mobiles[i])) return entries;
	const byMobile = new Map(entries.map((entry) => [String(entry.mobile), entry]));
	return mobiles.map((mobile) => byMobile.get(mobile));
}

/** One answer entry in the shared schema: the message id, or UPYUN's code with our meaning. */
function entryAnswer(entry: SendEntry | undefined): RecipientAnswer {
	const extra: IDataObject = {};
	if (entry?.report_code !== undefined) extra.reportCode = String(entry.report_code);
	if (!entry) return { errorCode: 'NO_RESULT', error: 'UPYUN returned no result for this number', extra };
	if (entry.error_code) return { errorCode: entry.error_code, error: upyunErrors[entry.error_code]?.meaning ?? `UPYUN refused this number (${entry.error_code})`, extra };
	const id = entry.msg_id ?? entry.message_id;
	return { messageId: id === undefined ? null : String(id), extra };
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	const dryRun = readPreviewOnly(this);
	const describe = dryRun ? await requestDescriber(this, upyunProvider, UPYUN_BASE_URL) : undefined;
	const adapter: SendAdapter<SendData> = {
		readItem: async (itemIndex) => {
			const extendCode = getExtendCode.call(this, itemIndex);
			const mobiles = getMobiles.call(this, itemIndex);
			const { templateId, values, text } = await readTemplateMessage.call(this, templates, itemIndex, { dryRun });
			const data: SendData = { templateId, vars: values.join('|'), extendCode };
			const groupKey = JSON.stringify([templateId, data.vars, extendCode]);
			return mobiles.map((mobile) => ({ mobile, data, groupKey, text, extra: { templateId } }));
		},
		buildRequest: (chunk) => {
			const { templateId, vars, extendCode } = chunk[0].data;
			const body: IDataObject = { template_id: Number(templateId), mobile: chunk.map((recipient) => recipient.mobile).join(',') };
			if (vars !== '') body.vars = vars;
			if (extendCode) body.extend_code = extendCode;
			return body;
		},
		sendRequest: async (body, itemIndex) => await upyunRequest.call(this, { method: 'POST', path: '/api/messages', body, kind: 'send' }, itemIndex),
		describeRequest: (body) => describe?.({ method: 'POST', path: '/api/messages', body }) ?? {},
		readAnswer: (answer, chunk) => {
			const entries = Array.isArray((answer as IDataObject).message_ids) ? ((answer as IDataObject).message_ids as SendEntry[]) : [];
			const matched = matchEntries(chunk.map((recipient) => recipient.mobile), entries);
			return matched.map(entryAnswer);
		},
	};
	return await runSend(this, 'UPYUN SMS', adapter, {
		batchSize: readBatchSize(this, 100, 1000),
		messageIds: true,
		checkWhere: 'the delivery report (Report → Get Many)',
		dryRun,
	});
}
