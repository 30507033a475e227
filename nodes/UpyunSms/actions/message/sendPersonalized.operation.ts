import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { chunk } from '../../../shared/chunking';
import { inputError } from '../../../shared/errors/inputError';
import { asNodeError, errorItem } from '../../../shared/itemLoop';
import { upyunRequest } from '../../transport';
import { getTemplateId, getVariables, templateLocator, variablesField } from '../../helpers/fields';
import { getMobiles } from '../../helpers/recipients';
import { getSendAt, scheduleOption } from '../../helpers/schedule';
import { TemplateBook } from '../../helpers/templateCheck';

const properties: INodeProperties[] = [
	{
		displayName:
			'Each input item is one recipient with its own variables. Items are merged into one UPYUN task per template and send time.',
		name: 'personalizedNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Mobile Number',
		name: 'mobile',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 13800138000',
		description: 'The recipient of this item, usually mapped from an input field',
	},
	templateLocator,
	variablesField,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			scheduleOption,
			{
				displayName: 'Batch Size',
				name: 'batchSize',
				type: 'number',
				default: 1000,
				typeOptions: { minValue: 1, maxValue: 10000 },
				description: 'Most recipients per task',
			},
			{
				displayName: 'Check Template Before Sending',
				name: 'checkTemplate',
				type: 'boolean',
				default: true,
				description: 'Whether to check first that the template is approved and that the variables match it',
			},
			{
				displayName: 'Signature (签名)',
				name: 'sign',
				type: 'string',
				default: '',
				placeholder: 'e.g. ACME',
				description: 'A signature for this recipient instead of the template’s own (3–8 characters, without 【】)',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendPersonalized'] } },
	properties,
);

interface Row {
	itemIndex: number;
	templateId: string;
	time?: string;
	phone: string;
	variables: string[];
	sign?: string;
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const items = this.getInputData();
	const templates = new TemplateBook(this);
	const rows: Row[] = [];
	const output = new Map<number, INodeExecutionData>();
	let batchSize = 1000;

	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			if (itemIndex === 0) batchSize = Number(options.batchSize ?? 1000);
			const mobiles = getMobiles.call(this, itemIndex, 'mobile', 'Mobile Number');
			if (mobiles.length > 1) {
				throw inputError(this.getNode(), itemIndex, 'Mobile Number', 'more than one number given', 'Give one number per item; use Message → Send Bulk to send the same text to a list.');
			}
			const sign = String(options.sign ?? '').trim();
			if (sign && (/[【】\-.+#]/.test(sign) || [...sign].length < 3 || [...sign].length > 8)) {
				throw inputError(this.getNode(), itemIndex, 'Signature (签名)', `"${sign}" is not a valid signature`, 'Use 3–8 characters without 【】 or symbols such as - . + #.');
			}
			const templateId = getTemplateId.call(this, itemIndex);
			const variables = getVariables.call(this, itemIndex);
			if (options.checkTemplate !== false) await templates.check(templateId, variables, itemIndex);
			rows.push({ itemIndex, templateId, time: getSendAt.call(this, itemIndex, options.sendAt), phone: mobiles[0], variables, sign: sign || undefined });
		} catch (error) {
			if (!this.continueOnFail()) throw asNodeError(this.getNode(), error, itemIndex);
			output.set(itemIndex, errorItem(error as Error, itemIndex));
		}
	}

	const groups = new Map<string, Row[]>();
	for (const row of rows) {
		const key = `${row.templateId}|${row.time ?? ''}`;
		groups.set(key, [...(groups.get(key) ?? []), row]);
	}
	for (const group of groups.values()) {
		for (const batch of chunk(group, batchSize)) {
			const first = batch[0];
			const body: IDataObject = {
				template_id: Number(first.templateId),
				mobile: batch.map((row) => ({ phone: row.phone, variables: row.variables, ...(row.sign ? { sign: row.sign } : {}) })),
			};
			if (first.time) body.time = first.time;
			try {
				const answer = await upyunRequest.call(this, { method: 'POST', path: '/api/messages/async', body }, first.itemIndex);
				for (const row of batch) {
					output.set(row.itemIndex, {
						json: { mobile: row.phone, taskId: answer.id === undefined ? null : String(answer.id), templateId: row.templateId, variables: row.variables, scheduledAt: row.time ?? null, message: answer.message ?? 'OK' },
						pairedItem: { item: row.itemIndex },
					});
				}
			} catch (error) {
				if (!this.continueOnFail()) throw asNodeError(this.getNode(), error, first.itemIndex);
				for (const row of batch) output.set(row.itemIndex, errorItem(error as Error, row.itemIndex));
			}
		}
	}
	return [...output.keys()].sort((a, b) => a - b).map((itemIndex) => output.get(itemIndex)!);
}
