import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { operationFields } from '../../helpers/operation';
import { checkSignatureText, signatureOptionFields, signatureOptions, signatureResult, signatureTextField } from '../../helpers/signatures';
import { yunpianRequest } from '../../transport';
import { signatureAnswer } from '../../transport/expect';

export const description = operationFields('signature', 'create', [{ ...signatureTextField, required: true }, signatureOptions]);

/** `sign/add`: registers a signature and submits it for review. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const sign = checkSignatureText.call(this, itemIndex, this.getNodeParameter('signText', itemIndex), 'Signature Text');
		const answer = await yunpianRequest.call(this, 'sms', 'sign/add', { sign, ...signatureOptionFields.call(this, itemIndex) }, itemIndex, signatureAnswer);
		return signatureResult(answer);
	});
}
