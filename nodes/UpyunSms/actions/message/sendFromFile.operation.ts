import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { previewOnlyOption, readPreviewOnly } from '../../../shared/descriptions/previewOnly';
import { timeoutOption } from '../../../shared/descriptions/requestOptions';
import { inputError } from '../../../shared/errors/inputError';
import { forEachItem } from '../../../shared/itemLoop';
import { previewOf, totalsHint } from '../../../shared/send/preview';
import { buildMultipart } from '../../../shared/transport/multipart';
import { checkMobile } from '../../../shared/validation/mobile';
import { requestDescriber } from '../../../shared/transport/describe';
import { UPYUN_BASE_URL, upyunProvider, upyunRequest } from '../../transport';
import { getTemplateId, templateLocator } from '../../helpers/fields';
import { UPYUN_MOBILE_RULES } from '../../helpers/recipients';
import { getSendAt, scheduleOption } from '../../helpers/schedule';
import { checkApproved, TemplateBook } from '../../helpers/templateCheck';
import { placeholderCount, renderTemplate, signedText, type UpyunTemplate } from '../../helpers/templates';

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
			previewOnlyOption,
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

/** One line of the file: the number in the first column, the variable values after it. */
interface FileLine {
	mobile: string;
	values: string[];
}

/** The checked lines of the file. */
function checkCsv(this: IExecuteFunctions, text: string, itemIndex: number): FileLine[] {
	const rows = text.split(/\r?\n/).filter((line) => line.trim() !== '');
	if (rows.length === 0) {
		throw inputError(this.getNode(), itemIndex, 'Input Binary Field', 'the CSV file is empty', 'Provide a file with one recipient per line.');
	}
	return rows.map((line, index) => {
		const columns = line.split(',');
		if (columns.length > MAX_COLUMNS) {
			throw inputError(this.getNode(), itemIndex, 'Input Binary Field', `line ${index + 1} has ${columns.length} columns; UPYUN reads at most ${MAX_COLUMNS}`, 'Keep the mobile number and at most four variables per line.');
		}
		const mobile = columns[0].trim();
		const check = checkMobile(mobile, UPYUN_MOBILE_RULES);
		if (!check.ok || check.mobile !== mobile) {
			throw inputError(this.getNode(), itemIndex, 'Input Binary Field', `line ${index + 1}: ${check.ok ? `"${mobile}" must be written as ${check.mobile}` : check.reason}`, 'Put an 11-digit mainland mobile number in the first column of every line, with no header line.');
		}
		return { mobile, values: columns.slice(1).map((value) => value.trim()) };
	});
}

/**
 * What UPYUN would refuse only after the upload: a template that is not approved, and lines whose number of
 * variables is not the template's (an empty value left where a placeholder needs one).
 */
function checkLinesAgainstTemplate(this: IExecuteFunctions, template: UpyunTemplate, lines: FileLine[], itemIndex: number): void {
	checkApproved(this, template, itemIndex);
	const expected = placeholderCount(template.content);
	lines.forEach(({ values }, index) => {
		const given = expected === 0 ? values.filter((value) => value !== '') : values;
		if (given.length !== expected || given.some((value) => value === '')) {
			throw inputError(
				this.getNode(),
				itemIndex,
				'Input Binary Field',
				`line ${index + 1} gives ${given.filter((value) => value !== '').length} variable value(s); template ${template.id} has ${expected}`,
				`Write the mobile number, then exactly ${expected} non-empty value(s) on every line, in the order of the placeholders in: ${template.content}`,
			);
		}
	});
}

/**
 * `POST /api/messages/file` (multipart: template_id, time, file). UPYUN answers for the whole file, so the
 * output is one item per file; with the template read, it lists the message each line's number will get
 * (`previews`: text with signature, length, segments) and the billed segments in all.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const templates = new TemplateBook(this);
	const dryRun = readPreviewOnly(this);
	const describe = dryRun ? await requestDescriber(this, upyunProvider, UPYUN_BASE_URL) : undefined;
	const previewed: Array<{ mobile: string; text: string }> = [];
	const output = await forEachItem(this, async (itemIndex) => {
		const binaryPropertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
		const binary = this.helpers.assertBinaryData(itemIndex, binaryPropertyName);
		const content = await this.helpers.getBinaryDataBuffer(itemIndex, binaryPropertyName);
		const lines = checkCsv.call(this, content.toString('utf8'), itemIndex);
		const rows = lines.length;
		const templateId = getTemplateId.call(this, itemIndex);
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const result: IDataObject = {};
		// A preview always reads and checks the template: it must stop where the upload would be refused.
		if (dryRun || options.checkTemplate !== false) {
			const template = await templates.get(templateId, itemIndex);
			checkLinesAgainstTemplate.call(this, template, lines, itemIndex);
			const texts = lines.map(({ mobile, values }) => ({ mobile, text: signedText(template, renderTemplate(template.content, values)) }));
			previewed.push(...texts);
			const previews: IDataObject[] = texts.map(({ mobile, text }) => ({ mobile, ...previewOf(text) }));
			result.segments = previews.reduce((sum, preview) => sum + Number(preview.segments), 0);
			result.previews = previews;
		}
		const time = getSendAt.call(this, itemIndex, options.sendAt);
		const fields: Record<string, string> = { template_id: templateId };
		if (time) fields.time = time;
		const fileName = binary.fileName?.toLowerCase().endsWith('.csv') ? binary.fileName : 'recipients.csv';
		const summary: IDataObject = { templateId, rows, fileName, scheduledAt: time ?? null };
		if (dryRun) {
			const file = { fileName, contentType: 'text/csv', bytes: content.length, lines: rows };
			return { success: false, dryRun: true, ...summary, ...result, request: describe?.({ method: 'POST', path: '/api/messages/file', body: { ...fields, file } }) ?? {} };
		}
		const multipart = buildMultipart(fields, { file: { fileName, contentType: 'text/csv', content } });
		const answer = await upyunRequest.call(
			this,
			{ method: 'POST', path: '/api/messages/file', body: multipart.body, encoding: 'raw', headers: { 'content-type': multipart.contentType }, kind: 'send' },
			itemIndex,
		);
		return { ...summary, message: answer.message ?? 'OK', ...result };
	});
	if (dryRun || previewed.length > 1) this.addExecutionHints({ message: totalsHint(previewed, dryRun), location: 'outputPane' });
	return output;
}
