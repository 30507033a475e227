import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { CHINA_PREFIX_HINT, MOBILE_LIST_HINT, parseMobiles, type MobileRules } from '../../shared/validation/mobile';

/**
 * JPush's examples are 11-digit mainland numbers without +86; international numbers are not described
 * (https://docs.jiguang.cn/jsms/server/rest_api_summary), so they are passed on in E.164 form (+ and country code) for text messages, and
 * refused for voice codes.
 */
export const TEXT_MOBILE_RULES: MobileRules = { allowInternational: true, stripChinaPrefix: true };
export const VOICE_MOBILE_RULES: MobileRules = { allowInternational: false, stripChinaPrefix: true };

export function mobileField(international: boolean): INodeProperties {
	return {
		displayName: 'Mobile Number',
		name: 'mobile',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 13800138000',
		description: international
			? 'One mobile number: 11 digits for mainland China (a +86 prefix is removed), or + and the country code for other countries'
			: 'One 11-digit mainland China mobile number (a +86 prefix is removed)',
	};
}

export const mobilesField: INodeProperties = {
	displayName: 'Mobile Numbers',
	name: 'mobiles',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 13800138000, 13900139000',
	description: `The recipients of this item, usually one mapped from an input field; several may be given, ${MOBILE_LIST_HINT}, and get the same variables. ${CHINA_PREFIX_HINT}; repeats are sent once.`,
};

export function getMobileList(this: IExecuteFunctions, itemIndex: number, parameter: string, displayName: string, rules: MobileRules): string[] {
	const { mobiles, invalid } = parseMobiles(this.getNodeParameter(parameter, itemIndex, ''), rules);
	const fix = rules.allowInternational
		? 'Enter 11-digit mainland numbers such as 13800138000, or + and the country code for other countries.'
		: 'Enter an 11-digit mainland China number such as 13800138000.';
	if (invalid) throw inputError(this.getNode(), itemIndex, displayName, invalid, fix);
	if (mobiles.length === 0) throw inputError(this.getNode(), itemIndex, displayName, 'no mobile number given', 'Enter a mobile number, or map a field that holds one.');
	return mobiles;
}

export function getMobile(this: IExecuteFunctions, itemIndex: number, rules: MobileRules = TEXT_MOBILE_RULES): string {
	const mobiles = getMobileList.call(this, itemIndex, 'mobile', 'Mobile Number', rules);
	if (mobiles.length > 1) {
		throw inputError(this.getNode(), itemIndex, 'Mobile Number', `${mobiles.length} numbers given; this operation sends to one`, 'Give one number per item, or use a batch operation to send to many.');
	}
	return mobiles[0];
}
