import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { forEachItem } from '../../../shared/itemLoop';
import { operationFields, requestOptions } from '../../helpers/operation';
import { yunpianList } from '../../transport';

export const description = operationFields('flow', 'getPackages', [
	{
		displayName: 'Carrier',
		name: 'carrier',
		type: 'options',
		default: '',
		options: [
			{ name: 'All', value: '' },
			{ name: 'China Mobile', value: '10086' },
			{ name: 'China Telecom', value: '10000' },
			{ name: 'China Unicom', value: '10010' },
		],
	},
	requestOptions('read'),
]);

/** `flow/get_package`: the data packages on offer, one item per package. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		return await yunpianList.call(this, 'flow', 'flow/get_package', { carrier: (this.getNodeParameter('carrier', itemIndex, '') as string) || undefined }, itemIndex, 'array');
	});
}
