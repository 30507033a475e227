import { TencentCloudApi } from '../../credentials/TencentCloudApi.credentials';
import { refusedByN8n, runCredentialTest } from '../harness/credentialTest';
import { tencentWrongSecretKey } from '../sandbox/tencent';
import { useTencent } from './setup';

const { sandbox, credentials, calls, received } = useTencent();
const credential = new TencentCloudApi();
/** A SecretId the sandbox does not know (not a secret). */
const UNKNOWN_ID = ['AKID', 'no', 'such', 'key'].join('');
const test_ = async (extra: Record<string, string> = {}) => await runCredentialTest('tencentCloudApi', credentials(extra));

describe('Tencent Cloud API credential', () => {
	test('fields: SecretKey and Session Token are passwords; defaults to the China endpoint and ap-guangzhou', () => {
		const fields = Object.fromEntries(credential.properties.map((p) => [p.name, p]));
		expect(Object.keys(fields)).toEqual(['secretId', 'secretKey', 'region', 'smsSdkAppId', 'sessionToken', 'baseUrl']);
		expect([fields.secretKey.typeOptions?.password, fields.sessionToken.typeOptions?.password, fields.secretId.typeOptions?.password]).toEqual([true, true, undefined]);
		expect([fields.baseUrl.default, fields.region.default]).toEqual(['https://sms.tencentcloudapi.com', 'ap-guangzhou']);
		expect(typeof credential.authenticate).toBe('function');
	});

	test('passes with the right key: one side-effect-free DescribePhoneNumberInfo, signed TC3 over the exact body', async () => {
		expect(await test_()).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(calls()).toEqual([{ action: 'DescribePhoneNumberInfo', body: { PhoneNumberSet: ['+8613800000000'] } }]);
		const [request] = received();
		expect(request.rawBody).toBe('{"PhoneNumberSet":["+8613800000000"]}');
		expect(request.headers).toMatchObject({
			'content-type': 'application/json',
			'x-tc-version': '2021-01-11',
			'x-tc-region': 'ap-guangzhou',
			'x-tc-timestamp': expect.stringMatching(/^\d{10}$/),
			authorization: expect.stringMatching(
				/^TC3-HMAC-SHA256 Credential=AKIDn8nSandbox0SecretId0000000001\/\d{4}-\d\d-\d\d\/sms\/tc3_request, SignedHeaders=content-type;host, Signature=[0-9a-f]{64}$/,
			),
		});
		expect(sandbox.messages).toHaveLength(0);
	});

	test('a wrong SecretKey fails with Tencent’s code, our meaning and the fix; the key never appears', async () => {
		const result = await test_({ secretKey: tencentWrongSecretKey });
		expect(result).toEqual({
			status: 'Error',
			message:
				'Tencent Cloud SMS error AuthFailure.SignatureFailure: The signature does not match: the SecretKey is wrong. Copy the SecretKey of this SecretId again from the API key console into the credential.',
		});
		expect(JSON.stringify(result)).not.toContain(tencentWrongSecretKey);
	});

	test('an unknown SecretId, a clock 10 minutes off, a region the SMS API does not serve: each named', async () => {
		expect((await test_({ secretId: UNKNOWN_ID })).message).toMatch(/^Tencent Cloud SMS error AuthFailure\.SecretIdNotFound: /);
		sandbox.now = () => Date.now() + 10 * 60 * 1000;
		expect((await test_()).message).toMatch(/^Tencent Cloud SMS error AuthFailure\.SignatureExpire: .*clock/);
		sandbox.now = Date.now;
		expect((await test_({ region: 'eu-frankfurt' })).message).toMatch(/^Tencent Cloud SMS error UnsupportedRegion: .*ap-guangzhou/);
	});

	test('a Base URL that is not the SMS API, and an unreachable one', async () => {
		expect((await test_({ baseUrl: `${sandbox.baseUrl}/other` })).message).toMatch(/^Tencent Cloud SMS error InvalidAction: /);
		sandbox.failNextHttp({ status: 200, body: { hello: 'world' } });
		expect((await test_()).message).toMatch(/^Tencent Cloud SMS did not answer with phone number information.*Base URL/);
		expect(await test_({ baseUrl: 'http://127.0.0.1:1' })).toEqual(refusedByN8n);
	});
});
