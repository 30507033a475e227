import { credentialId, credentialName, exampleFiles, loadWorkflow, sandboxProviders } from '../../scripts/lib/providers';
import type { TencentSandbox } from '../sandbox/tencent';
import { nodeOutput, startTestN8n, type TestN8n } from './support/n8n';

/**
 * Tencent Cloud SMS in the real n8n 2.41.1 (`n8n start` with the package installed as a community package):
 * the credential test button signs TC3-HMAC-SHA256 in the credential's `authenticate` function and reads
 * Tencent's HTTP 200 error codes; the verification-code example sends through `n8n execute`.
 */
const provider = sandboxProviders.find((entry) => entry.key === 'tencent')!;
const example = loadWorkflow(exampleFiles(provider).find((file) => file.endsWith('verification-code.json'))!);

let env: TestN8n;
const sandbox = (): TencentSandbox => env.sandbox('tencent').sandbox as unknown as TencentSandbox;

// Starting n8n takes a while on a loaded machine.
beforeAll(async () => {
	env = await startTestN8n({ workflows: [example] });
}, 600_000);

afterAll(async () => {
	await env?.stop();
});

test('the credential test passes with the sandbox key, by one signed DescribePhoneNumberInfo', async () => {
	sandbox().reset();
	const { url } = env.sandbox('tencent');
	const result = await env.n8n.testCredential({ id: credentialId(provider), name: credentialName(provider), type: provider.credentialType, data: provider.credentials(url) as Record<string, unknown> });
	expect(result).toMatchObject({ status: 'OK' });
	const [request] = sandbox().server.received;
	expect(request.headers['x-tc-action']).toBe('DescribePhoneNumberInfo');
	expect(String(request.headers.authorization)).toMatch(/^TC3-HMAC-SHA256 Credential=AKID\w+\/\d{4}-\d\d-\d\d\/sms\/tc3_request, SignedHeaders=content-type;host, Signature=[0-9a-f]{64}$/);
});

test('a wrong SecretKey fails with Tencent’s code, our meaning and the fix', async () => {
	const { url } = env.sandbox('tencent');
	const result = await env.n8n.testCredential({ id: '', name: 'Tencent wrong key', type: provider.credentialType, data: provider.badCredentials(url) as Record<string, unknown> });
	expect(result).toEqual({
		status: 'Error',
		message: 'Tencent Cloud SMS error AuthFailure.SignatureFailure: The signature does not match: the SecretKey is wrong. Copy the SecretKey of this SecretId again from the API key console into the credential.',
	});
});

test('n8n execute sends the verification code: one SendSms the sandbox verified, one result with its SerialNo', async () => {
	sandbox().reset();
	const result = await env.n8n.execute(example.id);
	if (result.code !== 0 || !result.run) throw new Error(`n8n execute failed (exit ${result.code}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
	const sends = sandbox().server.received.filter((request) => request.headers['x-tc-action'] === 'SendSms');
	expect(sends).toHaveLength(1);
	expect(sends[0].body).toMatchObject({ PhoneNumberSet: ['+8613800138000'], SmsSdkAppId: '1400006666', TemplateId: '1110', SignName: '腾讯云', SessionContext: 'verification' });
	const [row] = nodeOutput(result.run.resultData.runData, 'Result');
	expect(row).toMatchObject({ mobile: '+8613800138000', sent: true, serialNo: sandbox().messages[0].SerialNo, text: expect.stringMatching(/^【腾讯云】您的验证码是\d{6}$/) });
});
