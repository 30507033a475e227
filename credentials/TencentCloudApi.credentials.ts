import type {
	ICredentialDataDecryptedObject,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { credentialTestRules } from '../nodes/shared/errors/credentialTestRules';
import { signTencentRequest } from '../nodes/TencentSms/transport/authenticate';
import { tencentErrors } from '../nodes/TencentSms/transport/errors';

export class TencentCloudApi implements ICredentialType {
	name = 'tencentCloudApi';

	displayName = 'Tencent Cloud API';

	icon: Icon = { light: 'file:../icons/tencentSms.svg', dark: 'file:../icons/tencentSms.dark.svg' };

	documentationUrl = 'https://cloud.tencent.com/document/api/382/52072';

	properties: INodeProperties[] = [
		{
			displayName: 'SecretId',
			name: 'secretId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
			description: 'The SecretId of an API key, from the Tencent Cloud API key console (https://console.cloud.tencent.com/cam/capi)',
		},
		{
			displayName: 'SecretKey',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'The SecretKey of the same API key. It signs each request (TC3-HMAC-SHA256) and is never sent.',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'string',
			default: 'ap-guangzhou',
			placeholder: 'e.g. ap-guangzhou',
			description:
				'Sent as X-TC-Region, which the SMS API requires: ap-guangzhou, ap-beijing or ap-nanjing. It does not choose the SMS account; the SDK AppID does.',
		},
		{
			displayName: 'SDK AppID (SmsSdkAppId)',
			name: 'smsSdkAppId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1400006666',
			description: 'The SMS app to send with, from the SMS console (App Management → App List). Needed by every operation except Phone Number → Get Info and the signature and template operations.',
		},
		{
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Only for temporary credentials (STS): sent as X-TC-Token. Leave empty for a permanent API key.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://sms.tencentcloudapi.com',
			description:
				'Leave as is for Tencent Cloud (China). Tencent Cloud International accounts use https://sms.intl.tencentcloudapi.com; a regional host such as https://sms.ap-guangzhou.tencentcloudapi.com, a proxy or a test server also work.',
		},
	];

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return signTencentRequest(credentials, requestOptions);
	}

	// DescribePhoneNumberInfo needs only the key pair (no app, no enterprise verification, no main account),
	// sends nothing and reads nothing of the account. Tencent answers HTTP 200 even to a wrong key, so the
	// rules read Response.Error.Code (https://cloud.tencent.com/document/api/382/52075).
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/',
			method: 'POST',
			headers: { 'X-TC-Action': 'DescribePhoneNumberInfo' },
			body: { PhoneNumberSet: ['+8613800000000'] },
			ignoreHttpStatusErrors: true,
		},
		rules: credentialTestRules({
			displayName: 'Tencent Cloud SMS',
			errors: tencentErrors,
			codeKey: 'Response.Error.Code',
			codes: [
				'AuthFailure.SignatureFailure',
				'AuthFailure.SecretIdNotFound',
				'AuthFailure.InvalidSecretId',
				'AuthFailure.SignatureExpire',
				'AuthFailure.TokenFailure',
				'AuthFailure.UnauthorizedOperation',
				'AuthFailure.InvalidAuthorization',
				'AuthFailure.MFAFailure',
				'UnsupportedRegion',
				'MissingParameter',
				'InvalidAction',
				'NoSuchProduct',
				'IpNotInWhitelist',
				'RequestLimitExceeded',
			],
			successKey: 'Response.PhoneNumberInfoSet',
			missingMessage:
				'Tencent Cloud SMS did not answer with phone number information, so the Base URL does not lead to the SMS API. Leave it as https://sms.tencentcloudapi.com, or check your proxy.',
		}),
	};
}
