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
import { TemplateBook } from '../../helpers/templateCheck';
import { placeholderCount, TEMPLATE_STATUS_LABELS } from '../../helpers/templates';

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
		options: [
			{
				displayName: 'Check Template Before Sending',
				name: 'checkTemplate',
				type: 'boolean',
				default: true,
				description: 'Whether to check first that the template is approved and that every line gives exactly its number of variables. Nothing is sent if a check fails.',
			},
			scheduleOption,
			timeoutOption,
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendFromFile'] } },
	properties,
);

const MAX_COLUMNS = 5;

/** The checked lines of the file: each line's variable values (the columns after the number). */
function checkCsv(this: IExecuteFunctions, text: string, itemIndex: number): string[][] {
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
	return rows.map((line) => line.split(',').slice(1).map((value) => value.trim()));
}

/**
 * What UPYUN would refuse only after the upload: a template that is not approved, and lines whose number of
 * variables is not the template's (an empty value left where a placeholder needs one).
 */
async function checkLinesAgainstTemplate(this: IExecuteFunctions, book: TemplateBook, templateId: string, lines: string[][], itemIndex: number): Promise<void> {
	const template = await book.get(templateId, itemIndex);
	if (template.status !== 'success') {
		throw inputError(this.getNode(), itemIndex, 'Template', `template ${templateId} is ${TEMPLATE_STATUS_LABELS[template.status] ?? template.status} and cannot send`, 'Pick an approved template, or wait until UPYUN approves this one.');
	}
	const expected = placeholderCount(template.content);
	lines.forEach((values, index) => {
		const given = expected === 0 ? values.filter((value) => value !== '') : values;
		if (given.length !== expected || given.some((value) => value === '')) {
			throw inputError(
				this.getNode(),
				itemIndex,
				'Input Binary Field',
				`line ${index + 1} gives ${given.filter((value) => value !== '').length} variable value(s); template ${templateId} has ${expected}`,
				`Write the mobile number, then exactly ${expected} non-empty value(s) on every line, in the order of the placeholders in: ${template.content}`,
			);
		}
	});
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	return await forEachItem(this, async (itemIndex) => {
		const binaryPropertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
		const binary = this.helpers.assertBinaryData(itemIndex, binaryPropertyName);
		const content = await this.helpers.getBinaryDataBuffer(itemIndex, binaryPropertyName);
		const lines = checkCsv.call(this, content.toString('utf8'), itemIndex);
		const rows = lines.length;
		const templateId = getTemplateId.call(this, itemIndex);
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		if (options.checkTemplate !== false) await checkLinesAgainstTemplate.call(this, templates, templateId, lines, itemIndex);
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
