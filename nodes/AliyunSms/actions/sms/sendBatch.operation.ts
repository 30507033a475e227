import { updateDisplayOptions, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { previewOnlyOption } from '../../../shared/descriptions/previewOnly';
import { timeoutOption } from '../../../shared/descriptions/requestOptions';
import { runSend } from '../../../shared/send/engine';
import { batchSizeOption, readBatchSize } from '../../../shared/send/settings';
import type { SendAdapter } from '../../../shared/send/types';
import { fillTemplate } from '../../../shared/templates/placeholders';
import { inputError } from '../../../shared/errors/inputError';
import { getMobiles, getOptionalText, getSignName, getTemplateCode, signatureLocator, templateLocator, variableFields } from '../../helpers/fields';
import { acceptedAll, CHECK_WHERE, sendPreview, type AliyunSendRequest } from '../../helpers/send';
import { TemplateBook } from '../../helpers/templates';
import { readTemplateParam } from '../../helpers/variables';
import { aliyunRequest } from '../../transport';

/** SendBatchSms takes at most 100 numbers a request (https://help.aliyun.com/en/sms/developer-reference/api-dysmsapi-2017-05-25-sendbatchsms). */
export const BATCH_MAX = 100;

const properties: INodeProperties[] = [
	{
		displayName: 'Mobile Number',
		name: 'mobile',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. {{ $json.mobile }}',
		description: 'One number per item: each item gets its own signature and variables, and up to 100 items go in one request. Mainland numbers as 11 digits (a +86 prefix is removed), others as + and country code.',
	},
	signatureLocator,
	templateLocator,
	...variableFields,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			batchSizeOption(BATCH_MAX, BATCH_MAX, 'Most items per SendBatchSms request. Items with the same template are merged.'),
			{ displayName: 'Extension Code', name: 'smsUpExtendCode', type: 'string', default: '', placeholder: 'e.g. 90999', description: 'Digits appended to the sender number for this item (SmsUpExtendCodeJson)' },
			{ displayName: 'Out ID', name: 'outId', type: 'string', default: '', placeholder: 'e.g. campaign-7', description: 'Your own reference for the request, echoed in delivery reports; items with different Out IDs go in separate requests' },
			previewOnlyOption,
			timeoutOption,
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['sms'], operation: ['sendBatch'] } }, properties);

interface BatchData {
	signName: string;
	templateCode: string;
	values: Record<string, string>;
	hasVariables: boolean;
	outId: string;
	extendCode: string;
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	const preview = await sendPreview(this);
	const adapter: SendAdapter<BatchData, AliyunSendRequest> = {
		readItem: async (itemIndex) => {
			const mobiles = getMobiles(this, itemIndex, 'mobile', 'Mobile Number');
			if (mobiles.length > 1) throw inputError(this.getNode(), itemIndex, 'Mobile Number', `${mobiles.length} numbers given; Send Batch takes one per item`, 'Use SMS → Send for one text to many numbers, or one item per number here.');
			const signName = getSignName(this, itemIndex);
			const templateCode = getTemplateCode(this, itemIndex);
			const outId = getOptionalText(this, itemIndex, 'options.outId', 'Out ID', { pattern: /^.{1,255}$/s, problem: 'is 256 characters or longer', fix: 'Use fewer than 256 characters.' });
			const extendCode = getOptionalText(this, itemIndex, 'options.smsUpExtendCode', 'Extension Code', { pattern: /^\d{1,12}$/, problem: 'is not digits', fix: 'Use the digits Aliyun assigned, e.g. 90999, or leave it empty.' });
			const values = await readTemplateParam(this, itemIndex, templates, templateCode);
			const template = await templates.approved(templateCode, itemIndex);
			const text = `【${signName}】${fillTemplate(template.TemplateContent, 'aliyun', values)}`;
			const data: BatchData = { signName, templateCode, values, hasVariables: Object.keys(values).length > 0, outId, extendCode };
			return [{ mobile: mobiles[0], data, groupKey: JSON.stringify([templateCode, outId]), text, extra: { signName, templateCode } }];
		},
		buildRequest: (chunk) => {
			const { templateCode, outId, hasVariables } = chunk[0].data;
			const form: AliyunSendRequest['form'] = {
				PhoneNumberJson: JSON.stringify(chunk.map((recipient) => recipient.mobile)),
				SignNameJson: JSON.stringify(chunk.map((recipient) => recipient.data.signName)),
			};
			if (hasVariables) form.TemplateParamJson = JSON.stringify(chunk.map((recipient) => recipient.data.values));
			if (chunk.some((recipient) => recipient.data.extendCode)) form.SmsUpExtendCodeJson = JSON.stringify(chunk.map((recipient) => recipient.data.extendCode));
			const query: AliyunSendRequest['query'] = { TemplateCode: templateCode };
			if (outId) query.OutId = outId;
			return { action: 'SendBatchSms', api: 'mainland', query, form };
		},
		sendRequest: async (request, itemIndex) => await aliyunRequest.call(this, { action: request.action, query: request.query, form: request.form, kind: 'send' }, itemIndex),
		readAnswer: (answer, chunk) => acceptedAll(answer, chunk.length),
		describeRequest: preview.describe,
	};
	return await runSend(this, 'Aliyun SMS', adapter, { batchSize: readBatchSize(this, BATCH_MAX, BATCH_MAX), messageIds: true, checkWhere: CHECK_WHERE, dryRun: preview.dryRun });
}
