import { createHash, createHmac } from 'crypto';

/**
 * Aliyun's request signature V3 (ACS3-HMAC-SHA256), as documented in "V3 request structure and
 * signature": https://www.alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature
 * Pure functions: the credential's authenticate step supplies the clock and the nonce.
 */
export const ALGORITHM = 'ACS3-HMAC-SHA256';

/** SHA-256 of an empty body, the payload hash of a request without one. */
export const EMPTY_BODY_HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/**
 * Aliyun's percent-encoding (RFC 3986 on UTF-8): everything but A-Z a-z 0-9 - _ . ~ becomes %XY in
 * upper case, a space is %20 (never +). encodeURIComponent leaves ! ' ( ) * as they are, so they are patched.
 */
export function popEncode(value: string): string {
	return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Parameters sorted by name (byte order), each `name=value` POP-encoded, joined by `&`; no parameters: ''. */
export function canonicalQuery(params: Record<string, string>): string {
	return Object.keys(params)
		.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
		.map((name) => `${popEncode(name)}=${popEncode(params[name])}`)
		.join('&');
}

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

export interface V3Input {
	method: string;
	/** Query parameters as decoded values (they are POP-encoded here). */
	query: Record<string, string>;
	/** Headers to send; every `x-acs-*`, `host` and `content-type` among them is signed. Must hold `x-acs-content-sha256`. */
	headers: Record<string, string>;
	accessKeyId: string;
	accessKeySecret: string;
}

export interface V3Signature {
	canonicalRequest: string;
	stringToSign: string;
	signedHeaders: string;
	signature: string;
	authorization: string;
}

/** Signs one RPC request (canonical URI `/`): canonical request → string to sign → HMAC-SHA256 with the plain secret. */
export function signV3(input: V3Input): V3Signature {
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(input.headers)) headers[name.toLowerCase()] = String(value).trim();
	const names = Object.keys(headers)
		.filter((name) => name === 'host' || name === 'content-type' || name.startsWith('x-acs-'))
		.sort();
	const signedHeaders = names.join(';');
	const canonicalRequest = [
		input.method.toUpperCase(),
		'/',
		canonicalQuery(input.query),
		names.map((name) => `${name}:${headers[name]}\n`).join(''),
		signedHeaders,
		headers['x-acs-content-sha256'] ?? EMPTY_BODY_HASH,
	].join('\n');
	const stringToSign = `${ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
	const signature = createHmac('sha256', input.accessKeySecret).update(stringToSign).digest('hex');
	return {
		canonicalRequest,
		stringToSign,
		signedHeaders,
		signature,
		authorization: `${ALGORITHM} Credential=${input.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`,
	};
}
