import { UpyunSmsApi } from '../../credentials/UpyunSmsApi.credentials';
import { refusedByN8n, runCredentialTest } from '../harness/credentialTest';
import { useUpyun } from './setup';

const { sandbox, token } = useUpyun();
const credential = new UpyunSmsApi();

/** The credential's Test button, as n8n 2.41 runs it (RoutingNode, authenticate block, rules). */
const credentialTest = async (apiToken: string, baseUrl = sandbox.server.baseUrl) =>
	await runCredentialTest('upyunSmsApi', { token: apiToken, baseUrl });

describe('UPYUN SMS credential', () => {
	test('defaults to the UPYUN API and keeps the token a password', () => {
		const fields = Object.fromEntries(credential.properties.map((p) => [p.name, p]));
		expect(fields.baseUrl.default).toBe('https://sms-api.upyun.com');
		expect(fields.token.typeOptions?.password).toBe(true);
		expect(credential.test.request).toMatchObject({ url: '/api/users/remain', method: 'GET', ignoreHttpStatusErrors: true });
	});

	test('passes with the right token, sent raw in the Authorization header', async () => {
		expect(await credentialTest(token)).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(sandbox.server.received.map((r) => [r.method, r.path, r.headers.authorization])).toEqual([['GET', '/api/users/remain', token]]);
	});

	test('a wrong token fails with UPYUN’s code, its meaning and the fix (not just "Unauthorized")', async () => {
		expect(await credentialTest('not-the-token')).toEqual({
			status: 'Error',
			message:
				'UPYUN SMS error INVALID_CREDENTIALS: The API token is not valid. Copy the token again from the UPYUN SMS console (SMS Service → Settings) into the credential.',
		});
	});

	test('other UPYUN codes are named too, and an answer without a balance points at the Base URL', async () => {
		sandbox.failNext(404, 'USER_NOT_FOUND');
		expect((await credentialTest(token)).message).toBe(
			'UPYUN SMS error USER_NOT_FOUND: The account does not exist. Check that the token belongs to a verified account with the SMS service enabled.',
		);
		sandbox.failNext(500, 'SOMETHING_NEW');
		expect(await credentialTest(token)).toEqual({ status: 'Error', message: expect.stringMatching(/^UPYUN SMS did not answer with the account balance.*Base URL/) });
		expect((await credentialTest(token, `${sandbox.server.baseUrl}/nowhere`)).message).toBe(
			'UPYUN SMS error NOT_FOUND: The address does not exist. Check the Base URL in the credential: it should be https://sms-api.upyun.com.',
		);
	});

	test('an unreachable server is reported by n8n with the network error', async () => {
		expect(await credentialTest(token, 'http://127.0.0.1:1')).toEqual(refusedByN8n);
	});
});
