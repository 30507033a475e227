import { refusedByField } from '../harness/runWorkflow';
import { appAuth, byId, expectNoSecrets, jsonOf, useJPush } from './setup';

const { sandbox, run, received } = useJPush();

const create = (extra: Record<string, unknown> = {}) => ({
	resource: 'template',
	operation: 'create',
	text: '您好，您的验证码是{{code}}，2分钟内有效！',
	type: 1,
	ttl: 120,
	remark: '此模板用于用户注册',
	...extra,
});

describe('JPush Template', () => {
	test('Create posts template, type, ttl and remark and outputs the new template under review', async () => {
		const result = await run(create());
		expect(result.error).toBeUndefined();
		expect(received()).toHaveLength(1);
		expect(received()[0]).toMatchObject({ method: 'POST', path: '/v1/templates', body: { template: '您好，您的验证码是{{code}}，2分钟内有效！', type: 1, ttl: 120, remark: '此模板用于用户注册' } });
		expect(received()[0].headers.authorization).toBe(appAuth);
		expect(jsonOf(result)).toEqual([{ templateId: 10000, status: 0, statusLabel: 'under review', template: '您好，您的验证码是{{code}}，2分钟内有效！', type: 1, ttl: 120, remark: '此模板用于用户注册' }]);
		expect(sandbox.templates.get(10000)?.status).toBe(0);
	});

	test('Create of a notification template sends no ttl', async () => {
		const result = await run(create({ type: 2, text: '订单{{orderNo}}已发货', remark: '' }));
		expect(result.error).toBeUndefined();
		expect(received()[0].body).toEqual({ template: '订单{{orderNo}}已发货', type: 2 });
	});

	test.each([
		['brackets', { text: '【极光】验证码{{code}}' }, /Text: contains 【 or 】/],
		['a verification template with another variable', { text: '验证码{{pin}}' }, /Text: a verification template must have exactly one variable, \{\{code\}\}/],
		['a variable name with symbols', { type: 2, text: '订单{{order_no}}' }, /Text: \{\{order_no\}\} is not a valid variable name/],
		['a link variable without remark', { type: 3, text: '详情见{{url}}', remark: '' }, /Remark: is empty but the template has a \{\{url\}\} variable/],
		['a text over 350 characters', { type: 2, text: 'x'.repeat(351) }, /Text: has 351 characters/],
		['a remark over 500 characters', { remark: 'r'.repeat(501) }, /Remark: has 501 characters/],
	])('Create refuses %s before sending', async (_name, extra, message) => {
		const result = await run(create(extra));
		expect(result.error?.message).toMatch(message);
		expect(result.error?.message).toContain('[item 0]');
		expect(received()).toHaveLength(0);
	});

	test('Create maps JPush’s 50037 for sensitive words', async () => {
		const result = await run(create({ type: 2, text: '赌博优惠{{name}}', remark: '' }));
		expect(result.error).toMatchObject({ message: 'JPush SMS error 50037: The content has sensitive words (has black word)', httpCode: '403' });
	});

	test('Update puts the whole template with temp_id to a rejected template; others answer 50047', async () => {
		const result = await run(create({ operation: 'update', templateId: byId(1005), type: 2, text: '新的模板{{number}}', remark: '' }));
		expect(result.error).toBeUndefined();
		expect(received()[0]).toMatchObject({ method: 'PUT', path: '/v1/templates/1005', body: { temp_id: 1005, template: '新的模板{{number}}', type: 2 } });
		expect(jsonOf(result)).toEqual([{ templateId: 1005, status: 0, statusLabel: 'under review', template: '新的模板{{number}}', type: 2 }]);
		const approved = await run(create({ operation: 'update', templateId: byId(1002), type: 2, text: '新的模板{{number}}', remark: '' }));
		expect(approved.error?.message).toBe('JPush SMS error 50047: Only rejected templates can be changed (modify template not allow)');
	});

	test('Get outputs the template with readable type and status', async () => {
		const result = await run({ resource: 'template', operation: 'get', templateId: byId(1001) });
		expect(received()[0]).toMatchObject({ method: 'GET', path: '/v1/templates/1001' });
		expect(jsonOf(result)).toEqual([{ templateId: 1001, template: '您好，您的验证码是{{code}}，5分钟内有效！', type: 1, ttl: 300, remark: '注册验证码', status: 1, typeLabel: 'verification code', statusLabel: 'approved' }]);
	});

	test('Delete reads the empty 200 answer and outputs deleted: true; an unknown ID is 50013', async () => {
		const result = await run({ resource: 'template', operation: 'delete', templateId: byId(1006) });
		expect(received()[0]).toMatchObject({ method: 'DELETE', path: '/v1/templates/1006' });
		expect(result.items).toEqual([{ json: { deleted: true, templateId: 1006 }, pairedItem: { item: 0 } }]);
		expect(sandbox.templates.has(1006)).toBe(false);
		const unknown = await run({ resource: 'template', operation: 'delete', templateId: byId(1006) });
		expect(unknown.error?.message).toBe('JPush SMS error 50013: The template ID is not valid (invalid temp_id)');
		expectNoSecrets(unknown);
	});

	test('an ID that is not a number is refused by the field', async () => {
		const result = await run({ resource: 'template', operation: 'get', templateId: byId('x1') });
		expect(result.error?.message).toMatch(refusedByField(/A template ID is a positive number/));
		expect(received()).toHaveLength(0);
	});
});
