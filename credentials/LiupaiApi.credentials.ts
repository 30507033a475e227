import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class LiupaiApi implements ICredentialType {
	name = 'liupaiApi';

	displayName = 'Liupai API';

	icon: Icon = { light: 'file:../icons/liupai.svg', dark: 'file:../icons/liupai.dark.svg' };

	documentationUrl = 'https://m.6api.net/api/sms/';

	properties: INodeProperties[] = [
		{
			displayName: 'App Secret (appkey)',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'The secret of your Liupai (6api.net) account: what Liupai’s examples write as appkey=yourappsecret. It is sent as the appkey parameter of every request and never shown in output, errors or logs.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'http://open.liupai.net',
			description:
				'Leave as is for Liupai. Liupai documents plain HTTP, so the key crosses the network unencrypted; use https://open.liupai.net if it works for your account, or a proxy or test server.',
		},
	];

	// Liupai's SMS page (https://m.6api.net/api/sms/) sends the key in the URL (…/sms/send?appkey=…); the node redacts it from every error.
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			qs: {
				appkey: '={{$credentials.appSecret}}',
			},
		},
	};

	// Liupai answers HTTP 200 to a bad key, with status ≠ 200 in the body: the rules catch that.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/sms/balance',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'status',
					value: 101,
					message: 'Liupai refused the App Secret (status 101: empty or unknown appkey). Copy it again from your Liupai account.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'status',
					value: 102,
					message: 'Liupai says the App Secret has expired (status 102). Renew the service in your Liupai account.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'result.totalnum',
					value: undefined,
					message:
						'Liupai did not return the account balance, so the App Secret or the Base URL is wrong (the answer had no result.totalnum).',
				},
			},
		],
	};
}
