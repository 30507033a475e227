import { randomUUID } from 'crypto';
import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { baseUrlOf } from './endpoint';
import { canonicalQuery, sha256Hex, signV3 } from './signature';

/** `yyyy-MM-ddTHH:mm:ssZ` in UTC, no milliseconds, as `x-acs-date` must be. */
export const acsDate = (now: Date): string => now.toISOString().replace(/\.\d{3}Z$/, 'Z');

function textValues(values: IDataObject | undefined): Record<string, string> {
	const result: Record<string, string> = {};
	for (const [name, value] of Object.entries(values ?? {})) {
		if (value === undefined || value === null) continue;
		result[name] = typeof value === 'object' ? JSON.stringify(value) : String(value as string | number | boolean);
	}
	return result;
}

/** The body as the exact bytes that are sent and hashed: a form object is encoded here, not by the HTTP client. */
function bodyText(body: IHttpRequestOptions['body']): string {
	if (body === undefined || body === null) return '';
	if (typeof body === 'string') return body;
	if (Buffer.isBuffer(body)) return body.toString('utf8');
	return canonicalQuery(textValues(body as IDataObject));
}

/**
 * Signs one request with signature V3 (ACS3-HMAC-SHA256): the query goes into the URL in Aliyun's own
 * encoding and the form body becomes a string, so the bytes on the wire are the bytes signed; a fresh
 * nonce and date for every call (a retry is a new call). The action and version come from the
 * request's `x-acs-action` / `x-acs-version` headers.
 * https://www.alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature
 */
export function signRequest(
	credentials: ICredentialDataDecryptedObject,
	options: IHttpRequestOptions,
	now: Date = new Date(),
	nonce: string = randomUUID(),
): IHttpRequestOptions {
	const base = (options.baseURL ?? baseUrlOf(credentials)).replace(/\/+$/, '');
	const target = new URL(/^https?:\/\//i.test(options.url) ? options.url : `${base}${options.url.startsWith('/') ? '' : '/'}${options.url}`);
	const query: Record<string, string> = { ...Object.fromEntries(target.searchParams), ...textValues(options.qs) };
	const body = bodyText(options.body);
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(options.headers ?? {})) {
		if (value !== undefined && value !== null) headers[name.toLowerCase()] = String(value as string);
	}
	if (body === '') delete headers['content-type'];
	headers.host = target.host;
	headers['x-acs-date'] = acsDate(now);
	headers['x-acs-signature-nonce'] = nonce;
	headers['x-acs-content-sha256'] = sha256Hex(body);
	const signed = signV3({
		method: options.method ?? 'GET',
		query,
		headers,
		accessKeyId: String(credentials.accessKeyId ?? '').trim(),
		accessKeySecret: String(credentials.accessKeySecret ?? '').trim(),
	});
	headers.authorization = signed.authorization;
	const search = canonicalQuery(query);
	const signedOptions: IHttpRequestOptions = {
		...options,
		baseURL: undefined,
		url: `${target.origin}${target.pathname}${search ? `?${search}` : ''}`,
		qs: undefined,
		headers,
		body: body === '' ? undefined : body,
	};
	delete signedOptions.baseURL;
	delete signedOptions.qs;
	return signedOptions;
}
