import type { IN8nHttpFullResponse } from 'n8n-workflow';

import type { ProviderFailure, SmsProvider } from '../../shared/provider';
import { aliyunErrors } from './errors';

interface Envelope {
	Code?: unknown;
	Message?: unknown;
	ResponseCode?: unknown;
	ResponseDescription?: unknown;
}

/**
 * Aliyun answers gateway errors with HTTP 4xx and business errors with HTTP 200, both as
 * `{ Code, Message, RequestId }`; only `Code: "OK"` is a success. The international API (2018-05-01)
 * says the same with `ResponseCode` / `ResponseDescription`.
 */
function detectFailure(response: IN8nHttpFullResponse): ProviderFailure | undefined {
	const body = response.body as Envelope | undefined;
	if (body && typeof body === 'object' && !Array.isArray(body)) {
		const code = body.Code ?? body.ResponseCode;
		const message = body.Message ?? body.ResponseDescription;
		const providerMessage = typeof message === 'string' ? message : undefined;
		if ((typeof code === 'string' || typeof code === 'number') && String(code) !== 'OK') return { code: String(code), providerMessage };
	}
	if (response.statusCode >= 400) {
		return { code: `HTTP_${response.statusCode}`, providerMessage: typeof response.body === 'string' ? response.body.slice(0, 200) : undefined };
	}
	return undefined;
}

export const aliyunProvider: SmsProvider = {
	displayName: 'Aliyun SMS',
	credentialType: 'aliyunSmsApi',
	secretFields: ['accessKeySecret', 'accessKeyId'],
	baseUrlField: 'baseUrl',
	errors: aliyunErrors,
	detectFailure,
};
