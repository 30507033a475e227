import { byId, fieldsOf, form, useYunpian, vars } from './setup';

const { sandbox, run, received } = useYunpian();

/**
 * Yunpian's sends used as an AI agent tool: mobile, text and template variable values as `$fromAI()`
 * expressions, resolved by n8n from the model's arguments (the tool node's input item).
 */
const fromAI = (key: string, description: string) => `={{ $fromAI('${key}', '${description}', 'string') }}`;
const sends = () => received().filter((request) => /single_send/.test(request.path));

describe('Yunpian as an AI agent tool ($fromAI)', () => {
	test('SMS → Send by Template: the model’s mobile number and variable values reach tpl_single_send', async () => {
		const result = await run(
			{ resource: 'sms', operation: 'sendTemplate', mobile: fromAI('mobile', 'The mobile number to text'), templateId: byId(2), variables: vars({ name: fromAI('name', 'The customer name'), code: fromAI('code', 'The code') }) },
			{ input: [{ mobile: '13800138000', name: 'Li Lei', code: '4821' }] },
		);
		expect(result.error).toBeUndefined();
		expect(sends().map((request) => [request.path, form(request).mobile, form(request).tpl_value])).toEqual([['/v2/sms/tpl_single_send.json', '13800138000', '%23name%23=Li%20Lei&%23code%23=4821']]);
		expect(sandbox.messages.map((message) => message.text)).toEqual(['【ACME】Hello Li Lei, your code is 4821']);
		expect(result.items[0].json).toMatchObject({ success: true, mobile: '13800138000' });
	});

	test('version 1.1, named variable fields (resource mapper): each field’s $fromAI value reaches tpl_value', async () => {
		const result = await run(
			{ resource: 'sms', operation: 'sendTemplate', mobile: fromAI('mobile', 'The mobile number to text'), templateId: byId(2), templateVariables: fieldsOf({ name: fromAI('name', 'The customer name'), code: fromAI('code', 'The code') }) },
			{ input: [{ mobile: '13800138000', name: 'Han Meimei', code: '9031' }], typeVersion: 1.1 },
		);
		expect(result.error).toBeUndefined();
		expect(sends().map((request) => form(request).tpl_value)).toEqual(['%23name%23=Han%20Meimei&%23code%23=9031']);
		expect(sandbox.messages.map((message) => message.text)).toEqual(['【ACME】Hello Han Meimei, your code is 9031']);
	});

	test('SMS → Send: the model’s text and mobile number reach single_send', async () => {
		const result = await run(
			{ resource: 'sms', operation: 'send', mobile: fromAI('mobile', 'The mobile number to text'), text: fromAI('text', 'The message, matching an approved template') },
			{ input: [{ query: { mobile: '13900139000', text: '【ACME】Your code is 4821' } }] },
		);
		expect(result.error).toBeUndefined();
		expect(sends().map((request) => [form(request).mobile, form(request).text])).toEqual([['13900139000', '【ACME】Your code is 4821']]);
	});

	test('a variable value the model left out is an input error; nothing is sent', async () => {
		const result = await run(
			{ resource: 'sms', operation: 'sendTemplate', mobile: fromAI('mobile', 'The mobile number to text'), templateId: byId(2), variables: vars({ name: fromAI('name', 'The customer name'), code: fromAI('code', 'The code') }) },
			{ input: [{ mobile: '13800138000', name: 'Li Lei' }] },
		);
		expect(result.error?.message).toMatch(/Template Variables: variable 2 "code" has no value/);
		expect(sends()).toHaveLength(0);
	});
});
