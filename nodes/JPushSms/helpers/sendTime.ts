import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { dateText, toBeijingParts } from '../../shared/validation/beijingTime';
import { describeValue } from '../../shared/validation/text';

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

export const sendTimeField: INodeProperties = {
	displayName: 'Send Time',
	name: 'sendTime',
	type: 'dateTime',
	required: true,
	default: '',
	description:
		'When JPush sends the message. Sent as Beijing time (UTC+8), yyyy-MM-dd HH:mm:ss; a value without a time zone is taken as Beijing time. Must be in the future.',
};

/** `send_time` as JPush wants it; refuses what JPush would answer 50027 to (no time, or not in the future). */
export function getSendTime(this: IExecuteFunctions, itemIndex: number, now: Date = new Date()): string {
	const value: unknown = this.getNodeParameter('sendTime', itemIndex, '');
	const raw = (dateText(value) ?? '').trim();
	const parts = raw ? toBeijingParts(raw) : undefined;
	if (!parts) {
		const given = dateText(value) === undefined && value !== null && value !== undefined;
		throw inputError(this.getNode(), itemIndex, 'Send Time', given || raw ? `${describeValue(given ? value : raw)} is not a date and time` : 'no time given', 'Pick a date and time, or use an expression such as {{ $now.plus(1, "hour") }}.');
	}
	const [y, mo, d] = parts.date.split('-').map(Number);
	const [h, mi, s] = parts.time.split(':').map(Number);
	const instant = Date.UTC(y, mo - 1, d, h, mi, s) - BEIJING_OFFSET_MS;
	if (instant <= now.getTime()) {
		throw inputError(this.getNode(), itemIndex, 'Send Time', `${parts.date} ${parts.time} (Beijing time) is not in the future`, 'Pick a time after now.');
	}
	return `${parts.date} ${parts.time}`;
}
