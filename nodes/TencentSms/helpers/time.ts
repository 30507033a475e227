import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';

const BEIJING_OFFSET = 8 * 3600 * 1000;

/**
 * A date-time parameter as a moment in ms. n8n gives an ISO text (the zone of the workflow when it has none)
 * or a Luxon DateTime from an expression; empty → `fallback` (undefined: required).
 */
export function readMoment(context: IExecuteFunctions, itemIndex: number, parameter: string, displayName: string, fallback?: number): number {
	const raw = context.getNodeParameter(parameter, itemIndex, '') as unknown;
	if ((raw === '' || raw === undefined || raw === null) && fallback !== undefined) return fallback;
	const text = raw !== null && typeof raw === 'object' && 'toISO' in raw ? String((raw as { toISO: () => string }).toISO()) : typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
	const ms = /^\d{10}$/.test(text) ? Number(text) * 1000 : Date.parse(text);
	if (!Number.isFinite(ms)) {
		throw inputError(context.getNode(), itemIndex, displayName, text ? `"${text}" is not a date and time` : 'no date and time given', 'Pick a date and time, or give an ISO text such as 2026-05-01T13:00:00+08:00.');
	}
	return ms;
}

export const unixSeconds = (ms: number): number => Math.floor(ms / 1000);

/**
 * `yyyymmddhh` of the statistics actions (https://cloud.tencent.com/document/api/382/52077). Tencent does not
 * say the zone; Beijing time is assumed, as for everything else in the console (shared/api/tencent.md §2.8).
 */
export function beijingHour(ms: number): string {
	return new Date(ms + BEIJING_OFFSET).toISOString().slice(0, 13).replace(/[-T]/g, '');
}
