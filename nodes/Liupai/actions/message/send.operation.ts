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
import { runSend } from '../../../shared/send/engine';
import { readRunOption } from '../../../shared/send/settings';
import type { SendAdapter } from '../../../shared/send/types';
import { findPlaceholders } from '../../../shared/templates/placeholders';
import { readVariableValues, templateVariablesField } from '../../../shared/templates/variableFields';
import { requestDescriber } from '../../../shared/transport/describe';
import { countSegments } from '../../../shared/validation/smsLength';
import { getText, textOf } from '../../../shared/validation/text';
import { liupaiProvider, liupaiRequest } from '../../transport';
import { accountLocator, getLocatorId, getMobiles, mobilesField, templateLocator } from '../../helpers/fields';
import { checkValue, checkValues, renderTemplate, TemplateBook } from '../../helpers/templates';

const showTemplateMode = { displayOptions: { show: { contentMode: ['template'] } } };

/** How the values of the template's @ are given: named fields loaded from the template, or a list in order. */
const variablesInput: INodeProperties = {
	displayName: 'Variables Input',
	name: 'variablesInput',
	type: 'options',
	noDataExpression: true,
	default: 'templateFields',
	options: [
		{
			name: 'Fields From Template',
			value: 'templateFields',
			description: 'One named field per @ of the template chosen above, loaded from Liupai',
		},
		{
			name: 'List',
			value: 'list',
			description: 'Values in the order of the @, for a template chosen by an expression',
		},
	],
};

const properties: INodeProperties[] = [
	{
		displayName:
			'Liupai’s anti-abuse rules: send at most one verification code per user per minute, and no more than 4 a minute, 5 an hour and 8 a day to one number. Put a captcha and per-IP limits in front of any form that triggers a send. Only approved templates can send.',
		name: 'antiAbuseNotice',
		type: 'notice',
		default: '',
	},
	mobilesField,
	{
		displayName: 'Content Mode',
		name: 'contentMode',
		type: 'options',
		default: 'template',
		options: [
			{
				name: 'Template With Variables',
				value: 'template',
				description: 'The node loads the template, checks it is approved, and fills each @ with a value',
			},
			{
				name: 'Exact Text',
				value: 'text',
				description: 'Send the text as typed; it must match the approved template with each @ filled in',
			},
		],
	},
	{ ...accountLocator, ...showTemplateMode },
	templateLocator,
	// Two definitions of one parameter: version 1 keeps its list, new nodes (1.1) fill named fields.
	{ ...variablesInput, default: 'list', displayOptions: { show: { '@version': [1], contentMode: ['template'] } } },
	{ ...variablesInput, default: 'templateFields', displayOptions: { show: { '@version': [{ _cnd: { gte: 1.1 } }], contentMode: ['template'] } } },
	{
		...templateVariablesField({
			name: 'templateVariables',
			displayName: 'Template Variables',
			resourceMapperMethod: 'getTemplateVariables',
			dependsOn: ['templateId.value', 'accountId.value'],
			description: 'One field per @ of the chosen template, in order, named by the text before it; each accepts an expression',
		}),
		displayOptions: { show: { contentMode: ['template'], variablesInput: ['templateFields'] } },
	},
	{
		displayName: 'Template Variables',
		name: 'variables',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		placeholder: 'Add Variable',
		description: 'One value per @ in the template, in order',
		displayOptions: { show: { contentMode: ['template'], variablesInput: ['list'] } },
		options: [
			{
				displayName: 'Variable',
				name: 'values',
				values: [{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. 123456' }],
			},
		],
	},
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'e.g. 【Demo】您的验证码是123456',
		description: 'The final message: the approved template text with every @ replaced. 70 characters make one SMS.',
		displayOptions: { show: { contentMode: ['text'] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Delay Between Requests (Ms)',
				name: 'delay',
				type: 'number',
				default: 200,
				typeOptions: { minValue: 0, maxValue: 60000 },
				description: 'Pause between two send requests. Liupai takes one number per request, so a list of numbers is sent one by one.',
			},
			{
				displayName: 'Max Sends per Number per Run',
				name: 'maxPerNumber',
				type: 'number',
				default: 4,
				typeOptions: { minValue: 0 },
				hint: 'Liupai allows a number at most 4 verification codes a minute, 5 an hour, 8 a day',
				description: 'The run is refused before anything is sent if one number would get more messages than this. 0 means no limit.',
			},
			previewOnlyOption,
			timeoutOption,
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['message'], operation: ['send'] } }, properties);

interface SendData {
	templateId: string;
	content: string;
}

/** The content of one item: the template filled with its values, or the text as typed. */
async function itemContent(this: IExecuteFunctions, book: TemplateBook, templateId: string, itemIndex: number): Promise<string> {
	if (this.getNodeParameter('contentMode', itemIndex, 'template') === 'text') {
		const content = getText(this, itemIndex, 'content', 'Content').trim();
		if (!content) throw inputError(this.getNode(), itemIndex, 'Content', 'is empty', 'Type the final message, or use Content Mode "Template With Variables".');
		return content;
	}
	const accountId = getLocatorId.call(this, 'accountId', 'Sub-Account', itemIndex);
	if (this.getNodeParameter('variablesInput', itemIndex, 'list') === 'templateFields') {
		const template = await book.approved(accountId, templateId, itemIndex);
		const placeholders = findPlaceholders(String(template.content ?? ''), 'liupai');
		const named = readVariableValues(this, itemIndex, { parameter: 'templateVariables', displayName: 'Template Variables', placeholders });
		const values = placeholders.map((placeholder) => named[placeholder.key]);
		placeholders.forEach((placeholder, position) => checkValue(this, values[position], `Template Variables → ${placeholder.label}`, itemIndex));
		return renderTemplate(String(template.content), values);
	}
	const collection = this.getNodeParameter('variables', itemIndex, {}) as { values?: Array<{ value?: unknown }> };
	const entries = Array.isArray(collection?.values) ? collection.values : [];
	const values = entries.map((entry, position) => textOf(this.getNode(), itemIndex, 'Template Variables', entry?.value, `value ${position + 1}`));
	const template = await book.approved(accountId, templateId, itemIndex);
	checkValues(this, template, values, itemIndex);
	return renderTemplate(String(template.content), values);
}

/**
 * One request per mobile (Liupai does not send to groups), in input order, paced, never retried.
 * Every item is checked before the first send, so a bad item never leaves a run half sent.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const book = new TemplateBook(this);
	const delayMs = readRunOption(this, { name: 'delay', displayName: 'Delay Between Requests (Ms)', default: 200, min: 0, max: 60000 });
	const maxPerNumber = readRunOption(this, { name: 'maxPerNumber', displayName: 'Max Sends per Number per Run', default: 4, min: 0, max: Number.MAX_SAFE_INTEGER });
	const dryRun = readPreviewOnly(this);
	// Preview Only shows the request as it would go out; the appkey is added to its query at send time.
	const describe = dryRun ? await requestDescriber(this, liupaiProvider('send'), 'http://open.liupai.net') : undefined;
	const perNumber = new Map<string, number>();
	const adapter: SendAdapter<SendData> = {
		readItem: async (itemIndex) => {
			const mobiles = getMobiles.call(this, itemIndex);
			const templateId = getLocatorId.call(this, 'templateId', 'Template', itemIndex);
			const content = await itemContent.call(this, book, templateId, itemIndex);
			// getMobiles drops repeats within an item, so a number counts once per item here.
			for (const mobile of mobiles) {
				const count = (perNumber.get(mobile) ?? 0) + 1;
				if (maxPerNumber > 0 && count > maxPerNumber) {
					throw inputError(
						this.getNode(),
						itemIndex,
						'Mobile Numbers',
						`${mobile} would get ${count} messages in this run; the limit is ${maxPerNumber}`,
						'Liupai allows a number at most 4 verification codes a minute, 5 an hour and 8 a day. Remove the repeats, or raise "Max Sends per Number per Run" for notifications.',
					);
				}
			}
			for (const mobile of mobiles) perNumber.set(mobile, (perNumber.get(mobile) ?? 0) + 1);
			const segments = countSegments(content);
			// The content goes out as the phone shows it: Liupai's templates carry their 【signature】 in the text.
			return mobiles.map((mobile) => ({ mobile, data: { templateId, content }, segments, text: content, extra: { templateId, content } }));
		},
		buildRequest: (chunk) => ({ mobile: chunk[0].mobile, content: chunk[0].data.content, templateid: chunk[0].data.templateId }),
		sendRequest: async (params, itemIndex) => await liupaiRequest.call(this, 'send', params, itemIndex),
		describeRequest: (params) => describe?.({ method: 'POST', path: '/sms/send', body: params }) ?? { body: params },
		readAnswer: (answer) => {
			const result = (answer ?? {}) as IDataObject;
			const count = Number(result.count);
			return [
				{
					messageId: result.msgid === undefined || result.msgid === null ? null : String(result.msgid as string),
					// Liupai's own count of billed messages replaces our estimate.
					segments: Number.isFinite(count) ? count : undefined,
					extra: { accountId: result.accountid ?? null },
				},
			];
		},
	};
	return await runSend(this, 'Liupai', adapter, { batchSize: 1, delayMs, messageIds: true, checkWhere: 'the send log (Send Log → Get Many)', dryRun });
}
