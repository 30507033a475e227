import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { getText } from '../../../shared/validation/text';
import { operationFields, withRequestOptions } from '../../helpers/operation';
import { notifyTypeOption, templateContentField, templateResult } from '../../helpers/templateFields';
import { checkTemplateContent } from '../../helpers/text';
import { yunpianRequest } from '../../transport';
import { templateAnswer } from '../../transport/expect';

export const voiceContentField = {
	...templateContentField,
	placeholder: 'e.g. Your order #order# has shipped',
	description: 'The text read out on the call; write variables as #name#',
};

export const description = operationFields('template', 'createVoice', [
	voiceContentField,
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: withRequestOptions('write', [notifyTypeOption]) },
]);

/** `tpl/add_voice_notify`: creates a voice-notification template and submits it for review. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const content = getText(this, itemIndex, 'content', 'Content');
		checkTemplateContent.call(this, itemIndex, content, false);
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const body: IDataObject = { tpl_content: content };
		if (options.notifyType !== undefined) body.notify_type = Number(options.notifyType);
		return templateResult(await yunpianRequest.call(this, 'sms', 'tpl/add_voice_notify', body, itemIndex, templateAnswer));
	});
}
