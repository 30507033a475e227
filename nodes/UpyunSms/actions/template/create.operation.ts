import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { requestOptionsCollection } from '../../../shared/descriptions/requestOptions';
import { objectWith } from '../../../shared/transport/expect';
import { forEachItem } from '../../../shared/itemLoop';
import { getText } from '../../../shared/validation/text';
import { upyunRequest } from '../../transport';
import { checkTemplateFields } from '../../helpers/templateRules';
import {
	contentField,
	reportTypeOptions,
	signatureField,
	signLocationField,
	titleField,
	typeOptions,
} from '../../helpers/templateFields';

const properties: INodeProperties[] = [
	{ ...titleField, required: true },
	{ ...contentField, required: true },
	{ ...signatureField, required: true },
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		required: true,
		default: 'industry',
		options: typeOptions,
		description: 'Industry templates carry notifications and verification codes (at most 10 a day per number); marketing has no daily cap',
	},
	{
		displayName: 'Review Channel',
		name: 'reportType',
		type: 'options',
		required: true,
		default: 'vip',
		options: reportTypeOptions,
		description: 'VIP templates are reviewed in about 1–3 working hours; UPYUN’s newer documentation accepts only VIP',
	},
	signLocationField,
	requestOptionsCollection('write'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['template'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const body = {
			title: getText(this, itemIndex, 'title', 'Title'),
			content: getText(this, itemIndex, 'content', 'Content'),
			temp_sign: getText(this, itemIndex, 'tempSign', 'Signature').trim(),
			sign_location: this.getNodeParameter('signLocation', itemIndex) as string,
			type: this.getNodeParameter('type', itemIndex) as string,
			report_type: this.getNodeParameter('reportType', itemIndex) as string,
		};
		checkTemplateFields.call(this, body, itemIndex);
		return await upyunRequest.call(this, { method: 'POST', path: '/api/templates', body, expect: objectWith('id') }, itemIndex);
	});
}
