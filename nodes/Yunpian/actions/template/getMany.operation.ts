import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { limitField, returnAllField } from '../../helpers/fields';
import { operationFields, requestOptions } from '../../helpers/operation';
import { templateJson } from '../../helpers/templateFields';
import { fetchTemplates } from '../../helpers/templates';

export const description = operationFields('template', 'getMany', [
	returnAllField,
	limitField,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Review Status',
				name: 'checkStatus',
				type: 'options',
				default: 'SUCCESS',
				options: [
					{ name: 'Approved', value: 'SUCCESS' },
					{ name: 'Rejected', value: 'FAIL' },
					{ name: 'Under Review', value: 'CHECKING' },
				],
			},
		],
	},
	requestOptions('read'),
]);

/** `tpl/get` without an ID: every template of the account (Yunpian does not page it). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		let templates = await fetchTemplates.call(this, itemIndex);
		if (filters.checkStatus) templates = templates.filter((template) => template.check_status === filters.checkStatus);
		if (!(this.getNodeParameter('returnAll', itemIndex) as boolean)) templates = templates.slice(0, this.getNodeParameter('limit', itemIndex) as number);
		return templates.map(templateJson);
	});
}
