import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { inputError } from '../../../shared/errors/inputError';
import { forEachItem } from '../../../shared/itemLoop';
import { liupaiObject } from '../../transport';
import { accountLocator, getLocatorId } from '../../helpers/fields';
import { fetchSubAccounts, maskCallbackPassword } from '../../helpers/lists';
import { callbackFields, companyField, signatureField, subAccountParams, totalField } from '../../helpers/subAccounts';

/** What editaccount takes besides accountid (https://m.6api.net/api/sms/). */
const EDITABLE = ['company', 'signature', 'statusurl', 'replyurl', 'replyusername', 'replypassword', 'totalnum'];

const properties: INodeProperties[] = [
	accountLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [companyField, signatureField, totalField, ...callbackFields].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
	{
		displayName: 'Keep Unchanged Fields',
		name: 'keepUnchanged',
		type: 'boolean',
		default: true,
		description:
			'Whether to read the sub-account first and send its current values with the changes. Liupai does not say whether fields left out are kept or cleared, so this is the safe choice.',
	},
	requestOptionsCollection('write'),
];

export const description = updateDisplayOptions({ show: { resource: ['subAccount'], operation: ['update'] } }, properties);

/** `sms/editaccount`. A changed company or signature may send the sub-account back to review. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const accountId = getLocatorId.call(this, 'accountId', 'Sub-Account', itemIndex);
		const changes = subAccountParams(this, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject, itemIndex);
		if (Object.keys(changes).length === 0) {
			throw inputError(this.getNode(), itemIndex, 'Update Fields', 'nothing to update', 'Add at least one field to change.');
		}
		let params: IDataObject = { accountid: accountId, ...changes };
		if (this.getNodeParameter('keepUnchanged', itemIndex, true)) {
			const current = (await fetchSubAccounts.call(this, itemIndex)).find((row) => String(row.accountid) === accountId);
			if (!current) {
				throw inputError(this.getNode(), itemIndex, 'Sub-Account', `sub-account ${accountId} is not in this Liupai account`, 'Pick the sub-account from the list.');
			}
			const kept = Object.fromEntries(EDITABLE.filter((name) => current[name] !== undefined && current[name] !== null).map((name) => [name, current[name]]));
			params = { ...kept, ...params };
		}
		return maskCallbackPassword(await liupaiObject.call(this, 'editaccount', params, itemIndex));
	});
}
