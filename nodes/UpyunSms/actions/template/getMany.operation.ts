import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { getPaging, pagingFields } from '../../../shared/descriptions/paging';
import { forEachItem } from '../../../shared/itemLoop';
import { simplifyField } from '../../../shared/descriptions/simplify';
import { simplifyOutput } from '../../../shared/simplify';
import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { fetchTemplates } from '../../helpers/templates';
import { reportTypeOptions, statusOptions, typeOptions } from '../../helpers/templateFields';
import { TEMPLATE_SUMMARY_FIELDS } from '../../helpers/templateSummary';

const properties: INodeProperties[] = [
	...pagingFields,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Review Channel', name: 'reportType', type: 'options', default: 'vip', options: reportTypeOptions },
			{ displayName: 'Status', name: 'status', type: 'options', default: 'success', options: statusOptions },
			{ displayName: 'Type', name: 'type', type: 'options', default: 'industry', options: typeOptions },
		],
	},
	simplifyField,
	requestOptionsCollection('read'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['template'], operation: ['getMany'] } },
	properties,
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const qs: IDataObject = {};
		if (filters.status) qs.status = filters.status;
		if (filters.type) qs.type = filters.type;
		if (filters.reportType) qs.report_type = filters.reportType;
		const templates = await fetchTemplates.call(this, qs, itemIndex);
		const { returnAll, limit } = getPaging.call(this, itemIndex);
		return simplifyOutput(this, itemIndex, TEMPLATE_SUMMARY_FIELDS, returnAll ? templates : templates.slice(0, limit));
	});
}
