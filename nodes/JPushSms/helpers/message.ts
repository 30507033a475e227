import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { timeoutOption } from '../../shared/descriptions/requestOptions';
import { batchSizeOption } from '../../shared/send/settings';
import { textOf } from '../../shared/validation/text';
import { checkTemplateOption, getOptionalSignId, getTemplateId, signIdOption, tagOption, templateLocator } from './fields';
import { mobileField, mobilesField } from './recipients';
import { TemplateBook } from './templates';
import { getTempPara, variableFields, type TempPara } from './variables';

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
				? [checkTemplateOption, signIdOption, timeoutOption]
				: [messageBatchSizeOption, checkTemplateOption, signIdOption, tagOption, timeoutOption],
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
}

/** Reads and checks the template, variables, signature and tag of one item (the template once per execution). */
export async function readTemplateMessage(this: IExecuteFunctions, itemIndex: number, templates: TemplateBook): Promise<TemplateMessage> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const templateId = getTemplateId.call(this, itemIndex);
	const variables = getTempPara.call(this, itemIndex);
	const common: IDataObject = { temp_id: templateId };
	const signId = getOptionalSignId.call(this, itemIndex, options);
	if (signId !== undefined) common.sign_id = signId;
	const tag = textOf(this.getNode(), itemIndex, 'Tag', options.tag).trim();
	if (tag) {
		if ([...tag].length > 10) throw inputError(this.getNode(), itemIndex, 'Tag', `"${tag}" has ${[...tag].length} characters`, 'Use at most 10 characters.');
		common.tag = tag;
	}
	if (options.checkTemplate !== false) await templates.check(templateId, variables, MESSAGE_TEMPLATE_TYPES, itemIndex);
	return { templateId, common, tempPara: Object.keys(variables).length > 0 ? variables : undefined };
}

/** The fields every output item of a template message carries after the common ones: `templateId`, `sendTime`, `tempPara`. */
export function messageExtra(message: TemplateMessage, sendTime?: string): IDataObject {
	const extra: IDataObject = { templateId: message.templateId };
	if (sendTime !== undefined) extra.sendTime = sendTime;
	if (message.tempPara) extra.tempPara = message.tempPara;
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
