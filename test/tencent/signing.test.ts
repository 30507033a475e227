import { sha256Hex, tc3Sign, utcDate } from '../../nodes/TencentSms/transport/signing';

/** The published examples of https://cloud.tencent.com/document/api/382/52072 (see shared/api/tencent.md §1.5). */
const CVM_PAYLOAD = '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}';
const CVM = {
	service: 'cvm',
	host: 'cvm.tencentcloudapi.com',
	timestamp: 1551113065,
	payload: CVM_PAYLOAD,
	contentType: 'application/json; charset=utf-8',
};

const SMS_BODY = '{"PhoneNumberSet":["+8613800000000"],"SmsSdkAppId":"1400006666","SignName":"腾讯云","TemplateId":"1110","TemplateParamSet":["4370"]}';
const SMS = {
	secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
	secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
	service: 'sms',
	host: 'sms.tencentcloudapi.com',
	timestamp: 1700000000,
	payload: SMS_BODY,
	contentType: 'application/json; charset=utf-8',
};

describe('TC3-HMAC-SHA256 signing reproduces the official vectors', () => {
	test('vector A (current revision of the doc: content-type;host;x-tc-action, masked keys)', () => {
		const signed = tc3Sign({ ...CVM, secretId: `AKID${'*'.repeat(32)}`, secretKey: '*'.repeat(32), extraHeaders: { 'x-tc-action': 'DescribeInstances' } });
		expect(signed.hashedPayload).toBe('35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064');
		expect(signed.canonicalRequest).toBe(
			[
				'POST',
				'/',
				'',
				'content-type:application/json; charset=utf-8',
				'host:cvm.tencentcloudapi.com',
				'x-tc-action:describeinstances',
				'',
				'content-type;host;x-tc-action',
				'35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
			].join('\n'),
		);
		expect(signed.hashedCanonicalRequest).toBe('7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84');
		expect(signed.stringToSign).toBe('TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84');
		expect([signed.secretDate, signed.secretService, signed.secretSigning]).toEqual([
			'da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0',
			'8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f',
			'b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af',
		]);
		expect(signed.signature).toBe('10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f');
		expect(signed.authorization).toBe(
			`TC3-HMAC-SHA256 Credential=AKID${'*'.repeat(32)}/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f`,
		);
	});

	test('vector B (earlier revision: content-type;host)', () => {
		const signed = tc3Sign({ ...CVM, secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******', secretKey: 'Gu5t9xGARNpq86cd98joQYCN3*******' });
		expect(signed.hashedCanonicalRequest).toBe('5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031');
		expect([signed.secretDate, signed.secretService, signed.secretSigning]).toEqual([
			'f1cb4d518a0eda9d5cbbfdb7850983f1e603eeae484edea76e4dd8d8deb5556e',
			'e7c609ce81bea53546bed2cc904778bef9ca14082e48e67883443ed64e227cd7',
			'8aa8ab5755582f576e94bcfe383b8e29325b0ca90c3590d569221c6a63a091ed',
		]);
		expect(signed.authorization).toBe(
			'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c',
		);
	});

	test('vector C1, an SMS SendSms: the UTC date (Beijing is already 2023-11-15) and the hash of the UTF-8 bytes', () => {
		expect(Buffer.byteLength(SMS_BODY)).toBe(135);
		const signed = tc3Sign(SMS);
		expect(signed.date).toBe('2023-11-14');
		expect(signed.hashedPayload).toBe('0a9983fba553479a82f97f0521d99ba81258f3f517395ea5e2398bf93575543e');
		expect(sha256Hex(SMS_BODY.replace('腾讯云', '\\u817e\\u8baf\\u4e91'))).toBe('499f0febf30bd27840b9da8812d3d0069ee00ec8630a2af4896b4c4fc8d35dee');
		expect([signed.secretDate, signed.secretService, signed.secretSigning]).toEqual([
			'887d0077ac19ed5cba18590a4fe79f7e1d851a9b05bd4e02a3af730156456978',
			'7ecd95c4a08b095be11369d2e19326b69efddd7d3f6a9e780f09cea4fbf7e0db',
			'0a217ad592544c30baf8f92382e97794175d4d06488032639cd2c1594cb492fa',
		]);
		expect(signed.hashedCanonicalRequest).toBe('3c59eff1f7ede32b3d393def39dd1ec63437480d8e0ae185dfe9f983f0c78064');
		expect(signed.stringToSign).toBe('TC3-HMAC-SHA256\n1700000000\n2023-11-14/sms/tc3_request\n3c59eff1f7ede32b3d393def39dd1ec63437480d8e0ae185dfe9f983f0c78064');
		expect(signed.authorization).toBe(
			'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2023-11-14/sms/tc3_request, SignedHeaders=content-type;host, Signature=763ea04712bafcc73482f073b7a131f7b76be636c2d8d6ccb24ddda414778f76',
		);
	});

	test('vector C2 (x-tc-action signed too)', () => {
		const signed = tc3Sign({ ...SMS, extraHeaders: { 'X-TC-Action': 'SendSms' } });
		expect(signed.hashedCanonicalRequest).toBe('f9a04392f13f58c2a5f6018727c0587239dd8ab3753a5d5acdb8c55a158b605a');
		expect(signed.signature).toBe('4991069cf38cfaaa398729a0afe6252ef4a039b5d6f8ea3c4ac28284cdfcd0e2');
	});

	test('a Buffer payload hashes the same bytes; another key, body or host changes the signature', () => {
		const base = tc3Sign(SMS).signature;
		expect(tc3Sign({ ...SMS, payload: Buffer.from(SMS_BODY, 'utf8') }).signature).toBe(base);
		expect(tc3Sign({ ...SMS, secretKey: `${SMS.secretKey}x` }).signature).not.toBe(base);
		expect(tc3Sign({ ...SMS, payload: `${SMS_BODY} ` }).signature).not.toBe(base);
		expect(tc3Sign({ ...SMS, host: 'sms.tencentcloudapi.com:443' }).signature).not.toBe(base);
		expect(utcDate(1700000000 - 22 * 3600)).toBe('2023-11-14');
		expect(utcDate(1700000000 + 2 * 3600)).toBe('2023-11-15');
	});
});
