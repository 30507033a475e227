import { crypto } from '../../support/node';
import type { RecordedRequest } from '../kit/types';

/**
 * Aliyun's API gateway checks, done the way the service documents them (aliyun.md §1.5, §1.6, §1.8, §8):
 * signature V3 (ACS3-HMAC-SHA256, header Authorization) and the classic V1 (HMAC-SHA1, parameter
 * Signature), timestamps within 15 minutes, nonces not reused for 31 minutes. Written separately from
 * the node's signer, so a mistake there is not repeated here.
 */
export interface GatewayError {
	httpStatus: number;
	code: string;
	message: string;
}

export interface GatewayPass {
	version: 'v1' | 'v3';
	accessKeyId: string;
	action: string;
	apiVersion: string;
	/** Query and form body merged (the body wins), decoded. */
	params: Record<string, string>;
}

export interface KeyStore {
	secretOf(accessKeyId: string): string | undefined;
	isDisabled(accessKeyId: string): boolean;
	/** Records the nonce; false when it was seen for this key within the window. */
	useNonce(accessKeyId: string, nonce: string): boolean;
	now(): Date;
}

export const TIME_WINDOW_MS = 15 * 60_000;
export const NONCE_WINDOW_MS = 31 * 60_000;
const EMPTY_HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export const pop = (value: string): string => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function canonicalize(params: Record<string, string>): string {
	return Object.keys(params)
		.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
		.map((key) => `${pop(key)}=${pop(params[key])}`)
		.join('&');
}

/** V1 (HMAC-SHA1): `METHOD&%2F&POP(canonical query)` signed with `secret + "&"`, Base64. */
export function v1StringToSign(method: string, params: Record<string, string>): string {
	const withoutSignature = { ...params };
	delete withoutSignature.Signature;
	return `${method.toUpperCase()}&${pop('/')}&${pop(canonicalize(withoutSignature))}`;
}

export function v1Signature(method: string, params: Record<string, string>, secret: string): string {
	return crypto.createHmac('sha1', `${secret}&`).update(v1StringToSign(method, params)).digest('base64');
}

/** V3: the canonical request from what was received (headers as given, the raw body's hash). */
export function v3CanonicalRequest(method: string, query: Record<string, string>, headers: Record<string, string>, signedHeaders: string[], payloadHash: string): string {
	return [method.toUpperCase(), '/', canonicalize(query), signedHeaders.map((name) => `${name}:${(headers[name] ?? '').trim()}\n`).join(''), signedHeaders.join(';'), payloadHash].join('\n');
}

export function v3Signature(canonicalRequest: string, secret: string): { stringToSign: string; signature: string } {
	const stringToSign = `ACS3-HMAC-SHA256\n${crypto.createHash('sha256').update(canonicalRequest, 'utf8').digest('hex')}`;
	return { stringToSign, signature: crypto.createHmac('sha256', secret).update(stringToSign).digest('hex') };
}

const fail = (httpStatus: number, code: string, message: string): GatewayError => ({ httpStatus, code, message });
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function checkTime(value: string, keys: KeyStore): GatewayError | undefined {
	if (!TIMESTAMP.test(value) || Number.isNaN(Date.parse(value))) return fail(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.');
	if (Math.abs(Date.parse(value) - keys.now().getTime()) > TIME_WINDOW_MS) return fail(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
	return undefined;
}

function checkKey(accessKeyId: string, keys: KeyStore): { secret: string } | GatewayError {
	const secret = keys.secretOf(accessKeyId);
	if (secret === undefined) return fail(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
	if (keys.isDisabled(accessKeyId)) return fail(400, 'InvalidAccessKeyId.Inactive', 'Specified access key is disabled.');
	return { secret };
}

const isError = (value: unknown): value is GatewayError => typeof value === 'object' && value !== null && 'httpStatus' in value;

function formOf(request: RecordedRequest): Record<string, string> {
	const isForm = request.contentType.toLowerCase().includes('application/x-www-form-urlencoded');
	return isForm && request.body && typeof request.body === 'object' ? (request.body as Record<string, string>) : {};
}

function lowerHeaders(request: RecordedRequest): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(request.headers)) {
		if (value === undefined) continue;
		headers[name.toLowerCase()] = Array.isArray(value) ? [...value].sort().join(',') : value;
	}
	return headers;
}

function verifyV3(request: RecordedRequest, authorization: string, keys: KeyStore): GatewayPass | GatewayError {
	const match = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(authorization);
	if (!match) return fail(400, 'IncompleteSignature', 'The request signature does not conform to Aliyun standards.');
	const [, accessKeyId, signedList, given] = match;
	const signed = signedList.split(';');
	const headers = lowerHeaders(request);
	const required = ['host', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256'];
	for (const name of required) {
		if (headers[name] === undefined) return fail(400, `Missing${name.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase())}`, `${name} is mandatory for this action.`);
	}
	const mustSign = Object.keys(headers).filter((name) => name.startsWith('x-acs-') || name === 'host' || (name === 'content-type' && request.rawBody !== ''));
	const unsigned = mustSign.filter((name) => !signed.includes(name));
	if (unsigned.length > 0 || [...signed].sort().join(';') !== signedList || signedList !== signedList.toLowerCase()) {
		return fail(400, 'IncompleteSignature', `SignedHeaders must list, sorted and in lower case, every x-acs-*, host and content-type header (not signed: ${unsigned.join(', ') || 'none'}).`);
	}
	const time = checkTime(headers['x-acs-date'], keys);
	if (time) return time;
	const key = checkKey(accessKeyId, keys);
	if (isError(key)) return key;
	const payloadHash = crypto.createHash('sha256').update(request.rawBody, 'utf8').digest('hex');
	if (headers['x-acs-content-sha256'] !== payloadHash) {
		return fail(400, 'SignatureDoesNotMatch', `Specified signature is not matched with our calculation. The x-acs-content-sha256 header is not the SHA-256 of the body (${request.rawBody === '' ? EMPTY_HASH : payloadHash}).`);
	}
	const canonical = v3CanonicalRequest(request.method, request.query, headers, signed, payloadHash);
	const expected = v3Signature(canonical, key.secret);
	if (expected.signature !== given) {
		return fail(400, 'SignatureDoesNotMatch', `Specified signature is not matched with our calculation. server string to sign is:${expected.stringToSign}`);
	}
	if (!keys.useNonce(accessKeyId, headers['x-acs-signature-nonce'])) return fail(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
	return { version: 'v3', accessKeyId, action: headers['x-acs-action'], apiVersion: headers['x-acs-version'], params: { ...request.query, ...formOf(request) } };
}

const V1_REQUIRED = ['Action', 'Version', 'AccessKeyId', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp', 'Signature'];

function verifyV1(request: RecordedRequest, keys: KeyStore): GatewayPass | GatewayError {
	const params = { ...request.query, ...formOf(request) };
	for (const name of V1_REQUIRED) if (!params[name]) return fail(400, `Missing${name}`, `${name} is mandatory for this action.`);
	if (params.SignatureMethod !== 'HMAC-SHA1') return fail(400, 'InvalidSignatureMethod', 'Specified signature method is not valid.');
	if (params.SignatureVersion !== '1.0') return fail(400, 'UnsupportedSignatureVersion', 'Specified signature version is not supported.');
	const time = checkTime(params.Timestamp, keys);
	if (time) return time;
	const key = checkKey(params.AccessKeyId, keys);
	if (isError(key)) return key;
	if (v1Signature(request.method, params, key.secret) !== params.Signature) {
		return fail(400, 'SignatureDoesNotMatch', `Specified signature is not matched with our calculation. server string to sign is:${v1StringToSign(request.method, params)}`);
	}
	if (!keys.useNonce(params.AccessKeyId, params.SignatureNonce)) return fail(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
	const business = { ...params };
	for (const name of [...V1_REQUIRED, 'Format', 'RegionId']) if (name !== 'Action' && name !== 'Version') delete business[name];
	delete business.Action;
	delete business.Version;
	return { version: 'v1', accessKeyId: params.AccessKeyId, action: params.Action, apiVersion: params.Version, params: business };
}

/** Authenticates one request: V3 by its Authorization header, V1 by its Signature parameter, else MissingSignature. */
export function verifyRequest(request: RecordedRequest, keys: KeyStore): GatewayPass | GatewayError {
	const authorization = request.headers.authorization;
	if (typeof authorization === 'string' && authorization.startsWith('ACS3-')) return verifyV3(request, authorization, keys);
	if (typeof authorization === 'string' && authorization !== '') return fail(400, 'IncompleteSignature', 'Only ACS3-HMAC-SHA256 is supported in the Authorization header.');
	const params = { ...request.query, ...formOf(request) };
	if (params.Signature !== undefined) return verifyV1(request, keys);
	return fail(400, 'MissingSignature', 'Signature is mandatory for this action.');
}

export const isGatewayError = isError;
