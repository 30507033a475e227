import type { IDataObject } from 'n8n-workflow';

import { runListSearch } from '../harness/runWorkflow';
import { aliyunTestCredentials } from '../sandbox/aliyun';
import { locator, useAliyun } from './setup';

const { sandbox, run, received, actions, paramsOf, baseUrl } = useAliyun();
const credentials = () => ({ aliyunSmsApi: { ...aliyunTestCredentials, endpoint: 'dysmsapi.aliyuncs.com', baseUrl: baseUrl() } });
const nodeSpec = (parameters: IDataObject) => ({ type: 'n8n-nodes-china-sms.aliyunSms', credentialType: 'aliyunSmsApi', parameters });

describe('Aliyun SMS → Signature', () => {
	test('Create sends CreateSmsSign with the source and qualification; the signature is then under review', async () => {
		const result = await run({ resource: 'signature', operation: 'create', signName: 'NewCo', signSource: 0, qualificationId: '1001', signOptions: { remark: 'orders', signType: 1 } });
		expect(result.error).toBeUndefined();
		expect(received()[0].headers['x-acs-action']).toBe('CreateSmsSign');
		expect(received()[0].query).toEqual({ SignName: 'NewCo', SignSource: '0', QualificationId: '1001', SignType: '1', Remark: 'orders' });
		expect(result.items[0].json).toMatchObject({ signName: 'NewCo', orderId: expect.any(String), status: 'under review' });
		expect(sandbox.signatures.get('NewCo')?.status).toBe(0);
	});

	test('Create: a trademark source without its ID, or a name with 【】, is an input error; nothing sent', async () => {
		expect((await run({ resource: 'signature', operation: 'create', signName: 'NewCo', signSource: 5, qualificationId: '1001' })).error?.message).toMatch(/^Trademark ID: is empty/);
		expect((await run({ resource: 'signature', operation: 'create', signName: 'a b', signSource: 0, qualificationId: '1001' })).error?.message).toMatch(/^Signature Name: "a b" is not a signature name/);
		expect(received()).toHaveLength(0);
	});

	test('Update resubmits; Get reads the numeric status; Get Many pages; Delete refuses one under review with Aliyun’s code', async () => {
		expect((await run({ resource: 'signature', operation: 'update', signName: '被拒签名', signSource: 0, qualificationId: '1002' })).error).toBeUndefined();
		expect(sandbox.signatures.get('被拒签名')).toMatchObject({ status: 0, qualificationId: '1002' });
		const got = await run({ resource: 'signature', operation: 'get', signName: locator('ACME') });
		expect(got.items[0].json).toMatchObject({ status: 'approved', usable: true, SignName: 'ACME', SignStatus: 1 });
		expect(got.items[0].json).not.toHaveProperty('Code');
		const many = await run({ resource: 'signature', operation: 'getMany', returnAll: true });
		expect(many.items.map((i) => [i.json.SignName, i.json.usable])).toEqual([['阿里云短信测试', true], ['ACME', true], ['ACME验证', true], ['审核中签名', false], ['被拒签名', false]]);
		const refused = await run({ resource: 'signature', operation: 'delete', signName: locator('审核中签名') });
		expect(refused.error?.message).toBe('Aliyun SMS error isv.ERROR_SIGN_NOT_DELETE: A signature under review cannot be deleted');
		const deleted = await run({ resource: 'signature', operation: 'delete', signName: locator('ACME验证') });
		expect(deleted.items[0].json).toMatchObject({ deleted: true, signName: 'ACME验证' });
		expect(sandbox.signatures.has('ACME验证')).toBe(false);
	});
});

describe('Aliyun SMS → Template', () => {
	const create = (extra: Record<string, unknown> = {}) => ({
		resource: 'template',
		operation: 'create',
		templateName: 'Shipped',
		templateType: 1,
		templateContent: '您的订单${order}已由${carrier}发出。',
		relatedSignName: 'ACME',
		templateRule: { rules: [{ variable: 'order', property: 'other_number2' }, { variable: '${carrier}', property: 'name' }] },
		remark: '发货后通知',
		...extra,
	});

	test('Create sends the content, the type, the related signature and TemplateRule as JSON', async () => {
		const result = await run(create());
		expect(result.error).toBeUndefined();
		expect(paramsOf(received()[0])).toEqual({ TemplateName: 'Shipped', TemplateContent: '您的订单${order}已由${carrier}发出。', TemplateType: '1', TemplateRule: '{"order":"other_number2","carrier":"name"}', RelatedSignName: 'ACME', Remark: '发货后通知' });
		expect(result.items[0].json).toMatchObject({ templateCode: expect.stringMatching(/^SMS_\d+$/), status: 'under review' });
	});

	test.each([
		[{ templateContent: '【ACME】您的订单${order}已发出' }, /^Content: contains 【 or 】/],
		[{ templateType: 2, templateContent: '新品${order}上市${carrier}' }, /^Content: a promotional template must end with "拒收请回复R"/],
		[{ templateRule: { rules: [{ variable: 'order', property: 'other_number2' }] } }, /^Variable Rules: no rule for \$\{carrier\}/],
		[{ templateContent: '您的订单${order}${carrier}' }, /^Content: two variables are next to each other/],
		[{ templateType: 0, templateContent: '验证码${order}，${carrier}' }, /^Content: a verification-code template has 2 variables/],
	])('bad template %j → input error, nothing sent', async (extra, message) => {
		expect((await run(create(extra))).error?.message).toMatch(message);
		expect(received()).toHaveLength(0);
	});

	test('Get gives the string statuses in words and the variables; Update works on a rejected template only; Delete', async () => {
		const got = await run({ resource: 'template', operation: 'get', templateCode: locator('SMS_100000001') });
		expect(got.items[0].json).toMatchObject({ status: 'approved', usable: true, variables: ['name', 'order'], TemplateStatus: '1', TemplateType: '1' });
		const approved = await run({ ...create({ operation: 'update' }), templateCode: locator('SMS_100000001') });
		expect(approved.error?.message).toBe('Aliyun SMS error isv.ERROR_TEMPLATE_NOT_MODIFY: Only rejected templates can be modified');
		const rejected = await run({ ...create({ operation: 'update' }), templateCode: locator('SMS_100000003') });
		expect(rejected.error).toBeUndefined();
		expect(sandbox.templates.get('SMS_100000003')).toMatchObject({ status: 0, content: '您的订单${order}已由${carrier}发出。' });
		expect((await run({ resource: 'template', operation: 'delete', templateCode: locator('SMS_100000005') })).items[0].json).toMatchObject({ deleted: true, templateCode: 'SMS_100000005' });
	});

	test('Get Many with a Limit asks for one page of that size; usable marks approved ones', async () => {
		const result = await run({ resource: 'template', operation: 'getMany', returnAll: false, limit: 3 });
		expect(received()[0].query).toEqual({ PageIndex: '1', PageSize: '3' });
		expect(result.items.map((i) => [i.json.TemplateCode, i.json.usable])).toEqual([['SMS_154950909', true], ['SMS_100000001', true], ['SMS_100000002', false]]);
	});
});

describe('Aliyun SMS → pickers and variable fields', () => {
	test('the template list shows approved templates first, the others marked as not usable', async () => {
		const list = await runListSearch(nodeSpec({ resource: 'sms', operation: 'send' }), 'searchTemplates', credentials());
		expect(list.results.map((r) => r.value)).toEqual(['SMS_154950909', 'SMS_100000001', 'SMS_100000004', 'SMS_100000005', 'SMS_100000002', 'SMS_100000003']);
		expect(list.results.find((r) => r.value === 'SMS_100000002')?.name).toContain('Under review, cannot send yet');
		const filtered = await runListSearch(nodeSpec({ resource: 'sms', operation: 'send' }), 'searchTemplates', credentials(), '发货');
		expect(filtered.results.map((r) => r.value)).toEqual(['SMS_100000001']);
	});

	test('the signature list, approved first', async () => {
		const list = await runListSearch(nodeSpec({ resource: 'sms', operation: 'send' }), 'searchSignatures', credentials(), undefined, 'parameters.signName');
		expect(list.results.map((r) => [r.value, r.name.includes('cannot send')])).toEqual([['阿里云短信测试', false], ['ACME', false], ['ACME验证', false], ['审核中签名', true], ['被拒签名', true]]);
	});

	test('the variable fields of the chosen template, named by ${name}', async () => {
		const { nodeTypes } = await import('../harness/runWorkflow');
		const { LoadOptionsContext } = await import('n8n-core');
		const { Workflow } = await import('n8n-workflow');
		const { nodeUnderTest, testAdditionalData } = await import('../harness/runWorkflow');
		const node = nodeUnderTest(nodeSpec({ resource: 'sms', operation: 'send', templateCode: locator('SMS_100000001') }));
		const workflow = new Workflow({ id: 't', nodes: [node], connections: {}, nodeTypes, active: false, settings: {} });
		const context = new LoadOptionsContext(workflow, node, { ...testAdditionalData(credentials()), currentNodeParameters: node.parameters }, 'parameters.templateVariables');
		const method = (nodeTypes.getByNameAndVersion('n8n-nodes-china-sms.aliyunSms') as { methods: { resourceMapping: Record<string, (this: unknown) => Promise<{ fields: Array<{ id: string; displayName: string; required: boolean }> }>> } }).methods.resourceMapping.getTemplateVariables;
		const fields = await method.call(context);
		expect(fields.fields.map((f) => [f.id, f.required])).toEqual([['name', true], ['order', true]]);
		expect(actions()).toEqual(['GetSmsTemplate']);
	});
});

describe('Aliyun SMS → Tag', () => {
	test('Add flattens ResourceId.N and Tag.N.Key/Value with RegionId cn-hangzhou; Get Many lists; Remove by key', async () => {
		const added = await run({ resource: 'tag', operation: 'add', templateCodes: 'SMS_100000001, SMS_100000005', tags: { tag: [{ key: 'team', value: 'sales' }, { key: 'kind', value: 'notice' }] } });
		expect(added.error).toBeUndefined();
		expect(received()[0].query).toEqual({ RegionId: 'cn-hangzhou', ResourceType: 'TEMPLATE', ProdCode: 'dysms', 'ResourceId.1': 'SMS_100000001', 'ResourceId.2': 'SMS_100000005', 'Tag.1.Key': 'team', 'Tag.1.Value': 'sales', 'Tag.2.Key': 'kind', 'Tag.2.Value': 'notice' });
		expect(added.items[0].json).toMatchObject({ tagged: true });
		const listed = await run({ resource: 'tag', operation: 'getMany', templateCodes: 'SMS_100000001', returnAll: true });
		expect(listed.items.map((i) => i.json)).toEqual([
			{ templateCode: 'SMS_100000001', key: 'team', value: 'sales', resourceType: 'ALIYUN::DYSMS::TEMPLATE' },
			{ templateCode: 'SMS_100000001', key: 'kind', value: 'notice', resourceType: 'ALIYUN::DYSMS::TEMPLATE' },
		]);
		expect((await run({ resource: 'tag', operation: 'remove', templateCodes: 'SMS_100000001', tagKeys: 'team' })).error).toBeUndefined();
		expect(received().at(-1)!.query).toMatchObject({ 'ResourceId.1': 'SMS_100000001', 'TagKey.1': 'team' });
		expect(sandbox.templates.get('SMS_100000001')!.tags).toEqual({ kind: 'notice' });
	});

	test('bad input: a code that is not SMS_…, 21 templates, no filter at all', async () => {
		expect((await run({ resource: 'tag', operation: 'add', templateCodes: 'abc', tags: { tag: [{ key: 'a', value: 'b' }] } })).error?.message).toMatch(/^Template Codes: "abc" is not a template code/);
		const many = Array.from({ length: 21 }, (_, i) => `SMS_${i}`).join(',');
		expect((await run({ resource: 'tag', operation: 'add', templateCodes: many, tags: { tag: [{ key: 'a', value: 'b' }] } })).error?.message).toMatch(/^Template Codes: 21 codes given/);
		expect((await run({ resource: 'tag', operation: 'getMany', templateCodes: '', returnAll: true })).error?.message).toMatch(/^Template Codes: neither template codes nor a tag filter given/);
		expect(received()).toHaveLength(0);
	});
});

describe('Aliyun SMS → International', () => {
	test('Send: one SendMessageToGlobe (version 2018-05-01) per number, the MessageId and segments per item', async () => {
		const result = await run({ resource: 'international', operation: 'send', mobiles: '+85291234567, +6591234567', message: 'Your code is 1234', options: { from: 'ACME', type: 'NOTIFY' } });
		expect(result.error).toBeUndefined();
		expect(received().map((r) => [r.headers['x-acs-action'], r.headers['x-acs-version'], r.query.To])).toEqual([
			['SendMessageToGlobe', '2018-05-01', '85291234567'],
			['SendMessageToGlobe', '2018-05-01', '6591234567'],
		]);
		expect(received()[0].query).toEqual({ To: '85291234567', Message: 'Your code is 1234', From: 'ACME', Type: 'NOTIFY' });
		expect(result.items.map((i) => i.json)).toEqual([
			expect.objectContaining({ success: true, mobile: '85291234567', messageId: sandbox.globeMessages[0].messageId, segments: 1 }),
			expect.objectContaining({ success: true, mobile: '6591234567', messageId: sandbox.globeMessages[1].messageId }),
		]);
		await sandbox.deliver();
		const status = await run({ resource: 'international', operation: 'getStatus', messageId: String(result.items[0].json.messageId) });
		expect(status.items[0].json).toMatchObject({ status: 'delivered', Status: '1', ErrorCode: 'DELIVERED', To: '85291234567' });
		expect(status.items[0].json).not.toHaveProperty('ResponseCode');
	});

	test('Send refuses mainland numbers before sending; an unknown message ID is Aliyun’s isv.DATA_NOT_EXIST', async () => {
		expect((await run({ resource: 'international', operation: 'send', mobiles: '13800138000', message: 'Hi' })).error?.message).toMatch(/^Mobile Numbers: 13800138000 is a mainland China number/);
		expect(received()).toHaveLength(0);
		expect((await run({ resource: 'international', operation: 'getStatus', messageId: '1' })).error?.message).toBe('Aliyun SMS error isv.DATA_NOT_EXIST: No message with this ID exists');
	});

	test('Send Batch: items merged into one BatchSendMessageToGlobe with index-aligned JSON arrays', async () => {
		const input = [{ to: '+85291234567', text: 'A' }, { to: '+6591234567', text: 'B' }];
		const result = await run({ resource: 'international', operation: 'sendBatch', mobile: '={{ $json.to }}', message: '={{ $json.text }}' }, { input });
		expect(result.error).toBeUndefined();
		expect(received()).toHaveLength(1);
		expect(received()[0].query).toMatchObject({ To: '["85291234567","6591234567"]', Message: '["A","B"]', Type: 'NOTIFY' });
		expect(result.items.map((i) => [i.json.success, i.json.messageId, i.pairedItem])).toEqual([
			[true, sandbox.globeMessages[0].messageId, { item: 0 }],
			[true, sandbox.globeMessages[1].messageId, { item: 1 }],
		]);
	});
});
