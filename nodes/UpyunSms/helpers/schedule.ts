import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { toBeijingParts } from '../../shared/validation/beijingTime';

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
	if (value === undefined || value === null || String(value).trim() === '') return undefined;
	const parts = toBeijingParts(String(value));
	if (!parts) {
		throw inputError(this.getNode(), itemIndex, 'Send At', `"${String(value)}" is not a date and time`, 'Pick a date and time, or use an expression such as {{ $now.plus(1, "hour") }}.');
	}
	return `${parts.date} ${parts.time}`;
}
