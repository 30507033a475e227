import { signRequest } from '../../nodes/AliyunSms/transport/authenticate';
import { canonicalQuery, popEncode, signV3 } from '../../nodes/AliyunSms/transport/signature';
import { v1Signature, v1StringToSign, v3CanonicalRequest, v3Signature } from '../sandbox/aliyun';

const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SIGNED = 'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version';

describe('Aliyun POP encoding', () => {
	test('RFC 3986 with upper-case escapes, %20 for a space, ! \' ( ) * escaped, ~ kept', () => {
		expect(popEncode(" a!*'()~+/=&中")).toBe('%20a%21%2A%27%28%29~%2B%2F%3D%26%E4%B8%AD');
	});
});

describe('Aliyun signature V3 (ACS3-HMAC-SHA256): the official and computed vectors of aliyun.md §1.6', () => {
	test('vector D — the official RunInstances example of the V3 documentation', () => {
		const signed = signV3({
			method: 'POST',
			query: { ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd', RegionId: 'cn-shanghai' },
			headers: {
				host: 'ecs.cn-shanghai.aliyuncs.com',
				'x-acs-action': 'RunInstances',
				'x-acs-version': '2014-05-26',
				'x-acs-date': '2023-10-26T10:22:32Z',
				'x-acs-signature-nonce': '3156853299f313e23d1673dc12e1703d',
				'x-acs-content-sha256': EMPTY,
			},
			accessKeyId: 'YourAccessKeyId',
			accessKeySecret: 'YourAccessKeySecret',
		});
		expect(signed.canonicalRequest).toBe(
			[
				'POST',
				'/',
				'ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai',
				'host:ecs.cn-shanghai.aliyuncs.com',
				'x-acs-action:RunInstances',
				`x-acs-content-sha256:${EMPTY}`,
				'x-acs-date:2023-10-26T10:22:32Z',
				'x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d',
				'x-acs-version:2014-05-26',
				'',
				SIGNED,
				EMPTY,
			].join('\n'),
		);
		expect(signed.stringToSign).toBe('ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259');
		expect(signed.signature).toBe('06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0');
		expect(signed.authorization).toBe(`ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=${SIGNED},Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0`);
	});

	const smsHeaders = (action: string, hash: string) => ({
		host: 'dysmsapi.aliyuncs.com',
		'x-acs-action': action,
		'x-acs-version': '2017-05-25',
		'x-acs-date': '2024-06-01T08:00:00Z',
		'x-acs-signature-nonce': 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
		'x-acs-content-sha256': hash,
	});

	test('vector E — SendSms with query parameters only', () => {
		const signed = signV3({
			method: 'POST',
			query: { PhoneNumbers: '13800138000', SignName: '阿里云短信测试', TemplateCode: 'SMS_154950909', TemplateParam: '{"code":"1234"}' },
			headers: smsHeaders('SendSms', EMPTY),
			accessKeyId: 'YourAccessKeyId',
			accessKeySecret: 'YourAccessKeySecret',
		});
		expect(signed.stringToSign).toBe('ACS3-HMAC-SHA256\nd22c664191507a594ccd71ec8847b19d61396c528f18d9ccc081af8eaa05fdf8');
		expect(signed.signature).toBe('7ec28d70cabd94b40109a0f7a6980a67d945c7dfbbadbe8d7276c3d44e692bfc');
	});

	test('vector F — SendBatchSms with a form body, through the credential’s request signer (the exact body bytes)', () => {
		const options = signRequest(
			{ accessKeyId: 'YourAccessKeyId', accessKeySecret: 'YourAccessKeySecret', endpoint: 'dysmsapi.aliyuncs.com', baseUrl: '' },
			{
				method: 'POST',
				baseURL: 'https://dysmsapi.aliyuncs.com',
				url: '/',
				qs: { TemplateCode: 'SMS_154950909' },
				headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-acs-action': 'SendBatchSms', 'x-acs-version': '2017-05-25' },
				body: {
					PhoneNumberJson: '["13800138000","13900139000"]',
					SignNameJson: '["阿里云","阿里云"]',
					TemplateParamJson: '[{"code":"1234"},{"code":"5678"}]',
				},
			},
			new Date('2024-06-01T08:00:00Z'),
			'a1b2c3d4e5f60718293a4b5c6d7e8f90',
		);
		expect(options.body).toBe(
			'PhoneNumberJson=%5B%2213800138000%22%2C%2213900139000%22%5D&SignNameJson=%5B%22%E9%98%BF%E9%87%8C%E4%BA%91%22%2C%22%E9%98%BF%E9%87%8C%E4%BA%91%22%5D&TemplateParamJson=%5B%7B%22code%22%3A%221234%22%7D%2C%7B%22code%22%3A%225678%22%7D%5D',
		);
		expect(options.url).toBe('https://dysmsapi.aliyuncs.com/?TemplateCode=SMS_154950909');
		expect(options.qs).toBeUndefined();
		expect(options.headers).toMatchObject({
			host: 'dysmsapi.aliyuncs.com',
			'x-acs-date': '2024-06-01T08:00:00Z',
			'x-acs-signature-nonce': 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
			'x-acs-content-sha256': 'e878ee4c079262b395499f7d962607127910ee55d3ef69b0b2359b25fc334bdd',
			authorization: `ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=content-type;${SIGNED},Signature=98788a5f29bfc74e2637181d57f36affed8714c5136350553c350121e1daaef0`,
		});
	});

	test('the request signer: vector E again, a fresh nonce and date each call, the port in host, no content-type without a body', () => {
		const credentials = { accessKeyId: 'YourAccessKeyId', accessKeySecret: 'YourAccessKeySecret', baseUrl: '' };
		const request = {
			method: 'POST' as const,
			baseURL: 'https://dysmsapi.aliyuncs.com',
			url: '/',
			qs: { PhoneNumbers: '13800138000', SignName: '阿里云短信测试', TemplateCode: 'SMS_154950909', TemplateParam: '{"code":"1234"}' },
			headers: { 'x-acs-action': 'SendSms', 'x-acs-version': '2017-05-25', 'content-type': 'application/json' },
		};
		const fixed = signRequest(credentials, { ...request }, new Date('2024-06-01T08:00:00.123Z'), 'a1b2c3d4e5f60718293a4b5c6d7e8f90');
		expect((fixed.headers as Record<string, string>).authorization).toMatch(/Signature=7ec28d70cabd94b40109a0f7a6980a67d945c7dfbbadbe8d7276c3d44e692bfc$/);
		expect(fixed.headers).not.toHaveProperty('content-type');
		expect(fixed.url).toBe(`https://dysmsapi.aliyuncs.com/?${canonicalQuery(request.qs)}`);
		const a = signRequest(credentials, { ...request, baseURL: 'http://127.0.0.1:8795' }).headers as Record<string, string>;
		const b = signRequest(credentials, { ...request, baseURL: 'http://127.0.0.1:8795' }).headers as Record<string, string>;
		expect(a.host).toBe('127.0.0.1:8795');
		expect(a['x-acs-signature-nonce']).not.toBe(b['x-acs-signature-nonce']);
		expect(a['x-acs-date']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
	});

	test('the sandbox’s own verifier agrees with vector D', () => {
		const headers = { host: 'ecs.cn-shanghai.aliyuncs.com', 'x-acs-action': 'RunInstances', 'x-acs-content-sha256': EMPTY, 'x-acs-date': '2023-10-26T10:22:32Z', 'x-acs-signature-nonce': '3156853299f313e23d1673dc12e1703d', 'x-acs-version': '2014-05-26' };
		const canonical = v3CanonicalRequest('POST', { ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd', RegionId: 'cn-shanghai' }, headers, SIGNED.split(';'), EMPTY);
		expect(v3Signature(canonical, 'YourAccessKeySecret').signature).toBe('06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0');
	});
});

describe('Aliyun signature V1 (HMAC-SHA1) in the sandbox’s verifier: vectors A, B, C of aliyun.md §1.5', () => {
	test('vector A — the official SendSms example (GET)', () => {
		const params = {
			AccessKeyId: 'testId', Action: 'SendSms', Format: 'XML', OutId: '123', PhoneNumbers: '15300000001', RegionId: 'cn-hangzhou',
			SignName: '阿里云短信测试专用', SignatureMethod: 'HMAC-SHA1', SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466', SignatureVersion: '1.0',
			TemplateCode: 'SMS_71390007', TemplateParam: '{"customer":"test"}', Timestamp: '2017-07-12T02:42:19Z', Version: '2017-05-25',
		};
		expect(v1StringToSign('GET', params)).toMatch(/^GET&%2F&AccessKeyId%3DtestId%26Action%3DSendSms%26Format%3DXML%26OutId%3D123/);
		expect(v1Signature('GET', params, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
	});

	test('vector B — the official DescribeRegions example', () => {
		const params = {
			AccessKeyId: 'testid', Action: 'DescribeRegions', Format: 'XML', SignatureMethod: 'HMAC-SHA1', SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
			SignatureVersion: '1.0', Timestamp: '2016-02-23T12:46:24Z', Version: '2014-05-26',
		};
		expect(v1Signature('GET', params, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
	});

	test('vector C — SendSms by POST, and the method is signed', () => {
		const params = {
			AccessKeyId: 'YourAccessKeyId', Action: 'SendSms', Format: 'JSON', PhoneNumbers: '13800138000', RegionId: 'cn-hangzhou', SignName: '阿里云短信测试',
			SignatureMethod: 'HMAC-SHA1', SignatureNonce: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', SignatureVersion: '1.0', TemplateCode: 'SMS_154950909',
			TemplateParam: '{"code":"1234"}', Timestamp: '2024-06-01T08:00:00Z', Version: '2017-05-25',
		};
		expect(v1Signature('POST', params, 'YourAccessKeySecret')).toBe('RDCO4Myd5isctc6WUWhXujEKzg8=');
		expect(v1Signature('GET', params, 'YourAccessKeySecret')).toBe('hVYt+zIshM2QaRo/w6bkKepVEV0=');
	});
});
