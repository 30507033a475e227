import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { inputError } from '../../../shared/errors/inputError';
import { previewOnlyOption, readPreviewOnly } from '../../../shared/descriptions/previewOnly';
import { timeoutOption } from '../../../shared/descriptions/requestOptions';
import { runSend } from '../../../shared/send/engine';
import { batchSizeOption, readBatchSize } from '../../../shared/send/settings';
import type { SendAdapter } from '../../../shared/send/types';
import { getText } from '../../../shared/validation/text';
import { readAppId } from '../../helpers/appId';
import { getSignName, getTemplateId, readValues, signatureLocator, templateLocator, valuesFromFields, variableParameters } from '../../helpers/fields';
import { signedText, tencentSegments } from '../../helpers/length';
import { isMainland, PHONE_LIST_DESCRIPTION, readPhoneNumbers } from '../../helpers/numbers';
import { sendAnswers, SEND_CHECK_WHERE, sessionContextOption } from '../../helpers/sendResults';
import { checkTemplate, renderTemplate, TemplateBook, type TencentTemplate } from '../../helpers/templates';
import { requestDescriber } from '../../../shared/transport/describe';
import { TENCENT_BASE_URL } from '../../transport/authenticate';
import { tencentProvider, tencentRequest } from '../../transport';

/** SendSms takes 1–200 numbers (https://cloud.tencent.com/document/api/382/55981). */
const MAX_NUMBERS = 200;

const properties: INodeProperties[] = [
	{
		displayName: 'Phone Numbers',
		name: 'phoneNumbers',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 13800138000, +8613900139000',
		description: `${PHONE_LIST_DESCRIPTION} Items with the same template, values and signature are merged into requests of up to 200 numbers; mainland and international numbers go in separate requests`,
	},
	templateLocator,
	signatureLocator,
	...variableParameters,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			batchSizeOption(MAX_NUMBERS, MAX_NUMBERS, 'Most phone numbers per SendSms request (Tencent takes at most 200).'),
			{
				displayName: 'Check Template Before Sending',
				name: 'checkTemplate',
				type: 'boolean',
				default: true,
				description:
					'Whether to read the template first to check that it is approved, of the numbers’ kind (mainland or international) and has as many variables as values given. Nothing is sent if a check fails.',
			},
			{
				displayName: 'Extension Code',
				name: 'extendCode',
				type: 'string',
				default: '',
				placeholder: 'e.g. 01',
				description: 'Digits appended to the sender number, if Tencent Cloud support has enabled them for the app (ExtendCode)',
			},
			previewOnlyOption,
			{
				displayName: 'Sender ID',
				name: 'senderId',
				type: 'string',
				default: '',
				description: 'International numbers only: the approved Sender ID to show; empty uses the public one (SenderId)',
			},
			sessionContextOption,
			timeoutOption,
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['message'], operation: ['send'] } }, properties);

interface SendData {
	templateId: string;
	values: string[];
	signName: string;
	extendCode: string;
	sessionContext: string;
	senderId: string;
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const dryRun = readPreviewOnly(this);
	const describe = dryRun ? await requestDescriber(this, tencentProvider, TENCENT_BASE_URL) : undefined;
	const templates = new TemplateBook(this);
	const appId = this.getInputData().length > 0 ? await readAppId(this) : '';
	const adapter: SendAdapter<SendData> = {
		readItem: async (itemIndex) => {
			const numbers = readPhoneNumbers(this, itemIndex, 'phoneNumbers', 'Phone Numbers');
			const templateId = getTemplateId(this, itemIndex);
			const signName = getSignName(this, itemIndex);
			const check = dryRun || this.getNodeParameter('options.checkTemplate', itemIndex, true) !== false;
			const template: TencentTemplate | undefined = check || valuesFromFields(this, itemIndex) ? await templates.get(templateId, itemIndex) : undefined;
			const values = readValues(this, itemIndex, template);
			const extendCode = getText(this, itemIndex, 'options.extendCode', 'Extension Code').trim();
			const sessionContext = getText(this, itemIndex, 'options.sessionContext', 'Session Context');
			const senderId = getText(this, itemIndex, 'options.senderId', 'Sender ID').trim();
			if (Buffer.byteLength(sessionContext) >= 512) {
				throw inputError(this.getNode(), itemIndex, 'Session Context', `is ${Buffer.byteLength(sessionContext)} bytes long`, 'Keep it under 512 bytes (UTF-8), e.g. an order ID rather than the whole order.');
			}
			return numbers.map((mobile) => {
				const mainland = isMainland(mobile);
				if (mainland && !signName) {
					throw inputError(this.getNode(), itemIndex, 'Signature', `no signature for the mainland China number ${mobile}`, 'Pick an approved signature: Tencent requires one for +86 numbers.');
				}
				if (template && check) checkTemplate(this, template, values, mainland, itemIndex);
				const text = template ? signedText(renderTemplate(template, values), signName, mainland) : undefined;
				const data: SendData = { templateId, values, signName, extendCode, sessionContext, senderId: mainland ? '' : senderId };
				return {
					mobile,
					data,
					groupKey: JSON.stringify([mainland, templateId, values, signName, extendCode, sessionContext, data.senderId]),
					text,
					segments: text === undefined ? undefined : tencentSegments(text, mainland),
					extra: { templateId },
				};
			});
		},
		buildRequest: (chunk) => {
			const { templateId, values, signName, extendCode, sessionContext, senderId } = chunk[0].data;
			const body: IDataObject = { PhoneNumberSet: chunk.map((recipient) => recipient.mobile), SmsSdkAppId: appId, TemplateId: templateId, TemplateParamSet: values };
			if (signName) body.SignName = signName;
			if (extendCode) body.ExtendCode = extendCode;
			if (sessionContext) body.SessionContext = sessionContext;
			if (senderId) body.SenderId = senderId;
			return body;
		},
		sendRequest: async (body, itemIndex) => await tencentRequest.call(this, { action: 'SendSms', body, kind: 'send', fields: ['SendStatusSet'] }, itemIndex),
		describeRequest: (body) => ({ ...describe?.({ method: 'POST', path: '/', body }), action: 'SendSms' }),
		readAnswer: (answer, chunk) => sendAnswers((answer as IDataObject).SendStatusSet, chunk.map((recipient) => recipient.mobile)),
	};
	return await runSend(this, 'Tencent Cloud SMS', adapter, {
		batchSize: readBatchSize(this, MAX_NUMBERS, MAX_NUMBERS),
		messageIds: true,
		checkWhere: SEND_CHECK_WHERE,
		dryRun,
	});
}
