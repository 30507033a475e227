import type { ICredentialDataDecryptedObject, INodePropertyOptions } from 'n8n-workflow';

/**
 * Aliyun SMS endpoints ("Endpoints", https://www.alibabacloud.com/help/en/sms/developer-reference/api-dysmsapi-2017-05-25-endpoint):
 * every Chinese-mainland region is served by dysmsapi.aliyuncs.com; the international API (2018-05-01)
 * by the Singapore host unless another overseas endpoint is chosen.
 */
export const MAINLAND_HOST = 'dysmsapi.aliyuncs.com';
export const INTERNATIONAL_HOST = 'dysmsapi.ap-southeast-1.aliyuncs.com';

export const endpointOptions: INodePropertyOptions[] = [
	{ name: 'Chinese Mainland', value: MAINLAND_HOST, description: 'Host dysmsapi.aliyuncs.com, for every mainland region' },
	{ name: 'Frankfurt', value: 'dysmsapi.eu-central-1.aliyuncs.com', description: 'Host dysmsapi.eu-central-1.aliyuncs.com' },
	{ name: 'Jakarta', value: 'dysmsapi.ap-southeast-5.aliyuncs.com', description: 'Host dysmsapi.ap-southeast-5.aliyuncs.com' },
	{ name: 'Singapore', value: INTERNATIONAL_HOST, description: 'Host dysmsapi.ap-southeast-1.aliyuncs.com' },
	{ name: 'Virginia', value: 'dysmsapi.us-east-1.aliyuncs.com', description: 'Host dysmsapi.us-east-1.aliyuncs.com' },
];

/** Which API a request goes to: the Chinese-mainland one (2017-05-25) or the international one (2018-05-01). */
export type AliyunApi = 'mainland' | 'international';

/** The credential's Base URL when set (a proxy or test server serves both APIs), else the endpoint's host. */
export function baseUrlOf(credentials: ICredentialDataDecryptedObject, api: AliyunApi = 'mainland'): string {
	const override = typeof credentials.baseUrl === 'string' ? credentials.baseUrl.trim() : '';
	if (override !== '') return override;
	const endpoint = typeof credentials.endpoint === 'string' && credentials.endpoint.trim() !== '' ? credentials.endpoint.trim() : MAINLAND_HOST;
	const host = api === 'international' && endpoint === MAINLAND_HOST ? INTERNATIONAL_HOST : endpoint;
	return `https://${host}`;
}
