import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { getPaging, pagingFields } from '../../../shared/descriptions/paging';
import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { forEachItem } from '../../../shared/itemLoop';
import { collectPages } from '../../../shared/paging';
import { LIST_PAGE, templateJson, type TencentTemplate } from '../../helpers/templates';
import { tencentRequest } from '../../transport';

const properties: INodeProperties[] = [
	{ displayName: 'International', name: 'international', type: 'boolean', default: false, description: 'Whether to list the templates for numbers outside mainland China instead of the mainland ones (templates for both appear in both lists)' },
	...pagingFields,
	requestOptionsCollection('read'),
];

export const description = updateDisplayOptions({ show: { resource: ['template'], operation: ['getMany'] } }, properties);

/** DescribeSmsTemplateList (https://cloud.tencent.com/document/api/382/52077): always with a Limit, 100 a page. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const International = this.getNodeParameter('international', itemIndex, false) === true ? 1 : 0;
		const { returnAll, limit } = getPaging.call(this, itemIndex);
		const templates = await collectPages(
			async (page, pageSize) => {
				const body: IDataObject = { International, Limit: pageSize, Offset: (page - 1) * pageSize };
				const answer = await tencentRequest.call(this, { action: 'DescribeSmsTemplateList', body, kind: 'read', fields: ['DescribeTemplateStatusSet'] }, itemIndex);
				return { items: answer.DescribeTemplateStatusSet as TencentTemplate[] };
			},
			{ returnAll, limit, pageSize: LIST_PAGE },
		);
		return templates.map(templateJson);
	});
}
