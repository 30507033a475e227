import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { readRequestOptions } from '../../../shared/descriptions/requestOptions';
import { simplifyField } from '../../../shared/descriptions/simplify';
import { forEachItem } from '../../../shared/itemLoop';
import { simplifyOutput, type SimplifiedFields } from '../../../shared/simplify';
import { getPaging, limitFields } from '../../helpers/fields';
import { fetchList, maskCallbackPassword } from '../../helpers/lists';
import { includePasswordOption } from '../../helpers/subAccounts';

/**
 * A sub-account with Simplify on (`sms/accountlist` answers 13 fields): who it is, its review and its
 * messages. Left out: the reply URL and the callback username and password, unless Include Callback Password
 * asks for the password.
 */
const SUMMARY_FIELDS: SimplifiedFields = ['accountid', 'company', 'signature', 'status', 'failreason', 'totalnum', 'usednum', 'istemnocheck', 'addtime', 'statusurl'];

const properties: INodeProperties[] = [
	simplifyField,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [includePasswordOption, ...readRequestOptions],
	},
];

export const description = [
	...limitFields('subAccount'),
	...updateDisplayOptions({ show: { resource: ['subAccount'], operation: ['getMany'] } }, properties),
];

/** `sms/accountlist`, paged with `page`/`pageSize`. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const includePassword = options.includePassword === true;
		const rows = await fetchList.call(this, 'accountlist', {}, getPaging.call(this, itemIndex), itemIndex);
		const fields = includePassword ? [...SUMMARY_FIELDS, 'replypassword'] : SUMMARY_FIELDS;
		return simplifyOutput(this, itemIndex, fields, rows.map((row) => maskCallbackPassword(row, includePassword)));
	});
}
