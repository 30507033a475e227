import { crypto } from '../../support/node';
import type { RecordedRequest } from '../kit/types';
import { fail, type TencentFailure } from './errors';

/** One API key the sandbox knows. */
export interface SandboxKey {
	secretId: string;
	secretKey: string;
	/** Temporary credentials: the X-TC-Token that must come with them. */
	token?: string;
	/** The account the key belongs to (apps are owned by accounts). */
	account: string;
}

const AUTHORIZATION = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([a-z0-9-]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;

const header = (request: RecordedRequest, name: string): string | undefined => {
	const value = request.headers[name];
	return Array.isArray(value) ? value.join(',') : value;
};

const sha256 = (data: string | Buffer): string => crypto.createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => crypto.createHmac('sha256', key).update(data, 'utf8').digest();

/** TC3-HMAC-SHA256 of one request, written here independently of the node's signer (https://cloud.tencent.com/document/api/382/52072). */
export function tc3Signature(o: { secretKey: string; date: string; service: string; timestamp: string; canonicalRequest: string }): string {
	const stringToSign = ['TC3-HMAC-SHA256', o.timestamp, `${o.date}/${o.service}/tc3_request`, sha256(o.canonicalRequest)].join('\n');
	const signing = hmac(hmac(hmac(`TC3${o.secretKey}`, o.date), o.service), 'tc3_request');
	return crypto.createHmac('sha256', signing).update(stringToSign, 'utf8').digest('hex');
}

export interface VerifyOptions {
	keys: Map<string, SandboxKey>;
	/** The sandbox clock, in ms. */
	now: number;
	/** Seconds a timestamp may be off (Tencent: 300). */
	window: number;
	/** Accept a signature over the Host without its port (the official Node SDK signs URL.hostname but sends URL.host). */
	allowPortlessHost: boolean;
}

/**
 * Verifies a request as Tencent does (shared/api/tencent.md §8.2): the Authorization layout, the
 * timestamp window, the SecretId, the token, the scope (UTC date of the timestamp, service sms), the
 * signed headers (content-type and host at least, as received), and the signature over the raw body bytes.
 */
export function verifyTc3(request: RecordedRequest, options: VerifyOptions): SandboxKey | TencentFailure {
	const match = AUTHORIZATION.exec(header(request, 'authorization') ?? '');
	if (!match) return fail('AuthFailure.InvalidAuthorization');
	const [, secretId, date, service, signedHeaders, signature] = match;
	const timestamp = header(request, 'x-tc-timestamp') ?? '';
	if (!/^\d+$/.test(timestamp) || Math.abs(options.now / 1000 - Number(timestamp)) > options.window) return fail('AuthFailure.SignatureExpire');
	if (!secretId.startsWith('AKID')) return fail('AuthFailure.InvalidSecretId');
	const key = options.keys.get(secretId);
	if (!key) return fail('AuthFailure.SecretIdNotFound');
	if (key.token !== undefined && header(request, 'x-tc-token') !== key.token) return fail('AuthFailure.TokenFailure');
	const utcDate = new Date(Number(timestamp) * 1000).toISOString().slice(0, 10);
	if (date !== utcDate || service !== 'sms') return fail('AuthFailure.SignatureFailure');
	const names = signedHeaders.split(';');
	if (!names.includes('content-type') || !names.includes('host') || names.some((name) => header(request, name) === undefined)) {
		return fail('AuthFailure.SignatureFailure');
	}
	const canonical = (host: string): string => {
		const lines = names.map((name) => `${name}:${(name === 'host' ? host : (header(request, name) ?? '')).trim().toLowerCase()}\n`).join('');
		const query = request.method === 'GET' ? new URLSearchParams(request.query).toString() : '';
		const payload = request.method === 'GET' ? '' : request.rawBody;
		return [request.method, '/', query, lines, signedHeaders, sha256(Buffer.from(payload, 'utf8'))].join('\n');
	};
	const host = header(request, 'host') ?? '';
	const candidates = [host];
	if (options.allowPortlessHost && host.includes(':')) candidates.push(host.replace(/:\d+$/, ''));
	const given = Buffer.from(signature, 'hex');
	for (const candidate of candidates) {
		const expected = Buffer.from(tc3Signature({ secretKey: key.secretKey, date, service, timestamp, canonicalRequest: canonical(candidate) }), 'hex');
		if (expected.length === given.length && crypto.timingSafeEqual(expected, given)) return key;
	}
	return fail('AuthFailure.SignatureFailure');
}
