import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { upyunErrors } from '../nodes/UpyunSms/transport/errors';
import { credentialTestRules } from '../nodes/shared/errors/credentialTestRules';

export class UpyunSmsApi implements ICredentialType {
	name = 'upyunSmsApi';

	displayName = 'UPYUN SMS API';

	icon: Icon = { light: 'file:../icons/upyunSms.svg', dark: 'file:../icons/upyunSms.dark.svg' };

	documentationUrl = 'https://help.upyun.com/knowledge-base/sms-api/';

	properties: INodeProperties[] = [
		{
			displayName: 'API Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'The token from the UPYUN SMS console (SMS Service → Settings). It is sent as-is in the Authorization header.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://sms-api.upyun.com',
			description:
				'Leave as is for UPYUN. Change it only to go through a proxy or to a test server.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '={{$credentials.token}}',
			},
		},
	};

	// UPYUN answers a wrong token with HTTP 401 and {"error_code":"INVALID_CREDENTIALS"}. n8n's tester reports a
	// thrown 401 only as "Unauthorized", so the answer is read whatever its status and the rules name the code.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/api/users/remain',
			method: 'GET',
			ignoreHttpStatusErrors: true,
		},
		rules: credentialTestRules({
			displayName: 'UPYUN SMS',
			errors: upyunErrors,
			codeKey: 'error_code',
			codes: ['INVALID_CREDENTIALS', 'USER_NOT_FOUND', 'NOT_FOUND'],
			successKey: 'industry',
			missingMessage:
				'UPYUN SMS did not answer with the account balance, so the Base URL does not lead to the UPYUN SMS API. Leave it as https://sms-api.upyun.com, or check your proxy.',
		}),
	};
}
