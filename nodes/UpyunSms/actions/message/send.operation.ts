import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { chunkDistinct } from '../../../shared/chunking';
import { inputError } from '../../../shared/errors/inputError';
import { asNodeError, errorItem } from '../../../shared/itemLoop';
import { upyunErrors } from '../../transport/errors';
import { upyunRequest } from '../../transport';
import { getTemplateId, getVariables, mobilesField, templateLocator, variablesField } from '../../helpers/fields';
import { getMobiles } from '../../helpers/recipients';
import { TemplateBook } from '../../helpers/templateCheck';

const properties: INodeProperties[] = [
	mobilesField,
	templateLocator,
	variablesField,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Batch Size',
				name: 'batchSize',
				type: 'number',
				default: 100,
				typeOptions: { minValue: 1, maxValue: 1000 },
				description:
					'Most mobile numbers per request. Items with the same template and variables are merged into one request up to this size; lower it if UPYUN answers MOBILE_LIMIT.',
			},
			{
				displayName: 'Check Template Before Sending',
				name: 'checkTemplate',
				type: 'boolean',
				default: true,
				description:
					'Whether to load the template first to check that it is approved, that the number of variables matches and that the text fits, and to report the segments billed. Nothing is sent if a check fails.',
			},
			{
				displayName: 'Extension Code (拓展码)',
				name: 'extendCode',
				type: 'string',
				default: '',
				placeholder: 'e.g. 01',
				description: 'Digits appended to the sender number, if UPYUN has enabled them for your account',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['send'] } },
	properties,
);

interface Recipient {
	itemIndex: number;
	mobile: string;
	templateId: string;
	vars: string;
	extendCode: string;
	segments?: number;
}

interface SendEntry {
	mobile?: string;
	msg_id?: string | number;
	message_id?: string | number;
	error_code?: string;
	report_code?: string | number;
}

function recipientResult(recipient: Recipient, entry: SendEntry | undefined): IDataObject {
	const messageId = entry?.msg_id ?? entry?.message_id;
	const errorCode = entry?.error_code ?? (messageId === undefined ? 'NO_RESULT' : undefined);
	const result: IDataObject = {
		mobile: recipient.mobile,
		success: errorCode === undefined,
		messageId: messageId === undefined ? null : String(messageId),
		templateId: recipient.templateId,
	};
	if (recipient.segments !== undefined) result.segments = recipient.segments;
	if (entry?.report_code !== undefined) result.reportCode = String(entry.report_code);
	if (errorCode !== undefined) {
		result.errorCode = errorCode;
		result.error = upyunErrors[errorCode]?.meaning ?? 'UPYUN returned no message ID for this number';
	}
	return result;
}

/** Matches UPYUN's per-mobile answers to the recipients sent: by position when it answers one per number, else by number. */
function matchEntries(recipients: Recipient[], entries: SendEntry[]): Array<SendEntry | undefined> {
	if (entries.length === recipients.length && entries.every((entry, i) => !entry.mobile || entry.mobile === recipients[i].mobile)) {
		return entries;
	}
	const byMobile = new Map(entries.map((entry) => [String(entry.mobile), entry]));
	return recipients.map((recipient) => byMobile.get(recipient.mobile));
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const items = this.getInputData();
	const failed = new Map<number, Error>();
	const recipients: Recipient[] = [];
	const templates = new TemplateBook(this);
	let batchSize = 100;

	// Everything is checked before the first request, so a bad item never leaves half a batch sent.
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const extendCode = String(options.extendCode ?? '').trim();
			if (extendCode && !/^\d{1,12}$/.test(extendCode)) {
				throw inputError(this.getNode(), itemIndex, 'Extension Code (拓展码)', `"${extendCode}" is not a string of digits`, 'Use digits only, e.g. 01, or leave the option out.');
			}
			if (itemIndex === 0) batchSize = Number(options.batchSize ?? 100);
			const mobiles = getMobiles.call(this, itemIndex);
			const templateId = getTemplateId.call(this, itemIndex);
			const values = getVariables.call(this, itemIndex);
			const segments = options.checkTemplate === false ? undefined : await templates.check(templateId, values, itemIndex);
			for (const mobile of mobiles) {
				recipients.push({ itemIndex, mobile, templateId, vars: values.join('|'), extendCode, segments });
			}
		} catch (error) {
			if (!this.continueOnFail()) throw asNodeError(this.getNode(), error, itemIndex);
			failed.set(itemIndex, error as Error);
		}
	}

	const groups = new Map<string, Recipient[]>();
	for (const recipient of recipients) {
		const key = JSON.stringify([recipient.templateId, recipient.vars, recipient.extendCode]);
		groups.set(key, [...(groups.get(key) ?? []), recipient]);
	}

	const results = new Map<Recipient, IDataObject>();
	for (const group of groups.values()) {
		for (const batch of chunkDistinct(group, batchSize, (recipient) => recipient.mobile)) {
			const first = batch[0];
			if (batch.every((recipient) => failed.has(recipient.itemIndex))) continue;
			const body: IDataObject = {
				template_id: Number(first.templateId),
				mobile: batch.map((recipient) => recipient.mobile).join(','),
			};
			if (first.vars !== '') body.vars = first.vars;
			if (first.extendCode) body.extend_code = first.extendCode;
			try {
				const answer = await upyunRequest.call(this, { method: 'POST', path: '/api/messages', body }, first.itemIndex);
				const entries = Array.isArray(answer.message_ids) ? (answer.message_ids as SendEntry[]) : [];
				matchEntries(batch, entries).forEach((entry, index) => results.set(batch[index], recipientResult(batch[index], entry)));
			} catch (error) {
				if (!this.continueOnFail()) throw asNodeError(this.getNode(), error, first.itemIndex);
				for (const recipient of batch) if (!failed.has(recipient.itemIndex)) failed.set(recipient.itemIndex, error as Error);
			}
		}
	}

	// Recipients were collected in item order, so one pass keeps the output in input order.
	const output: INodeExecutionData[] = [];
	const pushErrorsUpTo = (last: number, from: number) => {
		for (let itemIndex = from; itemIndex <= last; itemIndex++) {
			const error = failed.get(itemIndex);
			if (error) output.push(errorItem(error, itemIndex));
		}
	};
	let next = 0;
	for (const recipient of recipients) {
		if (recipient.itemIndex >= next) {
			pushErrorsUpTo(recipient.itemIndex, next);
			next = recipient.itemIndex + 1;
		}
		const result = failed.has(recipient.itemIndex) ? undefined : results.get(recipient);
		if (result) output.push({ json: result, pairedItem: { item: recipient.itemIndex } });
	}
	pushErrorsUpTo(items.length - 1, next);
	return output;
}
