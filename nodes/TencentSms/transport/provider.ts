import type { IN8nHttpFullResponse } from 'n8n-workflow';

import type { ProviderFailure, SmsProvider } from '../../shared/provider';
import { tencentErrors } from './errors';

interface Envelope {
	Response?: { Error?: { Code?: unknown; Message?: unknown } };
}

/**
 * Tencent answers HTTP 200 to every request it processed, failures included, as
 * `{"Response":{"Error":{"Code","Message"},"RequestId"}}` (https://cloud.tencent.com/document/api/382/52075);
 * any other status is a gateway's.
 */
function detectFailure(response: IN8nHttpFullResponse): ProviderFailure | undefined {
	const body = response.body as Envelope | undefined;
	const error = body && typeof body === 'object' ? body.Response?.Error : undefined;
	if (error && typeof error === 'object') {
		const code = typeof error.Code === 'string' && error.Code ? error.Code : 'UNKNOWN_ERROR';
		return { code, providerMessage: typeof error.Message === 'string' ? error.Message : undefined };
	}
	if (response.statusCode >= 400) return { code: `HTTP_${response.statusCode}` };
	return undefined;
}

export const tencentProvider: SmsProvider = {
	displayName: 'Tencent Cloud SMS',
	credentialType: 'tencentCloudApi',
	secretFields: ['secretKey', 'sessionToken', 'secretId'],
	baseUrlField: 'baseUrl',
	errors: tencentErrors,
	detectFailure,
};
