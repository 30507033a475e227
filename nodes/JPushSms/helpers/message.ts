import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { previewOnlyOption, readPreviewOnly } from '../../shared/descriptions/previewOnly';
import { timeoutOption } from '../../shared/descriptions/requestOptions';
import { batchSizeOption } from '../../shared/send/settings';
import { fillTemplate, findPlaceholders } from '../../shared/templates/placeholders';
import { requestDescriber, type DescribedRequest } from '../../shared/transport/describe';
import { textOf } from '../../shared/validation/text';
import { jpushProvider } from '../transport';
import { checkTemplateOption, getOptionalSignId, getTemplateId, signIdOption, tagOption, templateLocator } from './fields';
import { mobileField, mobilesField } from './recipients';
import { TemplateBook, type JPushTemplate } from './templates';
import { getTempPara, getTemplateFieldValues, TEMPLATE_FIELDS, variableFields, variablesMode, type TempPara } from './variables';

/** JPush takes at most this many recipients in one batch request (50031). */
export const MAX_RECIPIENTS = 1000;

/** Template types `/v1/messages`, `/v1/messages/batch` and the schedules take: notification and marketing. */
export const MESSAGE_TEMPLATE_TYPES = [2, 3];

export const messageBatchSizeOption = batchSizeOption(
	MAX_RECIPIENTS,
	MAX_RECIPIENTS,
	'Most recipients per request (JPush accepts at most 1000). Items with the same template, signature and tag are merged into requests of this size.',
);

/** Fields of a template send: one recipient (`single`) or the recipients of an item (batch). */
export function messageProperties(single: boolean): INodeProperties[] {
	return [
		single ? mobileField(true) : mobilesField,
		templateLocator,
		...variableFields,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: single
				? [checkTemplateOption, previewOnlyOption, signIdOption, timeoutOption]
				: [messageBatchSizeOption, checkTemplateOption, previewOnlyOption, signIdOption, tagOption, timeoutOption],
		},
	];
}

/** The fields of a template message one item gives, whatever the number of its recipients. */
export interface TemplateMessage {
	templateId: number;
	/** What all recipients of one request share: `temp_id`, and `sign_id` / `tag` when given (in this order). */
	common: IDataObject;
	/** This item's variables, which every recipient of the item gets; undefined when there are none. */
	tempPara?: TempPara;
	/** The message as the phone shows it, when the template was read: the 【signature】 (when known) and the filled text. */
	text?: string;
	/** What the preview leaves out (the app's default signature), in the item beside it. */
	previewNote?: string;
}

/** Why a preview without Signature ID has no signature: JPush adds the app's default one, which no API reads. */
export const DEFAULT_SIGNATURE_NOTE =
	'JPush puts the app’s default signature 【…】 before this text; it is not in the preview or its length. Set Options → Signature ID to see it.';

/**
 * The preview of a template text: the 【signature】 of Signature ID before it (JPush places it first), else
 * the text alone with a note that the app's default signature comes first.
 */
export async function previewText(
	this: IExecuteFunctions,
	templates: TemplateBook,
	body: string,
	signId: number | undefined,
	itemIndex: number,
): Promise<{ text: string; previewNote?: string }> {
	if (signId === undefined) return { text: body, previewNote: DEFAULT_SIGNATURE_NOTE };
	return { text: `${await templates.signaturePrefix(signId, itemIndex)}${body}` };
}

/**
 * Reads and checks the template, variables, signature and tag of one item (the template once per execution).
 * With Variables Input "Fields From Template" the template is always read, to know its {{names}}; otherwise
 * when Check Template Before Sending is on, or for Preview Only.
 */
export async function readTemplateMessage(this: IExecuteFunctions, itemIndex: number, templates: TemplateBook, dryRun = false): Promise<TemplateMessage> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const templateId = getTemplateId.call(this, itemIndex);
	const fromTemplate = variablesMode.call(this, itemIndex) === TEMPLATE_FIELDS;
	let template: JPushTemplate | undefined;
	let variables: TempPara;
	if (fromTemplate) {
		template = await templates.get(templateId, itemIndex);
		variables = getTemplateFieldValues.call(this, itemIndex, findPlaceholders(String(template.template ?? ''), 'jpush'));
	} else {
		variables = getTempPara.call(this, itemIndex);
	}
	const common: IDataObject = { temp_id: templateId };
	const signId = getOptionalSignId.call(this, itemIndex, options);
	if (signId !== undefined) common.sign_id = signId;
	const tag = textOf(this.getNode(), itemIndex, 'Tag', options.tag).trim();
	if (tag) {
		if ([...tag].length > 10) throw inputError(this.getNode(), itemIndex, 'Tag', `"${tag}" has ${[...tag].length} characters`, 'Use at most 10 characters.');
		common.tag = tag;
	}
	if (options.checkTemplate !== false) await templates.check(templateId, variables, MESSAGE_TEMPLATE_TYPES, itemIndex);
	if (!template && (options.checkTemplate !== false || dryRun)) template = await templates.get(templateId, itemIndex);
	const message: TemplateMessage = { templateId, common, tempPara: Object.keys(variables).length > 0 ? variables : undefined };
	if (template) Object.assign(message, await previewText.call(this, templates, fillTemplate(String(template.template ?? ''), 'jpush', variables), signId, itemIndex));
	return message;
}

/** Preview Only for a JPush send: whether this run only previews, and how its requests are described. */
export async function jpushPreview(this: IExecuteFunctions): Promise<{ dryRun: boolean; describe: (request: DescribedRequest) => IDataObject }> {
	const dryRun = readPreviewOnly(this);
	// The Authorization header (app key and master secret) is added at send time and is not shown.
	const describer = dryRun ? await requestDescriber(this, jpushProvider, 'https://api.sms.jpush.cn') : undefined;
	return { dryRun, describe: (request) => describer?.(request) ?? { body: request.body } };
}

/** The fields every output item of a template message carries after the common ones: `templateId`, `sendTime`, `tempPara`, `previewNote`. */
export function messageExtra(message: TemplateMessage, sendTime?: string): IDataObject {
	const extra: IDataObject = { templateId: message.templateId };
	if (sendTime !== undefined) extra.sendTime = sendTime;
	if (message.tempPara) extra.tempPara = message.tempPara;
	if (message.previewNote) extra.previewNote = message.previewNote;
	return extra;
}

/** The body of a single send or schedule: `send_time` (schedules), `mobile`, `temp_id`, `sign_id`, `temp_para`. */
export function singleMessageBody(mobile: string, message: TemplateMessage, sendTime?: string): IDataObject {
	const body: IDataObject = sendTime === undefined ? { mobile, ...message.common } : { send_time: sendTime, mobile, ...message.common };
	if (message.tempPara) body.temp_para = message.tempPara;
	return body;
}

/** The `recipients` of a batch request: each number with its item's variables. */
export function batchRecipients(chunk: Array<{ mobile: string; data: TemplateMessage }>): IDataObject[] {
	return chunk.map(({ mobile, data }) => (data.tempPara ? { mobile, temp_para: data.tempPara } : { mobile }));
}
