import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { getText } from '../../../shared/validation/text';
import { getNumericId, templateLocator } from '../../helpers/fields';
import { operationFields, requestOptions } from '../../helpers/operation';
import { templateResult } from '../../helpers/templateFields';
import { checkTemplateContent } from '../../helpers/text';
import { yunpianRequest } from '../../transport';
import { templateAnswer } from '../../transport/expect';
import { voiceContentField } from './createVoice.operation';

export const description = operationFields('template', 'updateVoice', [
	{ ...templateLocator, displayName: 'Voice Template', description: 'The voice-notification template to change' },
	voiceContentField,
	requestOptions('write'),
]);

/** `tpl/update_voice_notify`: replaces a voice template's text; it goes back to review. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const templateId = getNumericId.call(this, itemIndex, 'templateId', 'Voice Template');
		const content = getText(this, itemIndex, 'content', 'Content');
		checkTemplateContent.call(this, itemIndex, content, false);
		return templateResult(await yunpianRequest.call(this, 'sms', 'tpl/update_voice_notify', { tpl_id: templateId, tpl_content: content }, itemIndex, templateAnswer));
	});
}
