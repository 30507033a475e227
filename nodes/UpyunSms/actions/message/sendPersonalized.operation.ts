import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { previewOnlyOption, readPreviewOnly } from '../../../shared/descriptions/previewOnly';
import { timeoutOption } from '../../../shared/descriptions/requestOptions';
import { inputError } from '../../../shared/errors/inputError';
import { textOf } from '../../../shared/validation/text';
import { runSend } from '../../../shared/send/engine';
import { batchSizeOption, readBatchSize } from '../../../shared/send/settings';
import type { SendAdapter } from '../../../shared/send/types';
import { requestDescriber } from '../../../shared/transport/describe';
import { UPYUN_BASE_URL, upyunProvider, upyunRequest } from '../../transport';
import { templateLocator } from '../../helpers/fields';
import { getMobiles } from '../../helpers/recipients';
import { getSendAt, scheduleOption } from '../../helpers/schedule';
import { queuedAnswers } from '../../helpers/tasks';
import { TemplateBook } from '../../helpers/templateCheck';
import { readTemplateMessage, variableParameters } from '../../helpers/variables';

const properties: INodeProperties[] = [
	{
		displayName:
			'Each input item is one recipient with its own variables. Items are merged into one UPYUN task per template and send time.',
		name: 'personalizedNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Mobile Number',
		name: 'mobile',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 13800138000',
		description: 'The recipient of this item, usually mapped from an input field',
	},
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
			scheduleOption,
			batchSizeOption(1000, 10000, 'Most recipients per task.'),
			{
				displayName: 'Check Template Before Sending',
				name: 'checkTemplate',
				type: 'boolean',
				default: true,
				description: 'Whether to check first that the template is approved and that the variables match it',
			},
			{
				displayName: 'Signature',
				name: 'sign',
				type: 'string',
				default: '',
				placeholder: 'e.g. ACME',
				description: 'A signature for this recipient instead of the template’s own (3–8 characters, without 【】)',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendPersonalized'] } },
	properties,
);

interface PersonalData {
	templateId: string;
	time?: string;
	variables: string[];
	sign?: string;
}

/**
 * `POST /api/messages/async` with per-recipient variables (shape B): one input item is one recipient;
 * items with the same template and send time share a task, whose id every recipient gets.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	const dryRun = readPreviewOnly(this);
	const describe = dryRun ? await requestDescriber(this, upyunProvider, UPYUN_BASE_URL) : undefined;
	const adapter: SendAdapter<PersonalData> = {
		readItem: async (itemIndex) => {
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const mobiles = getMobiles.call(this, itemIndex, 'mobile', 'Mobile Number');
			if (mobiles.length > 1) {
				throw inputError(this.getNode(), itemIndex, 'Mobile Number', 'more than one number given', 'Give one number per item; use Message → Send Bulk to send the same text to a list.');
			}
			const sign = textOf(this.getNode(), itemIndex, 'Signature', options.sign).trim();
			if (sign && (/[【】\-.+#]/.test(sign) || [...sign].length < 3 || [...sign].length > 8)) {
				throw inputError(this.getNode(), itemIndex, 'Signature', `"${sign}" is not a valid signature`, 'Use 3–8 characters without 【】 or symbols such as - . + #.');
			}
			const { templateId, values: variables, text } = await readTemplateMessage.call(this, templates, itemIndex, { dryRun, sign: sign || undefined });
			const time = getSendAt.call(this, itemIndex, options.sendAt);
			const data: PersonalData = { templateId, time, variables, sign: sign || undefined };
			return [{ mobile: mobiles[0], data, groupKey: `${templateId}|${time ?? ''}`, text, extra: { templateId, variables, scheduledAt: time ?? null } }];
		},
		buildRequest: (chunk) => {
			const { templateId, time } = chunk[0].data;
			const body: IDataObject = {
				template_id: Number(templateId),
				mobile: chunk.map(({ mobile, data }) => ({ phone: mobile, variables: data.variables, ...(data.sign ? { sign: data.sign } : {}) })),
			};
			if (time) body.time = time;
			return body;
		},
		sendRequest: async (body, itemIndex) => await upyunRequest.call(this, { method: 'POST', path: '/api/messages/async', body, kind: 'send' }, itemIndex),
		describeRequest: (body) => describe?.({ method: 'POST', path: '/api/messages/async', body }) ?? {},
		readAnswer: (answer, chunk) => queuedAnswers(answer, chunk.length),
	};
	return await runSend(this, 'UPYUN SMS', adapter, {
		batchSize: readBatchSize(this, 1000, 10000),
		messageIds: false,
		checkWhere: 'the delivery report (Report → Get Many)',
		dryRun,
	});
}
