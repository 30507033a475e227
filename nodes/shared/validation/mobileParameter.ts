import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../errors/inputError';
import { MOBILE_LIST_HINT, parseMobiles, type MobileRules } from './mobile';

/** A node parameter holding a list of mobile numbers, checked: at least one, all valid (else an input error naming it). */
export function getMobileParameter(
	context: IExecuteFunctions,
	itemIndex: number,
	rules: MobileRules,
	parameter = 'mobiles',
	displayName = 'Mobile Numbers',
): string[] {
	const { mobiles, invalid } = parseMobiles(context.getNodeParameter(parameter, itemIndex, ''), rules);
	if (invalid) {
		throw inputError(context.getNode(), itemIndex, displayName, invalid, `Enter 11-digit mainland China mobile numbers such as 13800138000, ${MOBILE_LIST_HINT}.`);
	}
	if (mobiles.length === 0) {
		throw inputError(context.getNode(), itemIndex, displayName, 'no mobile number given', 'Enter at least one mobile number, or map a field that holds one.');
	}
	return mobiles;
}
