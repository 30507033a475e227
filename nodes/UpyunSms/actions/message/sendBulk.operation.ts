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
import type { SendAdapter } from '../../../shared/send/types';
import { requestDescriber } from '../../../shared/transport/describe';
import { UPYUN_BASE_URL, upyunProvider, upyunRequest } from '../../transport';
import { textOf } from '../../../shared/validation/text';
import { getExtendCode, mobilesField, templateLocator } from '../../helpers/fields';
import { getMobiles } from '../../helpers/recipients';
import { getSendAt, scheduleOption } from '../../helpers/schedule';
import { queuedAnswers } from '../../helpers/tasks';
import { TemplateBook } from '../../helpers/templateCheck';
import { readTemplateMessage, variableParameters } from '../../helpers/variables';

const properties: INodeProperties[] = [
	{
		displayName:
			'UPYUN queues this send and answers with a task ID only. Follow each message with Report → Get Many.',
		name: 'asyncNotice',
		type: 'notice',
		default: '',
	},
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
			scheduleOption,
			batchSizeOption(1000, 10000, 'Most mobile numbers per task; longer lists become several tasks.'),
			{
				displayName: 'Check Template Before Sending',
				name: 'checkTemplate',
				type: 'boolean',
				default: true,
				description: 'Whether to check first that the template is approved and that the variables match it',
			},
			{
				displayName: 'Custom Tag',
				name: 'custom',
				type: 'string',
				default: '',
				description: 'Your own reference for this task, kept by UPYUN',
			},
			{
				displayName: 'Extension Code',
				name: 'extendCode',
				type: 'string',
				default: '',
				description: 'Digits appended to the sender number, if UPYUN has enabled them for your account',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendBulk'] } },
	properties,
);

interface BulkData {
	templateId: string;
	vars: string;
	time?: string;
	custom: string;
	extendCode: string;
}

/**
 * `POST /api/messages/async`: UPYUN queues one task per request and answers with its id only, so every
 * number of a task gets the task id (messageId stays null: follow each message with Report → Get Many).
 * Items with the same template, variables, time, tag and extension code share tasks.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	const dryRun = readPreviewOnly(this);
	const describe = dryRun ? await requestDescriber(this, upyunProvider, UPYUN_BASE_URL) : undefined;
	const adapter: SendAdapter<BulkData> = {
		readItem: async (itemIndex) => {
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const mobiles = getMobiles.call(this, itemIndex);
			const time = getSendAt.call(this, itemIndex, options.sendAt);
			const { templateId, values, text } = await readTemplateMessage.call(this, templates, itemIndex, { dryRun });
			const custom = textOf(this.getNode(), itemIndex, 'Custom Tag', options.custom);
			const data: BulkData = { templateId, vars: values.join('|'), time, custom, extendCode: getExtendCode.call(this, itemIndex) };
			const groupKey = JSON.stringify([templateId, data.vars, time ?? '', data.custom, data.extendCode]);
			return mobiles.map((mobile) => ({ mobile, data, groupKey, text, extra: { templateId, scheduledAt: time ?? null } }));
		},
		buildRequest: (chunk) => {
			const { templateId, vars, time, custom, extendCode } = chunk[0].data;
			const body: IDataObject = { template_id: Number(templateId), mobile: chunk.map((recipient) => recipient.mobile).join(',') };
			if (vars !== '') body.vars = vars;
			if (time) body.time = time;
			if (custom) body.custom = custom;
			if (extendCode) body.extend_code = extendCode;
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
