import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { getText } from '../../../shared/validation/text';
import { getSignatureText, signatureLocator } from '../../helpers/fields';
import { operationFields } from '../../helpers/operation';
import { checkSignatureText, signatureOptionFields, signatureOptions, signatureResult, signatureTextField } from '../../helpers/signatures';
import { yunpianRequest } from '../../transport';
import { signatureAnswer } from '../../transport/expect';

export const description = operationFields('signature', 'update', [
	{
		displayName: 'Only signatures under review or rejected can be edited. Options left out are reset to their defaults, and the signature goes back to review.',
		name: 'updateNotice',
		type: 'notice',
		default: '',
	},
	signatureLocator,
	{ ...signatureTextField, displayName: 'New Signature Text', name: 'newSignText', description: 'The new text without 【】, 2–20 characters; leave empty to keep it' },
	signatureOptions,
]);

/** `sign/update`: changes a signature in review or rejected. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const body: IDataObject = { old_sign: getSignatureText.call(this, itemIndex) };
		const newSign = getText(this, itemIndex, 'newSignText', 'New Signature Text').trim();
		if (newSign) body.sign = checkSignatureText.call(this, itemIndex, newSign, 'New Signature Text');
		const answer = await yunpianRequest.call(this, 'sms', 'sign/update', { ...body, ...signatureOptionFields.call(this, itemIndex) }, itemIndex, signatureAnswer);
		return signatureResult(answer);
	});
}
