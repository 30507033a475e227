import { JPushSmsApi } from '../../credentials/JPushSmsApi.credentials';
import { runCredentialTest } from '../harness/credentialTest';
import { appAuth, CREDENTIAL_TYPE, useJPush } from './setup';

const { sandbox, credentials, received } = useJPush();
const credential = new JPushSmsApi();

/** The credential's Test button, as n8n 2.41 runs it (RoutingNode, authenticate block, rules). */
const credentialTest = async (overrides: Record<string, string> = {}) => await runCredentialTest(CREDENTIAL_TYPE, credentials(overrides)[CREDENTIAL_TYPE]);

describe('JPush SMS credential', () => {
	test('keeps both secrets passwords and tests with the app balance, reading the answer whatever its status', () => {
		const fields = Object.fromEntries(credential.properties.map((p) => [p.name, p]));
		expect(fields.masterSecret.typeOptions?.password).toBe(true);
		expect(fields.devSecret.typeOptions?.password).toBe(true);
		expect(fields.baseUrl.default).toBe('https://api.sms.jpush.cn');
		expect(credential.test.request).toMatchObject({ url: '/v1/accounts/app', method: 'GET', ignoreHttpStatusErrors: true });
	});

	test('passes with the right pair, sent as HTTP Basic', async () => {
		expect(await credentialTest()).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(received().map((r) => [r.method, r.path, r.headers.authorization])).toEqual([['GET', '/v1/accounts/app', appAuth]]);
	});

	test('a wrong Master Secret fails with JPush’s 50002, its meaning and the fix (not just "Unauthorized")', async () => {
		expect(await credentialTest({ masterSecret: 'not-the-master-secret' })).toEqual({
			status: 'Error',
			message:
				'JPush SMS error 50002: Authentication failed (auth failed). Copy AppKey and Master Secret of the same app again from the JPush console (App Management → Settings & Keys).',
		});
		expect((await credentialTest({ appKey: 'not-the-app-key' })).message).toMatch(/^JPush SMS error 50002: /);
	});

	test('an app without quota says the pair is right; other codes and answers without a balance are explained', async () => {
		sandbox.appQuotaAssigned = false;
		expect((await credentialTest()).message).toBe(
			'JPush SMS error 50033: No quota is assigned to this app (app quota not assigned). AppKey and Master Secret are right, but the app has no SMS quota yet: assign quota to the app in the JPush console.',
		);
		sandbox.appQuotaAssigned = true;
		sandbox.failNext(50035);
		expect((await credentialTest()).message).toMatch(/^JPush SMS error 50035: Request from an IP address that is not allowed/);
		sandbox.failNext(50099, { status: 500 });
		expect((await credentialTest()).message).toMatch(/^JPush SMS did not answer with the app balance.*Base URL/);
		expect((await credentialTest({ baseUrl: `${sandbox.server.baseUrl}/nowhere` })).message).toBe(
			'JPush SMS error 50016: The API does not exist (api not found). Check the Base URL in the credential: it should be https://api.sms.jpush.cn.',
		);
	});
});
