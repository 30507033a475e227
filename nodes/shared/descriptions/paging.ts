import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/** Return All / Limit, as every n8n list operation offers them; place with updateDisplayOptions. */
export const returnAllField: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
};

export const limitField: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	default: 50,
	typeOptions: { minValue: 1 },
	displayOptions: { show: { returnAll: [false] } },
	description: 'Max number of results to return',
};

export const pagingFields: INodeProperties[] = [returnAllField, limitField];

export function getPaging(this: IExecuteFunctions, itemIndex: number): { returnAll: boolean; limit: number } {
	return {
		returnAll: this.getNodeParameter('returnAll', itemIndex, false) as boolean,
		limit: this.getNodeParameter('limit', itemIndex, 50) as number,
	};
}
