import { byId, useJPush, vars } from './setup';

const { sandbox, run, received } = useJPush();

/**
 * JPush SMS → Send used as an AI agent tool: mobile and template variable values as `$fromAI()`
 * expressions, resolved by n8n from the model's arguments (the tool node's input item).
 */
const fromAI = (key: string, description: string) => `={{ $fromAI('${key}', '${description}', 'string') }}`;
const send = { resource: 'message', operation: 'send', mobile: fromAI('mobile', 'The mobile number to text'), templateId: byId(1002), variablesInput: 'fields', variables: vars({ number: fromAI('order', 'The order number') }) };
const posts = () => received().filter((request) => request.method === 'POST');

describe('JPush SMS as an AI agent tool ($fromAI)', () => {
	test('the model’s mobile number and variable value are sent as temp_para', async () => {
		const result = await run(send, { input: [{ mobile: '13800138000', order: 'SO-1001' }] });
		expect(result.error).toBeUndefined();
		expect(posts().map((request) => [request.path, request.body])).toEqual([['/v1/messages', expect.objectContaining({ mobile: '13800138000', temp_id: 1002, temp_para: { number: 'SO-1001' } })]]);
		expect(sandbox.messages).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ success: true, mobile: '13800138000' });
	});

	test('a value the model left out is refused before sending', async () => {
		const result = await run(send, { input: [{ mobile: '13800138000' }] });
		expect(result.error?.message).toMatch(/Template Variables: "number" has no value/);
		expect(posts()).toHaveLength(0);
	});
});
