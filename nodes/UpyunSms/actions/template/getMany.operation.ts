import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { fetchTemplates } from '../../helpers/templates';
import { reportTypeOptions, statusOptions, typeOptions } from '../../helpers/templateFields';

const properties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		default: 50,
		typeOptions: { minValue: 1 },
		displayOptions: { show: { returnAll: [false] } },
		description: 'Max number of results to return',
	},
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
		if (this.getNodeParameter('returnAll', itemIndex) as boolean) return templates;
		return templates.slice(0, this.getNodeParameter('limit', itemIndex) as number);
	});
}
