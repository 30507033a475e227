import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors/inputError';
import { textOf } from '../../shared/validation/text';
import { checkUrl } from './fields';
import { withRequestOptions } from './operation';
import { outputObject } from './outputNames';

/** Yunpian's industry values (sent as is) with English labels. */
const INDUSTRIES: Array<[label: string, value: string]> = [
	['Games', '游戏'], ['Mobile Apps', '移动应用'], ['Video', '视频'], ['IT, Telecom and Electronic Services', 'IT/通信/电子服务'],
	['E-Commerce', '电子商务'], ['Finance', '金融'], ['Websites', '网站'], ['Business Services', '商业服务'],
	['Real Estate and Construction', '房地产/建筑'], ['Retail, Rental and Trade', '零售/租赁/贸易'],
	['Production, Processing and Manufacturing', '生产/加工/制造'], ['Transport and Logistics', '交通/物流'],
	['Culture and Media', '文化传媒'], ['Energy and Electrical', '能源/电气'], ['Government and Enterprises', '政府企业'],
	['Agriculture', '农业'], ['Internet of Things', '物联网'], ['Other', '其它'],
];

export const signatureTextField: INodeProperties = {
	displayName: 'Signature Text',
	name: 'signText',
	type: 'string',
	default: '',
	placeholder: 'e.g. ACME',
	description: 'The signature without 【】, 2–20 characters; Yunpian adds the brackets. "云片网" is reserved.',
};

export const signatureOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: withRequestOptions('write', [
		{ displayName: 'Apply for Dedicated Channel', name: 'applyVip', type: 'boolean', default: false, description: 'Whether to apply for a dedicated (VIP) channel; ignored for international-only signatures' },
		{
			displayName: 'Industry',
			name: 'industryType',
			type: 'options',
			default: '其它',
			options: INDUSTRIES.map(([name, value]) => ({ name, value })),
			description: 'The industry of the business behind the signature',
		},
		{ displayName: 'International Only', name: 'isOnlyGlobal', type: 'boolean', default: false, description: 'Whether the signature is used only for international SMS' },
		{ displayName: 'Licence Image URL', name: 'licenseUrl', type: 'string', default: '', placeholder: 'e.g. https://example.com/licence.jpg', description: 'Address of an image of the business licence' },
		{ displayName: 'Notify by SMS', name: 'notify', type: 'boolean', default: true, description: 'Whether Yunpian texts the review result to the account mobile' },
	]),
};

/** Rules of `sign/add` (https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief): no 【】, not 云片网, 2–20 characters. */
export function checkSignatureText(this: IExecuteFunctions, itemIndex: number, value: unknown, displayName: string): string {
	const sign = textOf(this.getNode(), itemIndex, displayName, value).trim();
	const fail = (problem: string) => inputError(this.getNode(), itemIndex, displayName, problem, 'Use 2–20 characters without 【】, e.g. ACME; "云片网" is reserved.');
	if (!sign) throw fail('no signature given');
	if (/[【】[\]]/.test(sign)) throw fail(`"${sign}" contains brackets`);
	if (sign === '云片网') throw fail('"云片网" is Yunpian’s own signature');
	const length = [...sign].length;
	if (length < 2 || length > 20) throw fail(`"${sign}" has ${length} characters`);
	return sign;
}

/** The options as `sign/add` / `sign/update` fields. */
export function signatureOptionFields(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const fields: IDataObject = {};
	if (options.notify !== undefined) fields.notify = options.notify === true;
	if (options.applyVip !== undefined) fields.apply_vip = options.applyVip === true;
	if (options.isOnlyGlobal !== undefined) fields.is_only_global = options.isOnlyGlobal === true;
	if (options.industryType) fields.industry_type = String(options.industryType);
	if (options.licenseUrl) fields.license_url = checkUrl.call(this, itemIndex, textOf(this.getNode(), itemIndex, 'Licence Image URL', options.licenseUrl).trim(), 'Licence Image URL');
	return fields;
}

/**
 * A signature as the node outputs it. Yunpian's signatures have no ID (its `id` is "暂未开放"): the text
 * names one, as `signature`; its review state is `status` (with `approved`), then Yunpian's other
 * fields in camelCase (`applyState`, `isApplyVip`, `isOnlyGlobal`, `industryType`…).
 */
export function signatureJson(sign: IDataObject): IDataObject {
	const { signature, status, ...rest } = outputObject(sign, { sign: 'signature', check_status: 'status' });
	return { signature, status: status ?? null, approved: status === 'SUCCESS', ...rest };
}

/** `sign/add` and `sign/update` answer `{ code, msg, sign: {…} }`: the signature object is the result. */
export function signatureResult(answer: IDataObject): IDataObject {
	const sign = answer.sign;
	return signatureJson(sign !== null && typeof sign === 'object' && !Array.isArray(sign) ? (sign as IDataObject) : answer);
}
