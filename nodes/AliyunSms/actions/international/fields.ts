import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors/inputError';
import { textOf } from '../../../shared/validation/text';
import { getOptionalText } from '../../helpers/fields';

/** Fields of SendMessageToGlobe / BatchSendMessageToGlobe (Dysmsapi 2018-05-01, https://www.alibabacloud.com/help/en/sms/developer-reference/api-dysmsapi-2018-05-01-sendmessagetoglobe). */
export const messageField: INodeProperties = {
	displayName: 'Message',
	name: 'message',
	type: 'string',
	typeOptions: { rows: 3 },
	default: '',
	required: true,
	placeholder: 'e.g. Your code is 1234',
	description: 'The full text; no template is needed outside the Chinese mainland',
};

export const globeOptions: INodeProperties[] = [
	{ displayName: 'Sender ID', name: 'from', type: 'string', default: '', placeholder: 'e.g. ACME', description: 'Up to 11 letters and digits, or up to 15 digits, where the country allows a sender ID' },
	{
		displayName: 'Message Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Notification', value: 'NOTIFY' },
			{ name: 'Marketing', value: 'MKT' },
		],
		default: 'NOTIFY',
	},
	{ displayName: 'Task ID', name: 'taskId', type: 'string', default: '', description: 'Your own reference (1–255 characters), echoed in delivery reports' },
	{ displayName: 'Validity Period (Seconds)', name: 'validityPeriod', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'How long the carrier keeps trying; 0: the carrier’s default' },
];

export function readGlobeOptions(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const query: IDataObject = {};
	const from = getOptionalText(context, itemIndex, 'options.from', 'Sender ID', { pattern: /^(?:[A-Za-z0-9]{1,11}|\d{1,15})$/, problem: 'is not a sender ID', fix: 'Use up to 11 letters and digits, or up to 15 digits.' });
	if (from) query.From = from;
	const type = context.getNodeParameter('options.type', itemIndex, 'NOTIFY');
	if (type !== 'NOTIFY' && type !== 'MKT') throw inputError(context.getNode(), itemIndex, 'Message Type', `${String(type)} is not an option`, 'Pick Notification or Marketing.');
	query.Type = type;
	const taskId = getOptionalText(context, itemIndex, 'options.taskId', 'Task ID', { pattern: /^.{1,255}$/s, problem: 'is longer than 255 characters', fix: 'Shorten it.' });
	if (taskId) query.TaskId = taskId;
	const validity = Number(context.getNodeParameter('options.validityPeriod', itemIndex, 0));
	if (!Number.isInteger(validity) || validity < 0) throw inputError(context.getNode(), itemIndex, 'Validity Period (Seconds)', `${String(validity)} is not a whole number of seconds`, 'Enter 0 or more seconds.');
	if (validity > 0) query.ValidityPeriod = validity;
	return query;
}

export function readMessage(context: IExecuteFunctions, itemIndex: number): string {
	const message = textOf(context.getNode(), itemIndex, 'Message', context.getNodeParameter('message', itemIndex, ''));
	if (message.trim() === '') throw inputError(context.getNode(), itemIndex, 'Message', 'is empty', 'Enter the text to send.');
	return message;
}

/** The international API wants country code and number without `+`, and no mainland numbers (isv.COUNTRY_RESTRICTED). */
export function internationalNumber(context: IExecuteFunctions, itemIndex: number, mobile: string): string {
	if (/^1[3-9]\d{9}$/.test(mobile) || mobile.startsWith('86')) {
		throw inputError(context.getNode(), itemIndex, 'Mobile Numbers', `${mobile} is a mainland China number`, 'The international API does not send to the mainland: use SMS → Send with a template.');
	}
	return mobile;
}
