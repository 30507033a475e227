import axios from 'axios';
import { Workflow, type INode, type IWorkflowDataProxyAdditionalKeys } from 'n8n-workflow';

import { YunpianApi } from '../../credentials/YunpianApi.credentials';
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

	test('succeeds with the right key; a wrong key or a refused IP answer 400, which the rule explains', async () => {
		const ok = await credentialTest(apiKey);
		expect(ok.status).toBe(200);
		expect(ok.data).toMatchObject({ nick: 'acme' });
		const wrong = await credentialTest(yunpianWrongApiKey);
		expect([wrong.status, wrong.data.code]).toEqual([400, -1]);
		sandbox.ipAllowed = false;
		const ip = await credentialTest(apiKey);
		expect([ip.status, ip.data.code]).toEqual([400, -3]);
		const [rule] = credential.test.rules ?? [];
		expect(rule).toMatchObject({ type: 'responseCode', properties: { value: 400 } });
		expect(rule.properties.message).toMatch(/API key is wrong \(code -1\).*IP whitelist \(code -3\)/);
	});
});
