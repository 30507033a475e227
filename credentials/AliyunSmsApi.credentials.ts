import type {
	ICredentialDataDecryptedObject,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { signRequest } from '../nodes/AliyunSms/transport/authenticate';
import { endpointOptions, MAINLAND_HOST } from '../nodes/AliyunSms/transport/endpoint';
import { aliyunErrors } from '../nodes/AliyunSms/transport/errors';
import { credentialTestRules } from '../nodes/shared/errors/credentialTestRules';

export class AliyunSmsApi implements ICredentialType {
	name = 'aliyunSmsApi';

	displayName = 'Aliyun SMS API';

	icon: Icon = { light: 'file:../icons/aliyunSms.svg', dark: 'file:../icons/aliyunSms.dark.svg' };

	documentationUrl = 'https://www.alibabacloud.com/help/en/sms/developer-reference/api-dysmsapi-2017-05-25-overview';

	properties: INodeProperties[] = [
		{
			displayName: 'AccessKey ID',
			name: 'accessKeyId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. LTAI5tExample',
			description: 'The AccessKey ID of an Aliyun account or RAM user (RAM console → AccessKey). A RAM user needs the policy AliyunDysmsFullAccess.',
		},
		{
			displayName: 'AccessKey Secret',
			name: 'accessKeySecret',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'The secret of that AccessKey. It signs every request (signature V3, ACS3-HMAC-SHA256) and is never sent.',
		},
		{
			displayName: 'Endpoint',
			name: 'endpoint',
			type: 'options',
			options: endpointOptions,
			default: MAINLAND_HOST,
			description:
				'Where the API is. Every Chinese-mainland region (cn-hangzhou, cn-shanghai…) uses dysmsapi.aliyuncs.com; the international operations then go to Singapore.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. http://127.0.0.1:8795',
			description: 'Leave empty to use the endpoint above. Set it only to go through a proxy or to a test server; it then serves both the mainland and the international operations.',
		},
	];

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return signRequest(credentials, requestOptions);
	}

	// QuerySmsSignList with one entry: read-only, free, available to every account with the SMS product
	// (aliyun.md §6.2). A wrong key is answered with HTTP 4xx, so the answer is read whatever its status.
	test: ICredentialTestRequest = {
		request: {
			baseURL: `={{$credentials.baseUrl ? $credentials.baseUrl : "https://" + ($credentials.endpoint || "${MAINLAND_HOST}")}}`,
			url: '/',
			method: 'POST',
			qs: { PageIndex: 1, PageSize: 1 },
			headers: { 'x-acs-action': 'QuerySmsSignList', 'x-acs-version': '2017-05-25' },
			ignoreHttpStatusErrors: true,
		},
		rules: credentialTestRules({
			displayName: 'Aliyun SMS',
			errors: aliyunErrors,
			codeKey: 'Code',
			codes: [
				'InvalidAccessKeyId.NotFound',
				'InvalidAccessKeyId.Inactive',
				'SignatureDoesNotMatch',
				'InvalidTimeStamp.Expired',
				'SignatureNonceUsed',
				'Forbidden.RAM',
				'isp.RAM_PERMISSION_DENY',
				'isv.PRODUCT_UN_SUBSCRIPT',
				'isv.OUT_OF_SERVICE',
				'InvalidAction.NotFound',
			],
			fixes: { 'isp.RAM_PERMISSION_DENY': 'The key is valid: grant its RAM user the policy AliyunDysmsFullAccess (or at least dysms:QuerySmsSignList) in the RAM console.' },
			successKey: 'SmsSignList',
			missingMessage:
				'Aliyun SMS did not answer with the signature list, so the Base URL does not lead to the Aliyun SMS API. Clear Base URL to use the endpoint, or check your proxy.',
		}),
	};
}
