import { createHash, createHmac } from 'crypto';

/**
 * TC3-HMAC-SHA256, Tencent Cloud API 3.0's request signature, as documented on
 * https://cloud.tencent.com/document/api/382/52072 (签名方法 v3). Pure: the caller gives the clock and
 * the exact body bytes it will send, so the official examples can be reproduced in tests.
 */
export const TC3_ALGORITHM = 'TC3-HMAC-SHA256';

export interface Tc3Request {
	secretId: string;
	secretKey: string;
	/** The TC3 service: the host's first label (`sms` for sms.tencentcloudapi.com). */
	service: string;
	/** The `Host` header as sent (with a port when one is sent). */
	host: string;
	/** `POST` (the default) or `GET`. */
	method?: string;
	/** Query string for GET, already encoded; empty for POST. */
	canonicalQuery?: string;
	/** `X-TC-Timestamp`, in UNIX seconds. */
	timestamp: number;
	/** The exact body that is sent: the hash covers these bytes (a re-serialized object would not match). */
	payload: string | Buffer;
	contentType: string;
	/**
	 * Headers signed besides `content-type` and `host`, by lower-case name (the official example also
	 * signs `x-tc-action`). Tencent's own SDKs sign only `content-type;host`.
	 */
	extraHeaders?: Record<string, string>;
}

export interface Tc3Signature {
	authorization: string;
	signature: string;
	/** UTC date of the timestamp, `YYYY-MM-DD`: the scope date (Beijing time would be wrong before 08:00). */
	date: string;
	credentialScope: string;
	signedHeaders: string;
	hashedPayload: string;
	canonicalRequest: string;
	hashedCanonicalRequest: string;
	stringToSign: string;
	/** Hex of the derived keys, for checks against published values. */
	secretDate: string;
	secretService: string;
	secretSigning: string;
}

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

const hmac = (key: string | Buffer, message: string): Buffer => createHmac('sha256', key).update(message, 'utf8').digest();

/** The UTC calendar date of a UNIX time in seconds. */
export function utcDate(timestamp: number): string {
	return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

/** Lower-cased, trimmed `name:value` lines, sorted by name, as the canonical request wants them. */
function canonicalHeaders(headers: Record<string, string>): { lines: string; names: string } {
	const entries = Object.entries(headers)
		.map(([name, value]) => [name.trim().toLowerCase(), String(value).trim().toLowerCase()] as const)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return {
		lines: entries.map(([name, value]) => `${name}:${value}\n`).join(''),
		names: entries.map(([name]) => name).join(';'),
	};
}

export function tc3Sign(request: Tc3Request): Tc3Signature {
	const method = (request.method ?? 'POST').toUpperCase();
	const date = utcDate(request.timestamp);
	const headers = canonicalHeaders({ ...(request.extraHeaders ?? {}), 'content-type': request.contentType, host: request.host });
	const hashedPayload = sha256Hex(typeof request.payload === 'string' ? Buffer.from(request.payload, 'utf8') : request.payload);
	const canonicalRequest = [method, '/', request.canonicalQuery ?? '', headers.lines, headers.names, hashedPayload].join('\n');
	const hashedCanonicalRequest = sha256Hex(canonicalRequest);
	const credentialScope = `${date}/${request.service}/tc3_request`;
	const stringToSign = [TC3_ALGORITHM, String(request.timestamp), credentialScope, hashedCanonicalRequest].join('\n');
	const secretDate = hmac(`TC3${request.secretKey}`, date);
	const secretService = hmac(secretDate, request.service);
	const secretSigning = hmac(secretService, 'tc3_request');
	const signature = createHmac('sha256', secretSigning).update(stringToSign, 'utf8').digest('hex');
	return {
		authorization: `${TC3_ALGORITHM} Credential=${request.secretId}/${credentialScope}, SignedHeaders=${headers.names}, Signature=${signature}`,
		signature,
		date,
		credentialScope,
		signedHeaders: headers.names,
		hashedPayload,
		canonicalRequest,
		hashedCanonicalRequest,
		stringToSign,
		secretDate: secretDate.toString('hex'),
		secretService: secretService.toString('hex'),
		secretSigning: secretSigning.toString('hex'),
	};
}
