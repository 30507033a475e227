import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { yunpianErrors } from '../nodes/Yunpian/transport/errors';
import { credentialTestRules } from '../nodes/shared/errors/credentialTestRules';

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
				'The 32-character APIKEY from the Yunpian console (Account Settings → Sub-Account Management). It is sent as the apikey form field of every request.',
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

	// Yunpian answers a wrong key (-1) and a server outside the IP whitelist (-3) with HTTP 400 and the code in the
	// body: the answer is read whatever its status, so the message says which of the two it is.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace("{type}", "sms").replace(/\\/+$/, "")}}',
			url: '/v2/user/get.json',
			method: 'POST',
			headers: {
				Accept: 'application/json;charset=utf-8',
				'Content-Type': 'application/x-www-form-urlencoded',
			},
			ignoreHttpStatusErrors: true,
		},
		rules: credentialTestRules({
			displayName: 'Yunpian',
			errors: yunpianErrors,
			codeKey: 'code',
			codes: [-1, -3, -2, -4, -5, -7, -50, -51],
			successKey: 'balance',
			missingMessage:
				'Yunpian did not answer with the account (no balance in the answer), so the Base URL does not lead to the Yunpian API. Leave it as https://{type}.yunpian.com (https://us.yunpian.com overseas), or check your proxy.',
		}),
	};
}
