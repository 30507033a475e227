import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { sendInBatches, MAX_RECIPIENTS, type BatchPart } from './batch';
import { batchSizeOption, checkTemplateOption, getOptionalSignId, getTemplateId, signIdOption, tagOption, templateLocator } from './fields';
import { getMobile, getMobileList, mobileField, mobilesField, TEXT_MOBILE_RULES } from './recipients';
import { TemplateBook } from './templates';
import { getTempPara, variableFields, type TempPara } from './variables';

/** Template types `/v1/messages`, `/v1/messages/batch` and the schedules take: notification and marketing. */
export const MESSAGE_TEMPLATE_TYPES = [2, 3];

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
			options: single ? [checkTemplateOption, signIdOption] : [batchSizeOption, checkTemplateOption, signIdOption, tagOption],
		},
	];
}

export interface MessageInput {
	/** Fields shared by a request: temp_id, and sign_id / tag when given. */
	common: IDataObject;
	tempPara: TempPara;
	options: IDataObject;
}

/** Reads and checks the template, variables and options of one item (the template once per execution). */
export async function readMessage(this: IExecuteFunctions, itemIndex: number, templates: TemplateBook): Promise<MessageInput> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const templateId = getTemplateId.call(this, itemIndex);
	const tempPara = getTempPara.call(this, itemIndex);
	const common: IDataObject = { temp_id: templateId };
	const signId = getOptionalSignId.call(this, itemIndex, options);
	if (signId !== undefined) common.sign_id = signId;
	const tag = String(options.tag ?? '').trim();
	if (tag) {
		if ([...tag].length > 10) throw inputError(this.getNode(), itemIndex, 'Tag', `"${tag}" has ${[...tag].length} characters`, 'Use at most 10 characters.');
		common.tag = tag;
	}
	if (options.checkTemplate !== false) await templates.check(templateId, tempPara, MESSAGE_TEMPLATE_TYPES, itemIndex);
	return { common, tempPara, options };
}

/** The body of a single send (`/v1/messages`, `/v1/schedule`): mobile, temp_id, temp_para, sign_id. */
export async function readSingleMessage(this: IExecuteFunctions, itemIndex: number, templates: TemplateBook): Promise<IDataObject> {
	const mobile = getMobile.call(this, itemIndex);
	const { common, tempPara } = await readMessage.call(this, itemIndex, templates);
	const body: IDataObject = { mobile, ...common };
	if (Object.keys(tempPara).length > 0) body.temp_para = tempPara;
	return body;
}

/**
 * Runs a batch operation: each item gives recipients and its variables, items with the same template,
 * signature, tag (and `extra` fields) are merged into requests of at most Batch Size recipients.
 */
export async function executeBatch(
	this: IExecuteFunctions,
	request: (itemIndex: number) => { method: 'POST' | 'PUT'; path: string; extra?: IDataObject },
	split = true,
) {
	const templates = new TemplateBook(this);
	const first = this.getInputData().length > 0 ? (this.getNodeParameter('options', 0, {}) as IDataObject) : {};
	const batchSize = split ? Math.min(MAX_RECIPIENTS, Math.max(1, Number(first.batchSize ?? MAX_RECIPIENTS))) : MAX_RECIPIENTS;
	return await sendInBatches(
		this,
		async (itemIndex): Promise<BatchPart> => {
			const mobiles = getMobileList.call(this, itemIndex, 'mobiles', 'Mobile Numbers', TEXT_MOBILE_RULES);
			const { method, path, extra } = request(itemIndex);
			const { common, tempPara } = await readMessage.call(this, itemIndex, templates);
			return { method, path, common: { ...(extra ?? {}), ...common }, mobiles, tempPara };
		},
		{ batchSize, split },
	);
}
