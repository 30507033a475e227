import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { readRequestOptions } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { getPaging, limitFields } from '../../helpers/fields';
import { fetchList, maskCallbackPassword } from '../../helpers/lists';
import { includePasswordOption } from '../../helpers/subAccounts';

const properties: INodeProperties[] = [
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
		const rows = await fetchList.call(this, 'accountlist', {}, getPaging.call(this, itemIndex), itemIndex);
		return rows.map((row) => maskCallbackPassword(row, options.includePassword === true));
	});
}
