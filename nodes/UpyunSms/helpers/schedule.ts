import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { dateText, toBeijingParts } from '../../shared/validation/beijingTime';
import { describeValue } from '../../shared/validation/text';

export const scheduleOption: INodeProperties = {
	displayName: 'Send At',
	name: 'sendAt',
	type: 'dateTime',
	default: '',
	description:
		'Schedule the send for this time instead of now. Sent to UPYUN as Beijing time (UTC+8); a value without a time zone is taken as Beijing time.',
};

/** The `time` field UPYUN wants (`yyyy-MM-dd HH:mm:ss`, Beijing time), or undefined to send now. */
export function getSendAt(this: IExecuteFunctions, itemIndex: number, value: unknown): string | undefined {
	const text = dateText(value);
	if (value === undefined || value === null || text?.trim() === '') return undefined;
	const parts = text === undefined ? undefined : toBeijingParts(text);
	if (!parts) {
		throw inputError(this.getNode(), itemIndex, 'Send At', `${describeValue(text ?? value)} is not a date and time`, 'Pick a date and time, or use an expression such as {{ $now.plus(1, "hour") }}.');
	}
	return `${parts.date} ${parts.time}`;
}
