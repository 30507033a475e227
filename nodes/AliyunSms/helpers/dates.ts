import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { beijingDay, dateText, toBeijingParts } from '../../shared/validation/beijingTime';
import { describeValue } from '../../shared/validation/text';

/**
 * A day as Aliyun's queries take it: `yyyyMMdd`, Beijing time (aliyun.md §2.3). Empty means today; a
 * value with a zone is converted; `withinDays` refuses days Aliyun no longer keeps (QuerySendDetails: 30).
 */
export function getDay(context: IExecuteFunctions, itemIndex: number, parameter: string, displayName: string, withinDays?: number): string {
	const raw = context.getNodeParameter(parameter, itemIndex, '') as unknown;
	const text = dateText(raw);
	if (text === undefined) throw inputError(context.getNode(), itemIndex, displayName, `${describeValue(raw)} is not a date`, 'Pick a date, or give one such as 2026-05-01.');
	if (text.trim() === '') return beijingDay().replace(/-/g, '');
	const compact = /^\d{8}$/.test(text.trim()) ? `${text.trim().slice(0, 4)}-${text.trim().slice(4, 6)}-${text.trim().slice(6)}` : text;
	const parts = toBeijingParts(compact);
	if (!parts) throw inputError(context.getNode(), itemIndex, displayName, `"${text}" is not a date`, 'Pick a date, or give one such as 2026-05-01 (Beijing time).');
	const day = parts.date.replace(/-/g, '');
	if (withinDays !== undefined) {
		const oldest = beijingDay(withinDays - 1).replace(/-/g, '');
		const today = beijingDay().replace(/-/g, '');
		if (day < oldest || day > today) {
			throw inputError(context.getNode(), itemIndex, displayName, `${parts.date} is not within the last ${withinDays} days (Beijing time)`, `Aliyun keeps delivery details for ${withinDays} days: pick a day from ${oldest} to ${today}.`);
		}
	}
	return day;
}
