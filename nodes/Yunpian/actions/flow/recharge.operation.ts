import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { inputError } from '../../../shared/errors/inputError';
import { getText } from '../../../shared/validation/text';
import { forEachItem } from '../../../shared/itemLoop';
import { objectWith } from '../../../shared/transport/expect';
import { callbackUrlOption, sendOptionFields } from '../../helpers/fields';
import { getMobiles } from '../../helpers/mobiles';
import { operationFields, withRequestOptions } from '../../helpers/operation';
import { sidOf } from '../../helpers/sendEntry';
import { mobileField } from '../../helpers/sendFields';
import { yunpianRequest } from '../../transport';

export const description = operationFields('flow', 'recharge', [
	mobileField(false),
	{ displayName: 'Package Serial Number', name: 'sn', type: 'string', required: true, default: '', placeholder: 'e.g. 1008601', description: 'The sn of a package from Flow → Get Packages' },
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: withRequestOptions('write', [{ ...callbackUrlOption, description: 'Where Yunpian pushes the top-up report' }]) },
]);

/** `flow/recharge`: tops up a mainland number with a data package; Yunpian's `sid` is the recharge's ID. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const [mobile] = getMobiles.call(this, itemIndex, { single: true });
		const sn = getText(this, itemIndex, 'sn', 'Package Serial Number').trim();
		if (!/^\d+$/.test(sn)) throw inputError(this.getNode(), itemIndex, 'Package Serial Number', sn ? `"${sn}" is not a serial number` : 'no package given', 'Pick the sn of a package from Flow → Get Packages.');
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const body = { mobile, sn, ...sendOptionFields.call(this, itemIndex, { callbackUrl: options.callbackUrl }) };
		const answer = await yunpianRequest.call(this, 'flow', 'flow/recharge', body, itemIndex, objectWith('sid'));
		const rechargeId = sidOf(answer.sid);
		return { success: rechargeId !== null, mobile, rechargeId, sn, fee: Number(answer.fee ?? 0), unit: answer.unit ?? 'RMB' };
	});
}
