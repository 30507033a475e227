import { updateDisplayOptions, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { previewOnlyOption } from '../../../shared/descriptions/previewOnly';
import { timeoutOption } from '../../../shared/descriptions/requestOptions';
import { runSend } from '../../../shared/send/engine';
import { batchSizeOption, readBatchSize } from '../../../shared/send/settings';
import type { SendAdapter } from '../../../shared/send/types';
import { fillTemplate } from '../../../shared/templates/placeholders';
import { getMobiles, getOptionalText, getSignName, getTemplateCode, mobilesField, signatureLocator, templateLocator, variableFields } from '../../helpers/fields';
import { acceptedAll, CHECK_WHERE, sendPreview, type AliyunSendRequest } from '../../helpers/send';
import { TemplateBook } from '../../helpers/templates';
import { readTemplateParam } from '../../helpers/variables';
import { aliyunRequest } from '../../transport';

/** SendSms takes at most 1 000 numbers a request (https://help.aliyun.com/en/sms/developer-reference/api-dysmsapi-2017-05-25-sendsms). */
export const SEND_MAX = 1000;

const properties: INodeProperties[] = [
	mobilesField('Numbers to send the same template to,'),
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
			batchSizeOption(SEND_MAX, SEND_MAX, 'Most numbers per SendSms request. Items with the same signature, template and variables are merged into one request up to this size.'),
			{
				displayName: 'Extension Code',
				name: 'smsUpExtendCode',
				type: 'string',
				default: '',
				placeholder: 'e.g. 90999',
				description: 'Digits appended to the sender number, so replies can be told apart (SmsUpExtendCode)',
			},
			{
				displayName: 'Out ID',
				name: 'outId',
				type: 'string',
				default: '',
				placeholder: 'e.g. order-1001',
				description: 'Your own reference, echoed in delivery reports (out_id) and Get Delivery Details. Fewer than 256 characters.',
			},
			previewOnlyOption,
			timeoutOption,
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['sms'], operation: ['send'] } }, properties);

interface SendData {
	signName: string;
	templateCode: string;
	templateParam: string;
	outId: string;
	extendCode: string;
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	const preview = await sendPreview(this);
	const adapter: SendAdapter<SendData, AliyunSendRequest> = {
		readItem: async (itemIndex) => {
			const mobiles = getMobiles(this, itemIndex);
			const signName = getSignName(this, itemIndex);
			const templateCode = getTemplateCode(this, itemIndex);
			const outId = getOptionalText(this, itemIndex, 'options.outId', 'Out ID', { pattern: /^.{1,255}$/s, problem: 'is 256 characters or longer', fix: 'Use fewer than 256 characters.' });
			const extendCode = getOptionalText(this, itemIndex, 'options.smsUpExtendCode', 'Extension Code', { pattern: /^\d{1,12}$/, problem: 'is not digits', fix: 'Use the digits Aliyun assigned, e.g. 90999, or leave it empty.' });
			const values = await readTemplateParam(this, itemIndex, templates, templateCode);
			const template = await templates.approved(templateCode, itemIndex);
			const data: SendData = { signName, templateCode, templateParam: JSON.stringify(values), outId, extendCode };
			const text = `【${signName}】${fillTemplate(template.TemplateContent, 'aliyun', values)}`;
			const groupKey = JSON.stringify([signName, templateCode, data.templateParam, outId, extendCode]);
			return mobiles.map((mobile) => ({ mobile, data, groupKey, text, extra: { signName, templateCode } }));
		},
		buildRequest: (chunk) => {
			const { signName, templateCode, templateParam, outId, extendCode } = chunk[0].data;
			const query: AliyunSendRequest['query'] = { PhoneNumbers: chunk.map((recipient) => recipient.mobile).join(','), SignName: signName, TemplateCode: templateCode };
			if (templateParam !== '{}') query.TemplateParam = templateParam;
			if (outId) query.OutId = outId;
			if (extendCode) query.SmsUpExtendCode = extendCode;
			return { action: 'SendSms', api: 'mainland', query };
		},
		sendRequest: async (request, itemIndex) => await aliyunRequest.call(this, { action: request.action, query: request.query, kind: 'send' }, itemIndex),
		readAnswer: (answer, chunk) => acceptedAll(answer, chunk.length),
		describeRequest: preview.describe,
	};
	return await runSend(this, 'Aliyun SMS', adapter, { batchSize: readBatchSize(this, SEND_MAX, SEND_MAX), messageIds: true, checkWhere: CHECK_WHERE, dryRun: preview.dryRun });
}
