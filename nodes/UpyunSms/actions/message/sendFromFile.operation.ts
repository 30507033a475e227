import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { timeoutOption } from '../../../shared/descriptions/requestOptions';
import { inputError } from '../../../shared/errors/inputError';
import { forEachItem } from '../../../shared/itemLoop';
import { buildMultipart } from '../../../shared/transport/multipart';
import { checkMobile } from '../../../shared/validation/mobile';
import { upyunRequest } from '../../transport';
import { getTemplateId, templateLocator } from '../../helpers/fields';
import { UPYUN_MOBILE_RULES } from '../../helpers/recipients';
import { getSendAt, scheduleOption } from '../../helpers/schedule';

const properties: INodeProperties[] = [
	{
		displayName:
			'The file is a CSV without a header: the mobile number in the first column, then up to four template variables. UPYUN answers with no per-number result; follow the messages with Report → Get Many.',
		name: 'fileNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field that holds the CSV file',
	},
	templateLocator,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [scheduleOption, timeoutOption],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendFromFile'] } },
	properties,
);

const MAX_COLUMNS = 5;

function checkCsv(this: IExecuteFunctions, text: string, itemIndex: number): number {
	const rows = text.split(/\r?\n/).filter((line) => line.trim() !== '');
	if (rows.length === 0) {
		throw inputError(this.getNode(), itemIndex, 'Input Binary Field', 'the CSV file is empty', 'Provide a file with one recipient per line.');
	}
	rows.forEach((line, index) => {
		const columns = line.split(',');
		if (columns.length > MAX_COLUMNS) {
			throw inputError(this.getNode(), itemIndex, 'Input Binary Field', `line ${index + 1} has ${columns.length} columns; UPYUN reads at most ${MAX_COLUMNS}`, 'Keep the mobile number and at most four variables per line.');
		}
		const check = checkMobile(columns[0].trim(), UPYUN_MOBILE_RULES);
		if (!check.ok || check.mobile !== columns[0].trim()) {
			throw inputError(this.getNode(), itemIndex, 'Input Binary Field', `line ${index + 1}: ${check.ok ? `"${columns[0].trim()}" must be written as ${check.mobile}` : check.reason}`, 'Put an 11-digit mainland mobile number in the first column of every line, with no header line.');
		}
	});
	return rows.length;
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const binaryPropertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
		const binary = this.helpers.assertBinaryData(itemIndex, binaryPropertyName);
		const content = await this.helpers.getBinaryDataBuffer(itemIndex, binaryPropertyName);
		const rows = checkCsv.call(this, content.toString('utf8'), itemIndex);
		const templateId = getTemplateId.call(this, itemIndex);
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const time = getSendAt.call(this, itemIndex, options.sendAt);
		const fields: Record<string, string> = { template_id: templateId };
		if (time) fields.time = time;
		const fileName = binary.fileName?.toLowerCase().endsWith('.csv') ? binary.fileName : 'recipients.csv';
		const multipart = buildMultipart(fields, { file: { fileName, contentType: 'text/csv', content } });
		const answer = await upyunRequest.call(
			this,
			{ method: 'POST', path: '/api/messages/file', body: multipart.body, encoding: 'raw', headers: { 'content-type': multipart.contentType }, kind: 'send' },
			itemIndex,
		);
		return { templateId, rows, fileName, scheduledAt: time ?? null, message: answer.message ?? 'OK' };
	});
}
