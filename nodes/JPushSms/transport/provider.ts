import type { IN8nHttpFullResponse } from 'n8n-workflow';

import type { ProviderFailure, SmsProvider } from '../../shared/provider';
import { jpushErrors } from './errors';

interface ErrorEnvelope {
	error?: { code?: unknown; message?: unknown };
}

/**
 * JPush answers failures as `{ "error": { "code", "message" } }`, usually with a 4xx/5xx status, but
 * `valid` may carry one with HTTP 200 (`is_valid: false`): any `error` object is a failure.
 */
function detectFailure(response: IN8nHttpFullResponse): ProviderFailure | undefined {
	const body = response.body as ErrorEnvelope | string | undefined;
	if (body && typeof body === 'object' && !Array.isArray(body) && body.error && typeof body.error === 'object') {
		const { code, message } = body.error;
		return {
			code: code === undefined || code === null ? `HTTP_${response.statusCode}` : String(code),
			providerMessage: typeof message === 'string' ? message : undefined,
		};
	}
	if (response.statusCode >= 400) {
		return { code: `HTTP_${response.statusCode}`, providerMessage: typeof body === 'string' ? body.slice(0, 200) : undefined };
	}
	return undefined;
}

export const jpushProvider: SmsProvider = {
	displayName: 'JPush SMS',
	credentialType: 'jPushSmsApi',
	// The keys too: they are half of each Basic pair, and a gateway page that quotes one should not show it.
	secretFields: ['masterSecret', 'devSecret', 'appKey', 'devKey'],
	baseUrlField: 'baseUrl',
	errors: jpushErrors,
	detectFailure,
};
