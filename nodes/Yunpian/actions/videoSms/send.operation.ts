import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { previewOnlyOption } from '../../../shared/descriptions/previewOnly';
import { getNumericId, sendOptionFields, uidOption } from '../../helpers/fields';
import { getMobiles } from '../../helpers/mobiles';
import { operationFields, withRequestOptions } from '../../helpers/operation';
import { parallelOption, sendInBatches, yunpianBatchSizeOption } from '../../helpers/send';
import { mobilesField } from '../../helpers/sendFields';
import { videoTemplateField } from './getTemplate.operation';

/** A video SMS shows its approved template (frames and media), not a text: its preview is the request alone. */
const videoPreviewOnlyOption: INodeProperties = {
	...previewOnlyOption,
	description:
		'Whether to check everything and output, per number, the request that would go out — without sending anything. A video SMS is its approved template, not a text, so there is no text preview, length or segments. Read once, from the first item.',
};

export const description = operationFields('videoSms', 'send', [
	mobilesField,
	videoTemplateField,
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: withRequestOptions('write', [yunpianBatchSizeOption(1000), parallelOption, videoPreviewOnlyOption, uidOption]) },
]);

/** `vsms/tpl_batch_send`: a video SMS template to many numbers, merged and chunked to 1000 per request. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await sendInBatches<IDataObject>(
		this,
		{
			product: 'vsms',
			path: 'vsms/tpl_batch_send',
			checkWhere: 'the video SMS send records in the Yunpian console',
			readItem: async (itemIndex) => {
				const mobiles = getMobiles.call(this, itemIndex);
				const templateId = getNumericId.call(this, itemIndex, 'videoTemplateId', 'Video Template ID');
				const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
				const fields: IDataObject = { tpl_id: templateId, ...sendOptionFields.call(this, itemIndex, { uid: options.uid }) };
				const groupKey = JSON.stringify(fields);
				const extra = { templateId };
				return mobiles.map((mobile) => ({ mobile, data: fields, groupKey, extra }));
			},
			buildRequest: (chunk) => ({ ...chunk[0].data, mobile: chunk.map((recipient) => recipient.mobile).join(',') }),
		},
		1000,
	);
}
