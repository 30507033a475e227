import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

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
				'The token from the UPYUN SMS console (短信服务 → 设置). It is sent as-is in the Authorization header.',
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

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/api/users/remain',
			method: 'GET',
		},
	};
}
