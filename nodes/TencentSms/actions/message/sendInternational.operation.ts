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
import { getTemplateId, readValues, templateLocator, valuesFromFields, variableParameters } from '../../helpers/fields';
import { tencentSegments } from '../../helpers/length';
import { isMainland, readPhoneNumber } from '../../helpers/numbers';
import { sendAnswers, SEND_CHECK_WHERE, sessionContextOption } from '../../helpers/sendResults';
import { checkTemplate, renderTemplate, TemplateBook, type TencentTemplate } from '../../helpers/templates';
import { requestDescriber } from '../../../shared/transport/describe';
import { TENCENT_BASE_URL } from '../../transport/authenticate';
import { tencentProvider, tencentRequest } from '../../transport';

/** SendMultiGlobalSms takes 1–200 entries (https://cloud.tencent.com/document/api/382/130946). */
const MAX_ENTRIES = 200;

const properties: INodeProperties[] = [
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. +60198765432',
		description: 'One number outside mainland China per item, as + country code and number (E.164). Each item may have its own template and values; up to 200 items go in one request.',
	},
	{ ...templateLocator, description: 'An approved international template (or one for both kinds)' },
	...variableParameters,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			batchSizeOption(MAX_ENTRIES, MAX_ENTRIES, 'Most recipients per SendMultiGlobalSms request (Tencent takes at most 200).'),
			{
				displayName: 'Check Template Before Sending',
				name: 'checkTemplate',
				type: 'boolean',
				default: true,
				description: 'Whether to read each template first to check that it is approved, international and has as many variables as values given',
			},
			previewOnlyOption,
			{ displayName: 'Sender ID', name: 'senderId', type: 'string', default: '', description: 'The approved Sender ID to show; empty uses the public one (SenderId)' },
			sessionContextOption,
			timeoutOption,
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['message'], operation: ['sendInternational'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const dryRun = readPreviewOnly(this);
	const describe = dryRun ? await requestDescriber(this, tencentProvider, TENCENT_BASE_URL) : undefined;
	const templates = new TemplateBook(this);
	const appId = this.getInputData().length > 0 ? await readAppId(this) : '';
	const adapter: SendAdapter<IDataObject> = {
		readItem: async (itemIndex) => {
			const mobile = readPhoneNumber(this, itemIndex, 'phoneNumber', 'Phone Number');
			if (isMainland(mobile)) {
				throw inputError(this.getNode(), itemIndex, 'Phone Number', `${mobile} is a mainland China number`, 'Send to +86 numbers with Message → Send; Send International is for numbers outside mainland China.');
			}
			const templateId = getTemplateId(this, itemIndex);
			const check = dryRun || this.getNodeParameter('options.checkTemplate', itemIndex, true) !== false;
			const template: TencentTemplate | undefined = check || valuesFromFields(this, itemIndex) ? await templates.get(templateId, itemIndex) : undefined;
			const values = readValues(this, itemIndex, template);
			if (template && check) checkTemplate(this, template, values, false, itemIndex);
			const sessionContext = getText(this, itemIndex, 'options.sessionContext', 'Session Context');
			if (Buffer.byteLength(sessionContext) >= 512) {
				throw inputError(this.getNode(), itemIndex, 'Session Context', `is ${Buffer.byteLength(sessionContext)} bytes long`, 'Keep it under 512 bytes (UTF-8).');
			}
			const senderId = getText(this, itemIndex, 'options.senderId', 'Sender ID').trim();
			const data: IDataObject = { PhoneNumber: mobile, TemplateId: templateId, TemplateParamSet: values };
			if (senderId) data.SenderId = senderId;
			if (sessionContext) data.SessionContext = sessionContext;
			const text = template ? renderTemplate(template, values) : undefined;
			return [{ mobile, data, text, segments: text === undefined ? undefined : tencentSegments(text, false), extra: { templateId } }];
		},
		buildRequest: (chunk) => ({ SmsSdkAppId: appId, MultiSmsInfoSet: chunk.map((recipient) => recipient.data) }),
		sendRequest: async (body, itemIndex) => await tencentRequest.call(this, { action: 'SendMultiGlobalSms', body, kind: 'send', fields: ['SendMultiStatusSet'] }, itemIndex),
		describeRequest: (body) => ({ ...describe?.({ method: 'POST', path: '/', body }), action: 'SendMultiGlobalSms' }),
		readAnswer: (answer, chunk) => sendAnswers((answer as IDataObject).SendMultiStatusSet, chunk.map((recipient) => recipient.mobile)),
	};
	return await runSend(this, 'Tencent Cloud SMS', adapter, {
		batchSize: readBatchSize(this, MAX_ENTRIES, MAX_ENTRIES),
		messageIds: true,
		checkWhere: SEND_CHECK_WHERE,
		dryRun,
	});
}
