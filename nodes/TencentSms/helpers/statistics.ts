import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { readAppId } from './appId';
import { beijingHour, readMoment } from './time';

export const rangeFields: INodeProperties[] = [
	{ displayName: 'From', name: 'beginTime', type: 'dateTime', default: '', required: true, description: 'Start of the range, by the hour (Beijing time)' },
	{ displayName: 'To', name: 'endTime', type: 'dateTime', default: '', description: 'End of the range, by the hour (Beijing time); empty means the current hour' },
];

/** BeginTime/EndTime as `yyyymmddhh`, checked in order; with the app. */
export async function rangeBody(context: IExecuteFunctions, itemIndex: number, maxDays?: number): Promise<IDataObject> {
	const begin = readMoment(context, itemIndex, 'beginTime', 'From');
	const end = readMoment(context, itemIndex, 'endTime', 'To', Date.now());
	if (end < begin) throw inputError(context.getNode(), itemIndex, 'To', 'is before From', 'Set To after From.');
	if (maxDays !== undefined && end - begin > maxDays * 86400 * 1000) {
		throw inputError(context.getNode(), itemIndex, 'To', `is more than ${maxDays} days after From`, `Tencent gives these statistics for at most ${maxDays} days at a time: split the range.`);
	}
	return { BeginTime: beijingHour(begin), EndTime: beijingHour(end), SmsSdkAppId: await readAppId(context, itemIndex) };
}
