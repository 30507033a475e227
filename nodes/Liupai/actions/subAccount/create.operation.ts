import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { liupaiObject } from '../../transport';
import { maskCallbackPassword } from '../../helpers/lists';
import { callbackFields, companyField, signatureField, subAccountParams, totalField } from '../../helpers/subAccounts';

const properties: INodeProperties[] = [
	{ ...companyField, required: true },
	{ ...signatureField, required: true },
	{ ...totalField, required: true },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: callbackFields,
	},
	requestOptionsCollection('write'),
];

export const description = updateDisplayOptions({ show: { resource: ['subAccount'], operation: ['create'] } }, properties);

/** `sms/addaccount`: the new sub-account waits for Liupai's review. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const params = subAccountParams(
			this,
			{
				company: this.getNodeParameter('company', itemIndex),
				signature: this.getNodeParameter('signature', itemIndex),
				totalnum: this.getNodeParameter('totalnum', itemIndex),
				...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
			},
			itemIndex,
		);
		return maskCallbackPassword(await liupaiObject.call(this, 'addaccount', params, itemIndex));
	});
}
