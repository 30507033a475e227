import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { chunkDistinct } from '../../../shared/chunking';
import { inputError } from '../../../shared/errors/inputError';
import { asNodeError, errorItem, errorJson } from '../../../shared/itemLoop';
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

/** A request that failed as a whole: each of its recipients gets the error, as an item of its own. */
function requestFailure(recipient: Recipient, error: Error): IDataObject {
	return { mobile: recipient.mobile, success: false, messageId: null, templateId: recipient.templateId, ...errorJson(error) };
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const items = this.getInputData();
	const invalid = new Map<number, Error>();
	const recipientsByItem: Recipient[][] = items.map(() => []);
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
			recipientsByItem[itemIndex] = mobiles.map((mobile) => ({ itemIndex, mobile, templateId, vars: values.join('|'), extendCode, segments }));
		} catch (error) {
			if (!this.continueOnFail()) throw asNodeError(this.getNode(), error, itemIndex);
			invalid.set(itemIndex, error as Error);
		}
	}

	const groups = new Map<string, Recipient[]>();
	for (const recipient of recipientsByItem.flat()) {
		const key = JSON.stringify([recipient.templateId, recipient.vars, recipient.extendCode]);
		groups.set(key, [...(groups.get(key) ?? []), recipient]);
	}

	const results = new Map<Recipient, IDataObject>();
	let accepted = 0;
	for (const group of groups.values()) {
		for (const batch of chunkDistinct(group, batchSize, (recipient) => recipient.mobile)) {
			const first = batch[0];
			const body: IDataObject = {
				template_id: Number(first.templateId),
				mobile: batch.map((recipient) => recipient.mobile).join(','),
			};
			if (first.vars !== '') body.vars = first.vars;
			if (first.extendCode) body.extend_code = first.extendCode;
			try {
				const answer = await upyunRequest.call(this, { method: 'POST', path: '/api/messages', body }, first.itemIndex);
				const entries = Array.isArray(answer.message_ids) ? (answer.message_ids as SendEntry[]) : [];
				matchEntries(batch, entries).forEach((entry, index) => {
					const result = recipientResult(batch[index], entry);
					if (result.success) accepted++;
					results.set(batch[index], result);
				});
			} catch (error) {
				if (!this.continueOnFail()) {
					const nodeError = asNodeError(this.getNode(), error, first.itemIndex);
					if (accepted > 0) {
						nodeError.description = `${nodeError.description ?? ''} ${accepted} number(s) in earlier requests of this run were already accepted: check the delivery report before running again, so nobody gets the message twice.`.trim();
					}
					throw nodeError;
				}
				for (const recipient of batch) results.set(recipient, requestFailure(recipient, error as Error));
			}
		}
	}

	const output: INodeExecutionData[] = [];
	recipientsByItem.forEach((recipients, itemIndex) => {
		const error = invalid.get(itemIndex);
		if (error) output.push(errorItem(error, itemIndex));
		for (const recipient of recipients) {
			output.push({ json: results.get(recipient)!, pairedItem: { item: itemIndex } });
		}
	});
	return output;
}
