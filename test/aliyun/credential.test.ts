import { AliyunSmsApi } from '../../credentials/AliyunSmsApi.credentials';
import { refusedByN8n, runCredentialTest } from '../harness/credentialTest';
import { aliyunTestCredentials, aliyunUnknownKeyId, aliyunWrongSecret } from '../sandbox/aliyun';
import { useAliyun } from './setup';

const { sandbox } = useAliyun();
const credential = new AliyunSmsApi();

const credentialTest = async (data: Record<string, string> = {}) =>
	await runCredentialTest('aliyunSmsApi', { ...aliyunTestCredentials, endpoint: 'dysmsapi.aliyuncs.com', baseUrl: sandbox.server.baseUrl, ...data });

describe('Aliyun SMS credential', () => {
	test('the secret is a password, the endpoint defaults to the mainland host, the Base URL is empty', () => {
		const fields = Object.fromEntries(credential.properties.map((p) => [p.name, p]));
		expect(fields.accessKeySecret.typeOptions?.password).toBe(true);
		expect(fields.endpoint.default).toBe('dysmsapi.aliyuncs.com');
		expect(fields.baseUrl.default).toBe('');
		expect(typeof credential.authenticate).toBe('function');
	});

	test('the right key passes: one signed V3 QuerySmsSignList, read-only, nothing sent', async () => {
		expect(await credentialTest()).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [request] = sandbox.server.received;
		expect(sandbox.server.received).toHaveLength(1);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/');
		expect(request.query).toEqual({ PageIndex: '1', PageSize: '1' });
		expect(request.headers).toMatchObject({ 'x-acs-action': 'QuerySmsSignList', 'x-acs-version': '2017-05-25' });
		expect(request.headers.authorization).toMatch(new RegExp(`^ACS3-HMAC-SHA256 Credential=${aliyunTestCredentials.accessKeyId},SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=[0-9a-f]{64}$`));
		expect(JSON.stringify(request)).not.toContain(aliyunTestCredentials.accessKeySecret);
		expect(sandbox.records).toHaveLength(0);
	});

	test('a wrong secret fails with Aliyun’s SignatureDoesNotMatch, its meaning and the fix', async () => {
		expect(await credentialTest({ accessKeySecret: aliyunWrongSecret })).toEqual({
			status: 'Error',
			message:
				'Aliyun SMS error SignatureDoesNotMatch: The request signature does not match: the AccessKey Secret is wrong. Copy the AccessKey Secret of this AccessKey ID again into the credential (no spaces before or after it).',
		});
	});

	test('an unknown key ID fails with InvalidAccessKeyId.NotFound; a disabled one with .Inactive; a RAM refusal says the key is valid', async () => {
		expect((await credentialTest({ accessKeyId: aliyunUnknownKeyId })).message).toBe(
			'Aliyun SMS error InvalidAccessKeyId.NotFound: The AccessKey ID does not exist. Copy the AccessKey ID again from the RAM console (AccessKey Management) into the credential.',
		);
		sandbox.keys.get(aliyunTestCredentials.accessKeyId)!.disabled = true;
		expect((await credentialTest()).message).toMatch(/^Aliyun SMS error InvalidAccessKeyId\.Inactive: The AccessKey is disabled/);
		sandbox.keys.get(aliyunTestCredentials.accessKeyId)!.disabled = false;
		sandbox.failNext('isp.RAM_PERMISSION_DENY', '没有访问权限');
		expect((await credentialTest()).message).toMatch(/^Aliyun SMS error isp\.RAM_PERMISSION_DENY: .*The key is valid: grant its RAM user the policy AliyunDysmsFullAccess/);
	});

	test('a clock 20 minutes off fails with InvalidTimeStamp.Expired; an answer without the list points at the Base URL', async () => {
		sandbox.setClock(Date.now() + 20 * 60_000);
		expect((await credentialTest()).message).toMatch(/^Aliyun SMS error InvalidTimeStamp\.Expired: .*Set the clock/);
		sandbox.setClock();
		expect((await credentialTest({ baseUrl: `${sandbox.server.baseUrl}/elsewhere` })).message).toMatch(/^Aliyun SMS error InvalidAction\.NotFound/);
	});

	test('an unreachable server is reported with the network error', async () => {
		expect(await credentialTest({ baseUrl: 'http://127.0.0.1:1' })).toEqual(refusedByN8n);
	});
});
