import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { batchSizeOption, executeBatchSend } from '../../helpers/batchSend';
import { getNumericId, sendOptionFields, uidOption } from '../../helpers/fields';
import { getMobiles } from '../../helpers/mobiles';
import { operationFields } from '../../helpers/operation';
import { mobilesField } from '../../helpers/sendFields';
import { videoTemplateField } from './getTemplate.operation';

export const description = operationFields('videoSms', 'send', [
	mobilesField,
	videoTemplateField,
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: [batchSizeOption(1000), uidOption] },
]);

/** `vsms/tpl_batch_send`: a video SMS template to many numbers, merged and chunked to 1000 per request. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await executeBatchSend.call(this, {
		product: 'vsms',
		path: 'vsms/tpl_batch_send',
		collect: async (itemIndex) => {
			const mobiles = getMobiles.call(this, itemIndex);
			const templateId = getNumericId.call(this, itemIndex, 'videoTemplateId', 'Video Template ID');
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const fields = { tpl_id: templateId, ...sendOptionFields.call(this, itemIndex, { uid: options.uid }) };
			const key = JSON.stringify(fields);
			return mobiles.map((mobile) => ({ itemIndex, mobile, key, fields, extra: { templateId } }));
		},
	});
}
