import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { checkMobile, CHINA_PREFIX_HINT, MOBILE_LIST_HINT, parseMobiles } from '../../shared/validation/mobile';

/** Tencent takes numbers in E.164 (https://cloud.tencent.com/document/api/382/55981): mainland numbers get +86. */
export function toE164(mobile: string): string {
	return mobile.startsWith('+') ? mobile : `+86${mobile}`;
}

export const isMainland = (e164: string): boolean => e164.startsWith('+86');

export const PHONE_LIST_DESCRIPTION = `Numbers ${MOBILE_LIST_HINT}. Mainland numbers may be written with or without +86 (${CHINA_PREFIX_HINT.charAt(0).toLowerCase()}${CHINA_PREFIX_HINT.slice(1)}, then +86 is added); other countries as + country code and number (E.164), e.g. +60198765432.`;

/** A list field's numbers in E.164, each once; a bad number is an input error naming it. */
export function readPhoneNumbers(context: IExecuteFunctions, itemIndex: number, parameter: string, displayName: string): string[] {
	const { mobiles, invalid } = parseMobiles(context.getNodeParameter(parameter, itemIndex, ''), { allowInternational: true, stripChinaPrefix: true });
	if (invalid) throw inputError(context.getNode(), itemIndex, displayName, invalid, 'Write each number as 13800138000 or +8613800138000, or + country code and number for other countries.');
	if (mobiles.length === 0) throw inputError(context.getNode(), itemIndex, displayName, 'no number given', 'Enter at least one phone number, or an expression such as {{ $json.phone }}.');
	return mobiles.map(toE164);
}

/** One number in E.164. */
export function readPhoneNumber(context: IExecuteFunctions, itemIndex: number, parameter: string, displayName: string): string {
	const raw = context.getNodeParameter(parameter, itemIndex, '') as unknown;
	const check = checkMobile(typeof raw === 'string' ? raw.trim() : raw, { allowInternational: true, stripChinaPrefix: true });
	if (!check.ok) {
		const problem = raw === '' || raw === undefined || raw === null ? 'no number given' : check.reason;
		throw inputError(context.getNode(), itemIndex, displayName, problem, 'Write the number as 13800138000 or +8613800138000, or + country code and number for other countries.');
	}
	return toE164(check.mobile);
}
