import type { IN8nHttpFullResponse } from 'n8n-workflow';

import type { ProviderFailure, SmsProvider } from '../../shared/provider';
import { yunpianErrors } from './errors';

interface YunpianErrorBody {
	http_status_code?: unknown;
	code?: unknown;
	msg?: unknown;
	detail?: unknown;
}

function describe(body: YunpianErrorBody): string | undefined {
	const parts = [body.msg, body.detail].filter((part): part is string => typeof part === 'string' && part !== '');
	return parts.length ? parts.join(': ') : undefined;
}

/**
 * Yunpian answers failures as HTTP 400 with `{ http_status_code, code, msg, detail }`; a few answer
 * HTTP 200 with a non-zero `code`. Both are failures, as is any other non-2xx answer.
 */
function detectFailure(response: IN8nHttpFullResponse): ProviderFailure | undefined {
	const body = response.body as YunpianErrorBody | undefined;
	const isObject = body !== null && typeof body === 'object' && !Array.isArray(body);
	if (isObject && body.code !== undefined && body.code !== null && String(body.code) !== '0') {
		return { code: String(body.code), providerMessage: describe(body) };
	}
	if (response.statusCode < 200 || response.statusCode >= 300) {
		const text = typeof response.body === 'string' ? response.body.slice(0, 200) : undefined;
		return { code: `HTTP_${response.statusCode}`, providerMessage: isObject ? describe(body) : text };
	}
	return undefined;
}

export const yunpianProvider: SmsProvider = {
	displayName: 'Yunpian',
	credentialType: 'yunpianApi',
	secretFields: ['apiKey'],
	baseUrlField: 'baseUrl',
	errors: yunpianErrors,
	detectFailure,
};
