import axios from 'axios';
import type { IAuthenticateRuleResponseSuccessBody } from 'n8n-workflow';

import { LiupaiApi } from '../../credentials/LiupaiApi.credentials';
import { runCredentialTest } from '../harness/credentialTest';
import { useLiupai } from './setup';

const { sandbox, appkey, wrongAppkey } = useLiupai();
const credential = new LiupaiApi();

/** n8n's credential tester: the test request with the credential's qs, then "fail when get(body, key) === value", in order. */
async function credentialTest(appSecret: string): Promise<{ status: 'OK' | 'Error'; message: string }> {
	const { request, rules = [] } = credential.test;
	expect(credential.authenticate.properties.qs).toEqual({ appkey: '={{$credentials.appSecret}}' });
	expect(request.baseURL).toBe('={{$credentials.baseUrl}}');
	const response = await axios.request({ method: request.method, baseURL: sandbox.baseUrl, url: request.url, params: { appkey: appSecret }, validateStatus: () => true });
	for (const rule of rules as IAuthenticateRuleResponseSuccessBody[]) {
		const found = rule.properties.key.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), response.data);
		if (found === rule.properties.value) return { status: 'Error', message: rule.properties.message };
	}
	return { status: 'OK', message: 'Connection successful!' };
}

describe('Liupai API credential', () => {
	test('defaults to Liupai’s host, masks the secret and sends it as the appkey query parameter', () => {
		const fields = Object.fromEntries(credential.properties.map((p) => [p.name, p]));
		expect(credential.name).toBe('liupaiApi');
		expect(fields.baseUrl.default).toBe('http://open.liupai.net');
		expect(fields.appSecret.typeOptions?.password).toBe(true);
		expect(credential.test.request).toMatchObject({ url: '/sms/balance', method: 'GET' });
	});

	test('passes with the right appkey', async () => {
		expect(await credentialTest(appkey)).toEqual({ status: 'OK', message: 'Connection successful!' });
	});

	test('fails clearly on a wrong appkey, although Liupai answers HTTP 200', async () => {
		const result = await credentialTest(wrongAppkey);
		expect(result).toEqual({ status: 'Error', message: expect.stringContaining('status 101') });
	});

	test('fails on an expired appkey and on any answer without a balance', async () => {
		sandbox.appkeyExpired = true;
		expect((await credentialTest(appkey)).message).toContain('expired');
		sandbox.appkeyExpired = false;
		sandbox.failNext({ kind: 'status', status: 999, msg: '未知' });
		expect((await credentialTest(appkey)).message).toContain('did not return the account balance');
		sandbox.failNext({ kind: 'html' });
		expect((await credentialTest(appkey)).status).toBe('Error');
	});

	test('through n8n’s own tester (RoutingNode and the rules): OK with the right appkey, status 101 explained with a wrong one', async () => {
		expect(await runCredentialTest('liupaiApi', { appSecret: appkey, baseUrl: sandbox.baseUrl })).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(await runCredentialTest('liupaiApi', { appSecret: wrongAppkey, baseUrl: sandbox.baseUrl })).toEqual({
			status: 'Error',
			message: 'Liupai refused the App Secret (status 101: empty or unknown appkey). Copy it again from your Liupai account.',
		});
	});
});
