import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { jpushErrors } from '../nodes/JPushSms/transport/errors';
import { credentialTestRules } from '../nodes/shared/errors/credentialTestRules';

export class JPushSmsApi implements ICredentialType {
	name = 'jPushSmsApi';

	displayName = 'JPush SMS API';

	icon: Icon = { light: 'file:../icons/jpushSms.svg', dark: 'file:../icons/jpushSms.dark.svg' };

	documentationUrl = 'https://docs.jiguang.cn/jsms/server/rest_api_summary';

	properties: INodeProperties[] = [
		{
			displayName: 'AppKey',
			name: 'appKey',
			type: 'string',
			required: true,
			default: '',
			description:
				'The AppKey of the app, from the JPush console (JPush Workbench → App Management → Settings & Keys). Sent as the user name of HTTP Basic authentication.',
		},
		{
			displayName: 'Master Secret',
			name: 'masterSecret',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'The Master Secret of the same app. Sent as the password of HTTP Basic authentication.',
		},
		{
			displayName: 'Developer Key (DevKey)',
			name: 'devKey',
			type: 'string',
			default: '',
			description:
				'Optional. Used only by Account → Get Developer Balance (the balance not assigned to any app), from the console’s personal information page. Leave empty to try the app pair instead.',
		},
		{
			displayName: 'Developer Secret (API DevSecret)',
			name: 'devSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Optional. The secret that goes with the Developer Key; used only by Account → Get Developer Balance.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.sms.jpush.cn',
			description: 'Leave as is for JPush. Change it only to go through a proxy or to a test server.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			auth: {
				username: '={{$credentials.appKey}}',
				password: '={{$credentials.masterSecret}}',
			},
		},
	};

	// JPush answers a wrong pair with HTTP 401 and {"error":{"code":50002,"message":"auth failed"}}. n8n's tester
	// reports a thrown 401 only as "Unauthorized", so the answer is read whatever its status and the rules name the code.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/v1/accounts/app',
			method: 'GET',
			ignoreHttpStatusErrors: true,
		},
		rules: credentialTestRules({
			displayName: 'JPush SMS',
			errors: jpushErrors,
			codeKey: 'error.code',
			codes: [50001, 50002, 50008, 50016, 50019, 50033, 50035, 50036],
			fixes: {
				50002: 'Copy AppKey and Master Secret of the same app again from the JPush console (App Management → Settings & Keys).',
				50033: 'AppKey and Master Secret are right, but the app has no SMS quota yet: assign quota to the app in the JPush console.',
			},
			successKey: 'app_balance',
			missingMessage:
				'JPush SMS did not answer with the app balance, so the Base URL does not lead to the JPush SMS API. Leave it as https://api.sms.jpush.cn, or check your proxy.',
		}),
	};
}
