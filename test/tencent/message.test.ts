import type { IDataObject } from 'n8n-workflow';

import { BLACKLISTED_NUMBER } from '../sandbox/tencent';
import { json, useTencent } from './setup';

const { sandbox, run, calls } = useTencent();

const template = (id: string) => ({ __rl: true, mode: 'id', value: id });
const sign = (text: string) => ({ __rl: true, mode: 'text', value: text });
const fields = (values: Record<string, string>) => ({ mappingMode: 'defineBelow', value: values });
const sendParams = (phoneNumbers: string, extra: Record<string, unknown> = {}) => ({
	resource: 'message',
	operation: 'send',
	phoneNumbers,
	templateId: template('1110'),
	signName: sign('腾讯云'),
	variablesInput: 'fields',
	templateVariables: fields({ '1': '4370' }),
	...extra,
});
const sends = () => calls().filter((call) => call.action === 'SendSms');

describe('Tencent Cloud SMS → Message → Send', () => {
	test('items with the same template and values merge into one SendSms with E.164 numbers; one item per number with its SerialNo', async () => {
		const result = await run(sendParams('={{ $json.to }}'), { input: [{ to: '13800000001' }, { to: '+86 138 0000 0002, 8613800000003' }] });
		expect(result.error).toBeUndefined();
		expect(calls().map((call) => call.action)).toEqual(['DescribeSmsTemplateList', 'SendSms']);
		expect(sends()[0].body).toEqual({
			PhoneNumberSet: ['+8613800000001', '+8613800000002', '+8613800000003'],
			SmsSdkAppId: '1400006666',
			TemplateId: '1110',
			TemplateParamSet: ['4370'],
			SignName: '腾讯云',
		});
		const items = json(result);
		expect(items).toEqual(
			sandbox.messages.map((message) => ({
				success: true,
				mobile: message.PhoneNumber,
				messageId: message.SerialNo,
				segments: 1,
				preview: { text: '【腾讯云】您的验证码是4370', length: 15, segments: 1 },
				templateId: '1110',
				code: 'Ok',
				fee: 1,
				isoCode: 'CN',
				serialNo: message.SerialNo,
			})),
		);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 1 }]);
	});

	test('201 numbers go in requests of 200 and 1; mainland and international numbers never share a request', async () => {
		const many = Array.from({ length: 201 }, (_, i) => `+86139${String(i).padStart(8, '0')}`);
		const input = [{ to: many.slice(0, 150).join(',') }, { to: many.slice(150).join(',') }];
		const result = await run(sendParams('={{ $json.to }}', { templateId: template('1115'), templateVariables: fields({ '1': 'A1' }) }), { input });
		expect(result.error).toBeUndefined();
		expect(sends().map((call) => (call.body.PhoneNumberSet as string[]).length)).toEqual([200, 1]);
		expect(sends().flatMap((call) => call.body.PhoneNumberSet as string[])).toEqual(many);
		expect(json(result).every((item) => item.success === true)).toBe(true);
		sandbox.reset();
		const mixed = await run(sendParams('+8613800000001, +60198765432', { templateId: template('1115'), templateVariables: fields({ '1': 'A1' }) }));
		expect(mixed.error).toBeUndefined();
		expect(sends().map((call) => call.body.PhoneNumberSet)).toEqual([['+8613800000001'], ['+60198765432']]);
		expect(sends()[1].body.SignName).toBe('腾讯云');
		// The one Signature goes to both requests; a mainland signature is not approved for international numbers.
		expect(json(mixed).map((item) => [item.mobile, item.success, item.errorCode ?? item.isoCode])).toEqual([
			['+8613800000001', true, 'CN'],
			['+60198765432', false, 'FailedOperation.SignatureIncorrectOrUnapproved'],
		]);
	});

	test('per-number refusals in SendStatusSet become failed items with Tencent’s code and our meaning; the others are sent', async () => {
		const result = await run(sendParams(`${BLACKLISTED_NUMBER}, 13800000001`));
		expect(result.error).toBeUndefined();
		const [refused, sent] = json(result);
		expect(refused).toMatchObject({
			success: false,
			mobile: BLACKLISTED_NUMBER,
			messageId: null,
			errorCode: 'FailedOperation.PhoneNumberInBlacklist',
			error: expect.stringMatching(/^The number is on the do-not-disturb list .*Remove the number .*\(Tencent Cloud SMS said: the phone number is in the blacklist\)$/),
			code: 'FailedOperation.PhoneNumberInBlacklist',
			fee: 0,
		});
		expect(sent).toMatchObject({ success: true, mobile: '+8613800000001', messageId: expect.stringMatching(/^5000:/) });
	});

	test('bad input sends nothing: a bad number, no signature for +86, an unapproved template, a wrong number of values, a missing field', async () => {
		const cases: Array<[IDataObject, RegExp]> = [
			[sendParams('12345'), /^Phone Numbers: "12345" is not a mobile number.*\[item 0\]$/],
			[sendParams('13800000001', { signName: sign('') }), /^Signature: no signature for the mainland China number \+8613800000001 \[item 0\]$/],
			[sendParams('13800000001', { templateId: template('1112') }), /^Template: template 1112 is under review and cannot send \[item 0\]$/],
			[sendParams('13800000001', { templateId: template('1114') }), /^Template: template 1114 is a international template but the number is in mainland China|^Template: template 1114 is an? international/],
			[sendParams('13800000001', { variablesInput: 'list', variables: { values: [{ value: '1' }, { value: '2' }] } }), /^Template Variables: template 1110 has 1 variable\(s\) but 2 value\(s\) were given \[item 0\]$/],
			[sendParams('13800000001', { templateVariables: fields({}) }), /^Template Variables → \{1\} \(您的验证码是 …\): is empty \[item 0\]$/],
			[sendParams('13800000001', { signName: sign('【腾讯云】') }), /^Signature: "【腾讯云】" has brackets/],
		];
		for (const [parameters, message] of cases) {
			const result = await run(parameters);
			expect(result.error?.message).toMatch(message);
			expect(sends()).toEqual([]);
		}
	});

	test('Preview Only sends nothing and shows each text, its length, segments and the request that would go out', async () => {
		const result = await run(sendParams('13800000001', { options: { previewOnly: true } }));
		expect(result.error).toBeUndefined();
		expect(sends()).toEqual([]);
		expect(sandbox.messages).toEqual([]);
		const [item] = json(result);
		expect(item).toMatchObject({
			mobile: '+8613800000001',
			preview: { text: '【腾讯云】您的验证码是4370', length: 15, segments: 1 },
			request: { method: 'POST', url: `${sandbox.baseUrl}/`, action: 'SendSms', body: expect.objectContaining({ PhoneNumberSet: ['+8613800000001'], TemplateParamSet: ['4370'] }) },
		});
		expect(JSON.stringify(item)).not.toMatch(/n8nSandbox0SecretKey|TC3-HMAC/);
	});

	test('a Response.Error at HTTP 200 stops the node with Tencent’s code, meaning and fix; Continue On Fail makes it the item', async () => {
		sandbox.failNext('LimitExceeded.AppDailyLimit', 'app daily limit');
		const result = await run(sendParams('13800000001', { options: { checkTemplate: false }, variablesInput: 'list', variables: { values: [{ value: '4370' }] } }));
		expect(result.error?.message).toBe('Tencent Cloud SMS error LimitExceeded.AppDailyLimit: The app reached its daily total');
		expect(result.error?.description).toMatch(/Raise the daily threshold.*\(Tencent Cloud SMS said: app daily limit\)/);
		sandbox.failNext('InternalError.Timeout');
		const failed = await run(sendParams('13800000001', { options: { checkTemplate: false }, variablesInput: 'list', variables: { values: [{ value: '4371' }] } }), { continueOnFail: true });
		expect(json(failed)).toEqual([expect.objectContaining({ success: false, mobile: '+8613800000001', errorCode: 'InternalError.Timeout' })]);
		// Sends are never retried.
		expect(sends()).toHaveLength(2);
	});
});

describe('Tencent Cloud SMS → Message → Send International', () => {
	test('one entry per item, each with its own template and values, in one SendMultiGlobalSms', async () => {
		const result = await run(
			{ resource: 'message', operation: 'sendInternational', phoneNumber: '={{ $json.to }}', templateId: template('={{ $json.t }}'), variablesInput: 'list', variables: { values: [{ value: '={{ $json.v }}' }] } },
			{ input: [{ to: '+6591234567', t: '1114', v: '1234' }, { to: '+60198765432', t: '1115', v: 'A7' }] },
		);
		expect(result.error).toBeUndefined();
		expect(calls().filter((call) => call.action === 'SendMultiGlobalSms').map((call) => call.body)).toEqual([
			{
				SmsSdkAppId: '1400006666',
				MultiSmsInfoSet: [
					{ PhoneNumber: '+6591234567', TemplateId: '1114', TemplateParamSet: ['1234'] },
					{ PhoneNumber: '+60198765432', TemplateId: '1115', TemplateParamSet: ['A7'] },
				],
			},
		]);
		expect(json(result).map((item) => [item.mobile, item.success, item.isoCode, (item.preview as { text: string }).text])).toEqual([
			['+6591234567', true, 'SG', 'Your verification code is 1234'],
			['+60198765432', true, 'MY', 'Order A7 shipped'],
		]);
	});

	test('a mainland number is an input error; nothing is sent', async () => {
		const result = await run({ resource: 'message', operation: 'sendInternational', phoneNumber: '13800000001', templateId: template('1114'), variablesInput: 'list', variables: { values: [{ value: '1' }] } });
		expect(result.error?.message).toBe('Phone Number: +8613800000001 is a mainland China number [item 0]');
		expect(calls()).toEqual([]);
	});
});
