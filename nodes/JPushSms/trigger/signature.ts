import { createHash } from 'crypto';

import { constantTimeEqual } from '../../shared/trigger/constantTime';

/** Default accepted difference between a callback's `timestamp` and n8n's clock, either way. */
export const DEFAULT_TOLERANCE_MINUTES = 5;
/** Largest tolerance the option allows (a day). */
export const MAX_TOLERANCE_MINUTES = 1440;

/** The signed fields of a JPush callback, as received (text: a 19-digit nonce does not fit a JS number). */
export interface SignedFields {
	nonce: string;
	timestamp: string;
	signature: string;
}

export type AuthCheck = { ok: true; timestampMs: number } | { ok: false; reason: 'bad signature' | 'stale timestamp' };

/**
 * JPush's callback signature (https://docs.jiguang.cn/jsms/server/callback, "signature生成校验规则"):
 * lowercase hex SHA-1 of `appKey={appKey}&appMasterSecret={masterSecret}&nonce={nonce}&timestamp={timestamp}`,
 * raw values in this fixed order. `type` and `data` are not signed.
 */
export function callbackSignature(appKey: string, masterSecret: string, nonce: string, timestamp: string): string {
	return createHash('sha1')
		.update(`appKey=${appKey}&appMasterSecret=${masterSecret}&nonce=${nonce}&timestamp=${timestamp}`, 'utf8')
		.digest('hex');
}

/**
 * Whether a callback is genuine (its signature matches, compared in constant time) and fresh (its
 * millisecond `timestamp` is within `toleranceMinutes` of `nowMs`, either way).
 */
export function checkCallback(
	fields: SignedFields,
	credentials: { appKey: string; masterSecret: string },
	toleranceMinutes: number,
	nowMs: number,
): AuthCheck {
	const expected = callbackSignature(credentials.appKey, credentials.masterSecret, fields.nonce, fields.timestamp);
	if (!constantTimeEqual(fields.signature.toLowerCase(), expected)) return { ok: false, reason: 'bad signature' };
	const timestampMs = Number(fields.timestamp);
	if (!Number.isSafeInteger(timestampMs) || Math.abs(nowMs - timestampMs) > toleranceMinutes * 60_000) {
		return { ok: false, reason: 'stale timestamp' };
	}
	return { ok: true, timestampMs };
}
