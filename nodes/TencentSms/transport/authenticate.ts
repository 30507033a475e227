import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';

import { tc3Sign } from './signing';

/** The SMS API version every request is written for (https://cloud.tencent.com/document/api/382/52077). */
export const TENCENT_SMS_VERSION = '2021-01-11';

/** The TC3 service of the SMS API: fixed, so a sandbox or proxy address signs the same way. */
export const TENCENT_SMS_SERVICE = 'sms';

export const DEFAULT_REGION = 'ap-guangzhou';

/** The nearest-region host of the SMS API (https://cloud.tencent.com/document/api/382/52077). */
export const TENCENT_BASE_URL = 'https://sms.tencentcloudapi.com';

const CONTENT_TYPE = 'application/json';

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Drops every spelling of a header name, so the value that is signed is the one that is sent. */
function withoutHeader(headers: Record<string, unknown>, name: string): Record<string, unknown> {
	return Object.fromEntries(Object.entries(headers).filter(([key]) => key.toLowerCase() !== name));
}

/**
 * Signs one API request with TC3-HMAC-SHA256 (https://cloud.tencent.com/document/api/382/52072), as the
 * credential's `authenticate` function: the body is serialized once and that exact text is both hashed
 * and sent; the action comes from the request's `X-TC-Action` header; region and version are added here.
 * `now` is injectable for tests.
 */
export function signTencentRequest(
	credentials: ICredentialDataDecryptedObject,
	options: IHttpRequestOptions,
	now: () => number = Date.now,
): IHttpRequestOptions {
	let headers = { ...((options.headers ?? {}) as Record<string, unknown>) };
	const action = Object.entries(headers).find(([key]) => key.toLowerCase() === 'x-tc-action')?.[1];
	const payload = typeof options.body === 'string' ? options.body : JSON.stringify(options.body ?? {});
	const url = new URL(options.url, options.baseURL ?? undefined);
	const timestamp = Math.floor(now() / 1000);
	for (const name of ['content-type', 'authorization', 'x-tc-action', 'x-tc-version', 'x-tc-region', 'x-tc-timestamp', 'x-tc-token', 'x-tc-language']) {
		headers = withoutHeader(headers, name);
	}
	const signature = tc3Sign({
		secretId: text(credentials.secretId),
		secretKey: text(credentials.secretKey),
		service: TENCENT_SMS_SERVICE,
		host: url.host,
		timestamp,
		payload,
		contentType: CONTENT_TYPE,
	});
	const token = text(credentials.sessionToken);
	return {
		...options,
		method: 'POST',
		body: payload,
		headers: {
			...headers,
			'Content-Type': CONTENT_TYPE,
			Authorization: signature.authorization,
			'X-TC-Action': typeof action === 'string' ? action : '',
			'X-TC-Version': TENCENT_SMS_VERSION,
			'X-TC-Region': text(credentials.region) || DEFAULT_REGION,
			'X-TC-Timestamp': String(timestamp),
			// English provider messages where the action honours it; the codes are what the node reads.
			'X-TC-Language': 'en-US',
			...(token ? { 'X-TC-Token': token } : {}),
		},
	};
}
