import axios from 'axios';
import { Workflow, type INode, type IWorkflowDataProxyAdditionalKeys } from 'n8n-workflow';

import { YunpianApi } from '../../credentials/YunpianApi.credentials';
import { runCredentialTest } from '../harness/credentialTest';
import { PackageNodeTypes } from '../harness/nodeTypes';
import { yunpianWrongApiKey } from '../sandbox/yunpian';
import { productBaseUrl } from '../../nodes/Yunpian/transport';
import { useYunpian } from './setup';

const { sandbox, apiKey, baseUrl } = useYunpian();
const credential = new YunpianApi();

const node: INode = { id: 'n', name: 'n', type: 'n8n-nodes-china-sms.yunpian', typeVersion: 1, position: [0, 0], parameters: {} };
const workflow = new Workflow({ id: 'c', nodes: [node], connections: {}, nodeTypes: new PackageNodeTypes(), active: false, settings: {} });

/** Resolves a credential expression with n8n's expression engine, as the credential test does. */
const resolve = (expression: string, data: Record<string, unknown>) =>
	workflow.expression.getSimpleParameterValue(node, expression, 'internal', { $credentials: data } as unknown as IWorkflowDataProxyAdditionalKeys);

/** Sends the credential's test request the way n8n's test button does: its URL, method, headers, and the authenticate body. */
async function credentialTest(key: string) {
	const request = credential.test.request;
	const data = { apiKey: key, baseUrl: sandbox.baseUrl };
	const body = Object.fromEntries(Object.entries(credential.authenticate.properties.body ?? {}).map(([name, value]) => [name, String(resolve(String(value), data))]));
	return await axios.request({
		method: request.method,
		baseURL: String(resolve(String(request.baseURL), data)),
		url: request.url,
		headers: request.headers as Record<string, string>,
		data: new URLSearchParams(body).toString(),
		validateStatus: () => true,
	});
}

describe('Yunpian API credential', () => {
	test('keeps the key a password and defaults the Base URL to the {type} pattern', () => {
		const fields = Object.fromEntries(credential.properties.map((p) => [p.name, p]));
		expect(fields.apiKey.typeOptions?.password).toBe(true);
		expect(fields.baseUrl.default).toBe('https://{type}.yunpian.com');
		expect(credential.authenticate.properties.body).toEqual({ apikey: '={{$credentials.apiKey}}' });
	});

	test('the test request goes to the sms host (user/get) for the default, overseas and sandbox Base URLs', () => {
		const url = String(credential.test.request.baseURL);
		expect(resolve(url, { baseUrl: 'https://{type}.yunpian.com' })).toBe('https://sms.yunpian.com');
		expect(resolve(url, { baseUrl: 'https://us.yunpian.com/' })).toBe('https://us.yunpian.com');
		expect(resolve(url, { baseUrl: `${baseUrl()}/{type}` })).toBe(`${baseUrl()}/sms`);
		expect(credential.test.request).toMatchObject({ url: '/v2/user/get.json', method: 'POST' });
		expect(productBaseUrl('https://{type}.yunpian.com', 'vsms')).toBe('https://vsms.yunpian.com');
	});

	test('succeeds with the right key; a wrong key or a refused IP answer 400, whose code the test reads', async () => {
		const ok = await credentialTest(apiKey);
		expect(ok.status).toBe(200);
		expect(ok.data).toMatchObject({ nick: 'acme', balance: expect.any(Number) });
		const wrong = await credentialTest(yunpianWrongApiKey);
		expect([wrong.status, wrong.data.code]).toEqual([400, -1]);
		sandbox.ipAllowed = false;
		const ip = await credentialTest(apiKey);
		expect([ip.status, ip.data.code]).toEqual([400, -3]);
		expect(credential.test.request).toMatchObject({ ignoreHttpStatusErrors: true });
	});

	test('through n8n’s own tester (RoutingNode and the rules): OK with the right key; -1 and -3 each named with the fix', async () => {
		const data = (key: string) => ({ apiKey: key, baseUrl: `${baseUrl()}/{type}` });
		expect(await runCredentialTest('yunpianApi', data(apiKey))).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(await runCredentialTest('yunpianApi', data(yunpianWrongApiKey))).toEqual({
			status: 'Error',
			message: 'Yunpian error -1: The API key is not valid. Copy the APIKEY again from the Yunpian console into the credential.',
		});
		sandbox.ipAllowed = false;
		expect(await runCredentialTest('yunpianApi', data(apiKey))).toEqual({
			status: 'Error',
			message:
				'Yunpian error -3: The IP address of this n8n server is not in the whitelist. Add the public IP address of the n8n server to the IP whitelist in the Yunpian console (Account Settings → IP Whitelist).',
		});
		sandbox.ipAllowed = true;
		expect((await runCredentialTest('yunpianApi', { apiKey, baseUrl: `${baseUrl()}/nowhere` })).message).toMatch(/^Yunpian did not answer with the account/);
	});
});
