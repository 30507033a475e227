import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { parseMobiles } from '../../shared/validation/mobile';

export interface MobileOptions {
	/** International numbers (+ and country code) are accepted by the single sends only (https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief). */
	international?: boolean;
	/** The endpoint takes exactly one number. */
	single?: boolean;
	parameter?: string;
	displayName?: string;
}

/** Checked numbers of an item: mainland numbers without +86, international ones in E.164 where allowed. */
export function getMobiles(this: IExecuteFunctions, itemIndex: number, options: MobileOptions = {}): string[] {
	const parameter = options.parameter ?? (options.single ? 'mobile' : 'mobiles');
	const displayName = options.displayName ?? (options.single ? 'Mobile Number' : 'Mobile Numbers');
	const rules = { allowInternational: options.international === true, stripChinaPrefix: true };
	const { mobiles, invalid } = parseMobiles(this.getNodeParameter(parameter, itemIndex, ''), rules);
	const example = options.international ? ', or + and the country code such as +14155550100' : '';
	if (invalid) throw inputError(this.getNode(), itemIndex, displayName, invalid, `Enter 11-digit mainland China numbers such as 13800138000${example}.`);
	if (mobiles.length === 0) throw inputError(this.getNode(), itemIndex, displayName, 'no mobile number given', 'Enter a mobile number, or map a field that holds one.');
	if (options.single && mobiles.length > 1) {
		throw inputError(this.getNode(), itemIndex, displayName, `${mobiles.length} numbers given, this operation sends to one`, 'Give one number per item, or use the batch operation for a list.');
	}
	return mobiles;
}

/** One number, with landlines (area code + number) allowed: voice calls reach both (https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief). */
export function getPhone(this: IExecuteFunctions, itemIndex: number): string {
	const raw = String(this.getNodeParameter('mobile', itemIndex, '') ?? '').trim();
	const compact = raw.replace(/[\s()-]/g, '');
	if (/^0\d{9,11}$/.test(compact)) return compact;
	return getMobiles.call(this, itemIndex, { single: true, parameter: 'mobile', displayName: 'Phone Number' })[0];
}
