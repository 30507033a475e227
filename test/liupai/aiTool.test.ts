import { locator, useLiupai, variables } from './setup';

const { run, received } = useLiupai();

/**
 * Liupai → Send used as an AI agent tool: mobile numbers and template variable values as `$fromAI()`
 * expressions, resolved by n8n from the model's arguments (the tool node's input item).
 */
const fromAI = (key: string, description: string) => `={{ $fromAI('${key}', '${description}', 'string') }}`;
const send = {
	resource: 'message',
	operation: 'send',
	mobiles: fromAI('mobile', 'The mobile number to text'),
	contentMode: 'template',
	accountId: locator(12),
	templateId: locator(1001),
	variables: variables(fromAI('code', 'The verification code')),
	options: { delay: 0 },
};
const sends = () => received().filter((request) => request.path === '/sms/send');

describe('Liupai as an AI agent tool ($fromAI)', () => {
	test('the model’s mobile number and variable value make the message sent', async () => {
		const result = await run(send, { input: [{ mobile: '13800138001', code: '482100' }] });
		expect(result.error).toBeUndefined();
		expect(sends().map((request) => request.body)).toEqual([{ mobile: '13800138001', content: '【Demo】您的验证码是482100', templateid: '1001' }]);
		expect(result.items[0].json).toMatchObject({ success: true, mobile: '13800138001' });
	});

	test('a value the model left out is refused before sending', async () => {
		const result = await run(send, { input: [{ mobile: '13800138001' }] });
		expect(result.error?.message).toMatch(/Template Variables: value 1 is empty/);
		expect(sends()).toHaveLength(0);
	});
});
