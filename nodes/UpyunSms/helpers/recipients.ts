import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { parseMobiles } from '../../shared/validation/mobile';

/** UPYUN's examples and checks use 11-digit mainland numbers; international format is not documented. */
export const UPYUN_MOBILE_RULES = { allowInternational: false, stripChinaPrefix: true };

export function getMobiles(this: IExecuteFunctions, itemIndex: number, parameter = 'mobiles', displayName = 'Mobile Numbers'): string[] {
	const { mobiles, invalid } = parseMobiles(this.getNodeParameter(parameter, itemIndex, ''), UPYUN_MOBILE_RULES);
	if (invalid) {
		throw inputError(this.getNode(), itemIndex, displayName, invalid, 'Enter 11-digit mainland China mobile numbers such as 13800138000, separated by commas.');
	}
	if (mobiles.length === 0) {
		throw inputError(this.getNode(), itemIndex, displayName, 'no mobile number given', 'Enter at least one mobile number, or map a field that holds one.');
	}
	return mobiles;
}
