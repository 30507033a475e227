import axios from 'axios';

import { UpyunSmsApi } from '../../credentials/UpyunSmsApi.credentials';
import { useUpyun } from './setup';

const { sandbox, token } = useUpyun();
const credential = new UpyunSmsApi();

/** Sends the credential's test request the way n8n's credential test button does. */
async function credentialTest(apiToken: string) {
	const request = credential.test.request;
	const headers = (credential.authenticate.properties.headers ?? {}) as Record<string, string>;
	expect(headers.Authorization).toBe('={{$credentials.token}}');
	expect(request.baseURL).toBe('={{$credentials.baseUrl}}');
	return await axios.request({
		method: request.method,
		baseURL: sandbox.server.baseUrl,
		url: request.url,
		headers: { Authorization: apiToken },
		validateStatus: () => true,
	});
}

describe('UPYUN SMS credential', () => {
	test('defaults to the UPYUN API and keeps the token a password', () => {
		const fields = Object.fromEntries(credential.properties.map((p) => [p.name, p]));
		expect(fields.baseUrl.default).toBe('https://sms-api.upyun.com');
		expect(fields.token.typeOptions?.password).toBe(true);
	});

	test('its test request succeeds with the right token and fails with 401 on a wrong one', async () => {
		expect((await credentialTest(token)).status).toBe(200);
		const bad = await credentialTest('not-the-token');
		expect(bad.status).toBe(401);
		expect(bad.data).toEqual({ error_code: 'INVALID_CREDENTIALS', message: expect.any(String) });
	});
});
