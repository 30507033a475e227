import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { constantTimeEqual } from '../../shared/trigger/constantTime';

const SIGN_FIELD = '_sign';

function valueText(value: unknown, nullAs: string): string {
	if (value === null || value === undefined) return nullAs;
	if (typeof value === 'object') return JSON.stringify(value);
	return String(value as string | number | boolean);
}

/**
 * `_sign` of an inbound reply (上行推送), as Yunpian documents it on domestic_push_reply: the values of all
 * keys except `_sign`, keys sorted alphabetically, joined with ",", then "," + apikey; MD5 of the UTF-8
 * string as 32 lower-case hex digits.
 */
export function replySignature(reply: IDataObject, apiKey: string, nullAs = ''): string {
	const keys = Object.keys(reply)
		.filter((key) => key !== SIGN_FIELD)
		.sort();
	const text = [...keys.map((key) => valueText(reply[key], nullAs)), apiKey].join(',');
	return createHash('md5').update(text, 'utf8').digest('hex');
}

/**
 * Whether a reply carries the `_sign` Yunpian computes with this API key (constant-time comparison).
 * How a null value enters the string is not documented, so for a reply holding a null both readings
 * ("" and "null") are accepted; either needs the API key.
 */
export function isGenuineReply(reply: IDataObject, apiKey: string): boolean {
	const given = reply[SIGN_FIELD];
	if (typeof given !== 'string' || !/^[0-9a-f]{32}$/i.test(given) || apiKey === '') return false;
	const readings = Object.values(reply).some((value) => value === null) ? ['', 'null'] : [''];
	let genuine = false;
	for (const nullAs of readings) if (constantTimeEqual(given.toLowerCase(), replySignature(reply, apiKey, nullAs))) genuine = true;
	return genuine;
}
