import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class YunpianApi implements ICredentialType {
	name = 'yunpianApi';

	displayName = 'Yunpian API';

	icon: Icon = { light: 'file:../icons/yunpian.svg', dark: 'file:../icons/yunpian.dark.svg' };

	documentationUrl = 'https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'The 32-character APIKEY from the Yunpian console (账户设置 → 子帐号管理). It is sent as the apikey form field of every request.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://{type}.yunpian.com',
			placeholder: 'e.g. https://{type}.yunpian.com',
			description:
				'{type} is replaced by the product host: sms (account, signatures, templates, SMS, short links), voice, vsms (video SMS) or flow (data top-up). For the overseas server use https://us.yunpian.com. Change it only for a proxy or a test server; without {type} every product goes to the same address.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			body: {
				apikey: '={{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace("{type}", "sms").replace(/\\/+$/, "")}}',
			url: '/v2/user/get.json',
			method: 'POST',
			headers: {
				Accept: 'application/json;charset=utf-8',
				'Content-Type': 'application/x-www-form-urlencoded',
			},
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 400,
					message:
						'Yunpian refused the request: the API key is wrong (code -1), or the IP address of this n8n server is not in the Yunpian IP whitelist (code -3). Copy the key again from the console, and add the server IP under 账户设置 → IP白名单.',
				},
			},
		],
	};
}
