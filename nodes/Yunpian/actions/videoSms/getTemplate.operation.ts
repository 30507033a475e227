import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { getNumericId } from '../../helpers/fields';
import { operationFields, requestOptions } from '../../helpers/operation';
import { videoTemplateResult } from '../../helpers/videoTemplates';
import { yunpianRequest } from '../../transport';
import { videoTemplateAnswer } from '../../transport/expect';

export const videoTemplateField = {
	displayName: 'Video Template ID',
	name: 'videoTemplateId',
	type: 'string' as const,
	required: true,
	default: '',
	placeholder: 'e.g. 126',
};

export const description = operationFields('videoSms', 'getTemplate', [videoTemplateField, requestOptions('read')]);

/** `vsms/get_tpl`: review state, expiry and per-carrier availability (the answer is wrapped in `data`). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const templateId = getNumericId.call(this, itemIndex, 'videoTemplateId', 'Video Template ID');
		const answer = await yunpianRequest.call(this, 'vsms', 'vsms/get_tpl', { tpl_id: templateId }, itemIndex, videoTemplateAnswer);
		return videoTemplateResult(answer);
	});
}
