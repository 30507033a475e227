import type { IN8nHttpFullResponse } from 'n8n-workflow';

import type { ProviderFailure, SmsProvider } from '../../shared/provider';
import { upyunErrors } from './errors';

function detectFailure(response: IN8nHttpFullResponse): ProviderFailure | undefined {
	const body = response.body as { error_code?: unknown; message?: unknown; code?: unknown } | undefined;
	const providerMessage = typeof body?.message === 'string' ? body.message : undefined;
	if (body && typeof body === 'object' && typeof body.error_code === 'string' && body.error_code) {
		return { code: body.error_code, providerMessage };
	}
	if (response.statusCode >= 400) {
		return { code: `HTTP_${response.statusCode}`, providerMessage: typeof response.body === 'string' ? response.body.slice(0, 200) : providerMessage };
	}
	// The newer send/async answers carry `code`; anything but 0 is a refusal even with HTTP 200.
	if (body && typeof body === 'object' && body.code !== undefined && Number(body.code) !== 0) {
		return { code: String(body.code), providerMessage };
	}
	return undefined;
}

/** UPYUN's API host, the credential's default Base URL (https://help.upyun.com/knowledge-base/sms-api/). */
export const UPYUN_BASE_URL = 'https://sms-api.upyun.com';

export const upyunProvider: SmsProvider = {
	displayName: 'UPYUN SMS',
	credentialType: 'upyunSmsApi',
	secretFields: ['token'],
	baseUrlField: 'baseUrl',
	errors: upyunErrors,
	detectFailure,
};
