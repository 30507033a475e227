import { CODE_PREVIEW_NOTE } from '../../nodes/JPushSms/actions/verificationCode/sendCode.operation';
import { appAuth, byId, expectNoSecrets, jsonOf, useJPush } from './setup';

const { sandbox, run, received } = useJPush();

const sendCode = (extra: Record<string, unknown> = {}) => ({ resource: 'verificationCode', operation: 'sendCode', mobile: '13800138000', templateId: byId(1001), ...extra });
const sendVoice = (extra: Record<string, unknown> = {}) => ({ resource: 'verificationCode', operation: 'sendVoiceCode', mobile: '13800138000', ...extra });
const verify = (msgId: string, code: string) => ({ resource: 'verificationCode', operation: 'verify', msgId, code });

describe('JPush Verification Code', () => {
	test('Send Text Code checks the template type, posts mobile + temp_id (+ sign_id) and outputs the msg_id as messageId', async () => {
		const result = await run(sendCode({ options: { signId: '502' } }));
		expect(result.error).toBeUndefined();
		// The signature is read too (once per run), for the preview: JPush puts it before the text.
		expect(received().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/templates/1001', 'GET /v1/sign/502', 'POST /v1/codes']);
		expect(received()[2].headers.authorization).toBe(appAuth);
		expect(received()[2].body).toEqual({ mobile: '13800138000', temp_id: 1001, sign_id: 502 });
		const text = '【ACME】您好，您的验证码是{{code}}，5分钟内有效！';
		expect(result.items).toEqual([
			{
				json: {
					success: true,
					mobile: '13800138000',
					messageId: '288193860302',
					segments: 1,
					preview: { text, length: [...text].length, segments: 1 },
					templateId: 1001,
					previewNote: CODE_PREVIEW_NOTE,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(sandbox.lastCode('13800138000')?.code).toBe('482913');
		expectNoSecrets(result);
	});

	test('Send Text Code refuses a notification template before sending it', async () => {
		const result = await run(sendCode({ templateId: byId(1002) }));
		expect(result.error?.message).toMatch(/Template: template 1002 is a notification template, which this operation cannot send \[item 0\]/);
		expect(received().map((r) => r.method)).toEqual(['GET']);
	});

	test('Send Text Code: JPush’s 50025 when the check is off, 50009 when sent again too soon', async () => {
		const wrongType = await run(sendCode({ templateId: byId(1002), options: { checkTemplate: false } }));
		expect(wrongType.error?.message).toBe('JPush SMS error 50025: This API does not accept this template type (wrong template type)');
		await run(sendCode({ options: { checkTemplate: false } }));
		const again = await run(sendCode({ options: { checkTemplate: false } }));
		expect(again.error).toMatchObject({ message: expect.stringMatching(/^JPush SMS error 50009/), httpCode: '403' });
	});

	test('Send Voice Code posts the code, language and TTL', async () => {
		const result = await run(sendVoice({ options: { code: '8642', voiceLang: 2, ttl: 120 } }));
		expect(result.error).toBeUndefined();
		expect(received()).toHaveLength(1);
		expect(received()[0]).toMatchObject({ method: 'POST', path: '/v1/voice_codes', body: { mobile: '13800138000', code: '8642', voice_lang: 2, ttl: 120 } });
		expect(jsonOf(result)).toEqual([{ success: true, mobile: '13800138000', messageId: '288193860302' }]);
	});

	test.each([
		['a code of 3 digits', { options: { code: '123' } }, /Code: "123" is not 4 to 8 digits/],
		['a code with letters', { options: { code: '12ab' } }, /Code: "12ab" is not 4 to 8 digits/],
		['a TTL of 0', { options: { ttl: 0 } }, /TTL \(Seconds\): 0 is out of range/],
		['a TTL over a day', { options: { ttl: 86401 } }, /TTL \(Seconds\): 86401 is out of range/],
		['an international number', { mobile: '+14155550100' }, /Mobile Number: .*international/],
	])('Send Voice Code refuses %s before sending', async (_name, extra, message) => {
		const result = await run(sendVoice(extra));
		expect(result.error?.message).toMatch(message);
		expect(received()).toHaveLength(0);
	});

	test('Verify outputs isValid true for the right code, and isValid false (not an error) when used again', async () => {
		const sent = await run(sendCode({ options: { checkTemplate: false } }));
		const msgId = String(sent.items[0].json.messageId);
		const code = sandbox.lastCode('13800138000')!.code;
		const ok = await run(verify(msgId, code));
		expect(received().at(-1)).toMatchObject({ method: 'POST', path: `/v1/codes/${msgId}/valid`, body: { code } });
		expect(jsonOf(ok)).toEqual([{ isValid: true, messageId: msgId }]);
		const reused = await run(verify(msgId, code));
		expect(reused.error).toBeUndefined();
		expect(jsonOf(reused)).toEqual([{ isValid: false, messageId: msgId, errorCode: '50012', reason: 'The verification code was already verified (verified code)', errorMessage: 'verified code' }]);
	});

	test('Verify: a wrong code and an expired one are isValid false, also when JPush answers HTTP 200', async () => {
		const sent = await run(sendVoice({ options: { code: '8642', ttl: 60 } }));
		const msgId = String(sent.items[0].json.messageId);
		expect(msgId).toMatch(/^\d{12}$/);
		sandbox.validFailureStatus = 200;
		expect(jsonOf(await run(verify(msgId, '1111')))[0]).toMatchObject({ isValid: false, errorCode: '50010' });
		const start = sandbox.now();
		sandbox.now = () => start + 61_000;
		expect(jsonOf(await run(verify(msgId, '8642')))[0]).toMatchObject({ isValid: false, errorCode: '50011' });
	});

	test('Verify: an unknown msg_id is isValid false with 50026; bad input sends nothing', async () => {
		expect(jsonOf(await run(verify('999', '1234')))[0]).toMatchObject({ isValid: false, errorCode: '50026' });
		sandbox.reset();
		const bad = await run(verify('abc', '1234'));
		expect(bad.error?.message).toMatch(/Message ID: "abc" is not a message ID/);
		const noCode = await run(verify('288193860302', '12 34'));
		expect(noCode.error?.message).toMatch(/Code: "12 34" is not a code of digits/);
		expect(received()).toHaveLength(0);
	});

	test('Verify: other errors still fail the item (Continue On Fail keeps going)', async () => {
		sandbox.failNext(50019);
		const result = await run(verify('288193860302', '1234'), { continueOnFail: true });
		expect(result.items).toEqual([{ json: expect.objectContaining({ code: '50019', httpCode: '500' }), pairedItem: { item: 0 } }]);
	});

	test.each([
		['Send Text Code', () => sendCode({ options: { checkTemplate: false } })],
		['Send Voice Code', () => sendVoice()],
	])('%s: an answer without msg_id is not a success (there is nothing to verify against)', async (_name, parameters) => {
		sandbox.omitMsgIds = true;
		const result = await run(parameters());
		expect(result.error).toBeUndefined();
		expect(sandbox.codes).toHaveLength(1);
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({
				success: false,
				mobile: '13800138000',
				messageId: null,
				errorCode: 'NO_MESSAGE_ID',
				error: expect.stringContaining('JPush SMS accepted the request but gave no message ID for this number: it may have been sent.'),
			}),
		]);
	});

	test('Send Text Code to several items: the one JPush refuses is an error item with Continue On Fail; without it the error names what was sent', async () => {
		const input = [{ mobile: '13800000001' }, { mobile: '13900000024' }, { mobile: '13800000003' }];
		const parameters = sendCode({ mobile: '={{ $json.mobile }}', options: { checkTemplate: false } });
		const going = await run(parameters, { input, continueOnFail: true });
		const ids = new Map(sandbox.codes.map((one) => [one.mobile, one.msg_id]));
		expect(going.items.map((i) => [i.json.mobile, i.json.success, i.json.messageId, i.json.errorCode ?? null, i.pairedItem])).toEqual([
			['13800000001', true, ids.get('13800000001'), null, { item: 0 }],
			['13900000024', false, null, '50024', { item: 1 }],
			['13800000003', true, ids.get('13800000003'), null, { item: 2 }],
		]);
		sandbox.reset();
		const stopped = await run(parameters, { input });
		expect(stopped.error?.message).toMatch(/^JPush SMS error 50024/);
		expect(stopped.error?.description).toContain(`1 number(s) were already accepted by earlier requests of this run (message IDs: ${sandbox.codes[0].msg_id})`);
		expect(sandbox.codes.map((one) => one.mobile)).toEqual(['13800000001']);
	});
});
