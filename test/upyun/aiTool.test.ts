import { template, useUpyun, variables } from './setup';

const { run, received } = useUpyun();

/**
 * UPYUN SMS → Send used as an AI agent tool: the mobile numbers and the template variables are `$fromAI()`
 * expressions, which n8n resolves from the arguments the model gave, handed to the tool node as its input item
 * (n8n-workflow's $fromAI reads the item's `query` or the item itself). The node checks them like typed values.
 */
const fromAI = (key: string, description: string) => `={{ $fromAI('${key}', '${description}', 'string') }}`;
const send = {
	resource: 'message',
	operation: 'send',
	mobiles: fromAI('mobile', 'The mainland China mobile number to text'),
	templateId: template(1),
	variables: variables(fromAI('code', 'The verification code'), fromAI('minutes', 'Minutes the code stays valid')),
};
const posts = () => received().filter((request) => request.method === 'POST');

describe('UPYUN SMS as an AI agent tool ($fromAI)', () => {
	test('the model’s mobile number and variable values are sent as given', async () => {
		const result = await run(send, { input: [{ mobile: '+86 138 0013 8000', code: '4821', minutes: '5' }] });
		expect(result.error).toBeUndefined();
		expect(posts().map((request) => [request.path, request.body])).toEqual([['/api/messages', { template_id: 1, mobile: '13800138000', vars: '4821|5' }]]);
		expect(result.items).toEqual([{ json: expect.objectContaining({ success: true, mobile: '13800138000', messageId: expect.stringMatching(/^\d{22}$/) }), pairedItem: { item: 0 } }]);
	});

	test('arguments under query (how a tool call may hand them over) work the same', async () => {
		const result = await run(send, { input: [{ query: { mobile: '13900139000', code: '77', minutes: '10' } }] });
		expect(result.error).toBeUndefined();
		expect(posts().map((request) => request.body)).toEqual([{ template_id: 1, mobile: '13900139000', vars: '77|10' }]);
	});

	test('an argument the model left out is an input error naming the field; nothing is sent', async () => {
		const result = await run(send, { input: [{ mobile: '13800138000', minutes: '5' }] });
		expect(result.error?.message).toMatch(/Template Variables: variable 1 is empty/);
		expect(posts()).toHaveLength(0);
	});

	test('a number the model got wrong is refused before sending, saying why', async () => {
		const result = await run(send, { input: [{ mobile: '1380013800', code: '4821', minutes: '5' }] });
		expect(result.error?.message).toMatch(/Mobile Numbers/);
		expect(posts()).toHaveLength(0);
	});
});
