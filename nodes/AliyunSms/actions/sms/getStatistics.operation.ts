import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { getPaging, pagingFields } from '../../../shared/descriptions/paging';
import { readRequestOptions } from '../../../shared/descriptions/requestOptions';
import { inputError } from '../../../shared/errors/inputError';
import { forEachItem } from '../../../shared/itemLoop';
import { collectPages } from '../../../shared/paging';
import { getDay } from '../../helpers/dates';
import { getOptionalText } from '../../helpers/fields';
import { aliyunRequest } from '../../transport';

const PAGE_SIZE = 50;

const properties: INodeProperties[] = [
	{
		displayName: 'Messages',
		name: 'isGlobe',
		type: 'options',
		options: [
			{ name: 'Chinese Mainland', value: 1 },
			{ name: 'International', value: 2 },
		],
		default: 1,
		description: 'Which messages to count (IsGlobe)',
	},
	{ displayName: 'Start Date', name: 'startDate', type: 'dateTime', default: '', required: true, description: 'First day counted, Beijing time' },
	{ displayName: 'End Date', name: 'endDate', type: 'dateTime', default: '', description: 'Last day counted, Beijing time. Empty: today.' },
	...pagingFields,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{ displayName: 'Signature', name: 'signName', type: 'string', default: '', placeholder: 'e.g. ACME', description: 'Count only messages with this signature' },
			{
				displayName: 'Template Type',
				name: 'templateType',
				type: 'options',
				options: [
					{ name: 'Any', value: -1 },
					{ name: 'Digital', value: 7 },
					{ name: 'International', value: 3 },
					{ name: 'Notification', value: 1 },
					{ name: 'Promotional', value: 2 },
					{ name: 'Verification Code', value: 0 },
				],
				default: -1,
				description: 'Count only messages of this template type',
			},
			...readRequestOptions,
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['sms'], operation: ['getStatistics'] } }, properties);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const startDate = getDay(this, itemIndex, 'startDate', 'Start Date');
		const endDate = getDay(this, itemIndex, 'endDate', 'End Date');
		if (startDate > endDate) throw inputError(this.getNode(), itemIndex, 'Start Date', `${startDate} is after the End Date ${endDate}`, 'Pick a Start Date on or before the End Date.');
		const isGlobe = Number(this.getNodeParameter('isGlobe', itemIndex, 1));
		if (isGlobe !== 1 && isGlobe !== 2) throw inputError(this.getNode(), itemIndex, 'Messages', `${String(isGlobe)} is not an option`, 'Pick Chinese Mainland or International.');
		const signName = getOptionalText(this, itemIndex, 'options.signName', 'Signature');
		const templateType = Number(this.getNodeParameter('options.templateType', itemIndex, -1));
		const paging = getPaging.call(this, itemIndex);
		return await collectPages<IDataObject>(
			async (page, pageSize) => {
				const query: IDataObject = { IsGlobe: isGlobe, StartDate: startDate, EndDate: endDate, PageIndex: page, PageSize: pageSize };
				if (signName) query.SignName = signName;
				if (templateType >= 0) query.TemplateType = templateType;
				const answer = await aliyunRequest.call(this, { action: 'QuerySendStatistics', query, kind: 'read', expect: (body) => (Array.isArray(((body as IDataObject).Data as IDataObject | undefined)?.TargetList) ? undefined : 'the answer has no list "Data.TargetList"') }, itemIndex);
				const data = answer.Data as IDataObject;
				return { items: data.TargetList as IDataObject[], total: Number(data.TotalSize) };
			},
			{ ...paging, pageSize: PAGE_SIZE },
		);
	});
}
