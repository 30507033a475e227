import type { IExecuteFunctions } from 'n8n-workflow';

import { getMobileParameter } from '../../shared/validation/mobileParameter';

/** UPYUN's examples and checks use 11-digit mainland numbers; international format is not documented. */
export const UPYUN_MOBILE_RULES = { allowInternational: false, stripChinaPrefix: true };

export function getMobiles(this: IExecuteFunctions, itemIndex: number, parameter = 'mobiles', displayName = 'Mobile Numbers'): string[] {
	return getMobileParameter(this, itemIndex, UPYUN_MOBILE_RULES, parameter, displayName);
}
