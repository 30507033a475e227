import { nodeTypes, nodeUnderTest, runListSearch, testAdditionalData } from '../harness/runWorkflow';
import { json, useTencent } from './setup';

const { sandbox, run, calls, credentials } = useTencent();
const now = () => Math.floor(Date.now() / 1000);
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
const sendTo = async (...numbers: string[]) =>
	await run({ resource: 'message', operation: 'send', phoneNumbers: numbers.join(','), templateId: { __rl: true, mode: 'id', value: '1110' }, signName: { __rl: true, mode: 'text', value: '腾讯云' }, variablesInput: 'list', variables: { values: [{ value: '1234' }] }, options: { checkTemplate: false } });

describe('Tencent Cloud SMS → Status', () => {
	test('Pull Delivery Reports takes the queue once (Limit, SmsSdkAppId); Return All pulls until a short page; never retried', async () => {
		await sendTo('13800000001', '13800000004');
		await sandbox.deliver();
		const first = await run({ resource: 'status', operation: 'pullDeliveryReports', returnAll: true });
		expect(calls().slice(-1)).toEqual([{ action: 'PullSmsSendStatus', body: { Limit: 100, SmsSdkAppId: '1400006666' } }]);
		expect(json(first).map((row) => [row.PhoneNumber, row.ReportStatus, row.Description])).toEqual([
			['+8613800000001', 'SUCCESS', 'DELIVRD'],
			['+8613800000004', 'FAIL', 'UNDELIV'],
		]);
		expect(json(await run({ resource: 'status', operation: 'pullDeliveryReports', returnAll: false, limit: 5 }))).toEqual([]);
		expect(calls().slice(-1)[0].body).toEqual({ Limit: 5, SmsSdkAppId: '1400006666' });
		sandbox.apps.get('1400006666')!.pullEnabled = false;
		const denied = await run({ resource: 'status', operation: 'pullReplies', returnAll: true });
		expect(denied.error?.message).toMatch(/^Tencent Cloud SMS error UnauthorizedOperation\.RequestPermissionDeny: .*enabled by Tencent Cloud support/);
	});

	test('Get Delivery Reports / Replies (Number) send BeginTime in Unix seconds, Offset 0, E.164, and do not consume', async () => {
		await sendTo('13800000004');
		await sandbox.deliver();
		await sandbox.reply('+8613800000004', 'TD');
		const begin = now() - 3600;
		const since = iso(begin);
		const reports = await run({ resource: 'status', operation: 'getDeliveryReports', phoneNumber: '13800000004', beginTime: since, limit: 10 });
		expect(calls().slice(-1)[0]).toEqual({ action: 'PullSmsSendStatusByPhoneNumber', body: { PhoneNumber: '+8613800000004', BeginTime: begin, Offset: 0, Limit: 10, SmsSdkAppId: '1400006666' } });
		expect(json(reports)).toEqual([expect.objectContaining({ PhoneNumber: '+8613800000004', ReportStatus: 'FAIL' })]);
		const replies = await run({ resource: 'status', operation: 'getReplies', phoneNumber: '+8613800000004', beginTime: since, limit: 10 });
		expect(json(replies)).toEqual([expect.objectContaining({ ReplyContent: 'TD', SignName: '腾讯云' })]);
		expect(sandbox.statusQueue).toHaveLength(1);
		const tooOld = await run({ resource: 'status', operation: 'getReplies', phoneNumber: '+8613800000004', beginTime: iso(now() - 8 * 86400), limit: 10 });
		expect(tooOld.error?.message).toMatch(/^Tencent Cloud SMS error InvalidParameterValue\.BeginTimeVerifyFail: /);
	});
});

describe('Tencent Cloud SMS → Message → Get Records, Statistics, Phone Number, Conversion', () => {
	test('Get Records pages by Offset (50 a page), newest first, with the status in words', async () => {
		await sendTo('13800000001');
		await sandbox.deliver();
		const begin = now() - 3600;
		const result = await run({ resource: 'message', operation: 'getRecords', phoneNumber: '13800000001', beginTime: iso(begin), returnAll: true });
		expect(calls().slice(-1)[0]).toEqual({ action: 'DescribeSendRecordList', body: { PhoneNumber: '+8613800000001', SmsSdkAppId: '1400006666', BeginTime: begin, Limit: 50, Offset: 0 } });
		expect(json(result)).toEqual([expect.objectContaining({ SendStatus: 2, status: 'delivered', RequestCode: 'Ok', StatusCode: 'DELIVRD', Content: '【腾讯云】您的验证码是****' })]);
	});

	test('Send and Receipt Statistics send yyyymmddhh (Beijing) with Limit/Offset 0; Packages add what remains', async () => {
		await sendTo('13800000001', '13800000002');
		const from = iso(now() - 3600);
		const stats = await run({ resource: 'statistics', operation: 'getSendStats', beginTime: from });
		const body = calls().slice(-1)[0].body;
		expect(body).toMatchObject({ SmsSdkAppId: '1400006666', Limit: 0, Offset: 0, BeginTime: expect.stringMatching(/^\d{10}$/), EndTime: expect.stringMatching(/^\d{10}$/) });
		expect(json(stats)).toEqual([expect.objectContaining({ FeeCount: 2, RequestCount: 2, RequestSuccessCount: 2 })]);
		const receipts = await run({ resource: 'statistics', operation: 'getReceiptStats', beginTime: iso(now() - 40 * 86400) });
		expect(receipts.error?.message).toBe('To: is more than 32 days after From [item 0]');
		const packages = await run({ resource: 'statistics', operation: 'getPackages', beginTime: '2025-12-01T00:00:00+08:00', returnAll: true });
		expect(calls().slice(-1)[0]).toEqual({ action: 'SmsPackagesStatistics', body: expect.objectContaining({ BeginTime: '2025120100', Limit: 500, Offset: 0 }) });
		expect(json(packages).map((row) => [row.PackageId, row.PackageAmount, row.CurrentUsage, row.remaining, row.type])).toEqual([
			[1000791745, 1000, 2, 998, 'purchased'],
			[1000791746, 100, 0, 100, 'gift'],
		]);
	});

	test('Phone Number → Get Info: one item per number; Conversion → Report by SerialNo, Code ok read case-insensitively', async () => {
		const info = await run({ resource: 'phoneNumber', operation: 'getInfo', phoneNumbers: '13800000001, +60198765432' });
		expect(calls()).toEqual([{ action: 'DescribePhoneNumberInfo', body: { PhoneNumberSet: ['+8613800000001', '+60198765432'] } }]);
		expect(json(info).map((row) => [row.PhoneNumber, row.IsoCode, row.valid])).toEqual([
			['+8613800000001', 'CN', true],
			['+60198765432', 'MY', true],
		]);
		const sent = await sendTo('13800000001');
		const serialNo = String(json(sent)[0].messageId);
		const at = now();
		const reported = await run({ resource: 'conversion', operation: 'report', serialNo, options: { conversionTime: iso(at) } });
		expect(calls().slice(-1)[0]).toEqual({ action: 'ReportConversion', body: { SmsSdkAppId: '1400006666', SerialNo: serialNo, ConversionTime: at } });
		expect(json(reported)).toEqual([{ serialNo, reported: true, code: 'ok', message: 'report success' }]);
	});

	test('an empty SDK AppID in the credential is an input error and nothing is sent', async () => {
		const result = await run({ resource: 'statistics', operation: 'getSendStats', beginTime: iso(now()) }, { credentials: { smsSdkAppId: '' } });
		expect(result.error?.message).toBe('SDK AppID (SmsSdkAppId): the Tencent Cloud API credential has no SDK AppID [item 0]');
		expect(calls()).toEqual([]);
	});
});

describe('Tencent Cloud SMS → Signature and Template', () => {
	test('Template Create / Update / Delete / Get Many: integer TemplateId for Modify and Delete, review status in words', async () => {
		const created = await run({ resource: 'template', operation: 'create', templateName: 'Pickup', templateContent: '您的取件码是{1}，请于{2}前取件', smsType: 2, international: false, remark: 'parcel lockers' });
		expect(calls()[0]).toEqual({ action: 'AddSmsTemplate', body: { TemplateName: 'Pickup', TemplateContent: '您的取件码是{1}，请于{2}前取件', SmsType: 2, International: 0, Remark: 'parcel lockers' } });
		const id = json(created)[0].TemplateId as number;
		expect(json(created)[0]).toMatchObject({ TemplateId: 2200, status: 'under review', usable: false });
		await run({ resource: 'template', operation: 'update', templateId: id, templateName: 'Pickup 2', templateContent: '取件码{1}', smsType: 3, international: false, remark: 'x' });
		expect(calls().slice(-1)[0]).toEqual({ action: 'ModifySmsTemplate', body: { TemplateId: 2200, TemplateName: 'Pickup 2', TemplateContent: '取件码{1}', SmsType: 3, International: 0, Remark: 'x' } });
		const approved = await run({ resource: 'template', operation: 'update', templateId: 1110, templateName: 'a', templateContent: '码{1}', smsType: 3, international: false, remark: 'x' });
		expect(approved.error?.message).toBe('Tencent Cloud SMS error FailedOperation.TemplateAlreadyPassedCheck: An approved template cannot be changed');
		const list = await run({ resource: 'template', operation: 'getMany', international: false, returnAll: true });
		expect(calls().slice(-1)[0].body).toEqual({ International: 0, Limit: 100, Offset: 0 });
		expect(json(list).map((row) => [row.TemplateId, row.status, row.usable])).toEqual([
			[1110, 'approved', true],
			[1111, 'approved', true],
			[1112, 'under review', false],
			[1113, 'rejected', false],
			[1115, 'approved', true],
			[2200, 'under review', false],
		]);
		expect(json(await run({ resource: 'template', operation: 'delete', templateId: id }))).toEqual([{ deleted: true, templateId: 2200, deleteTime: expect.any(Number) }]);
		expect(calls().slice(-1)[0]).toEqual({ action: 'DeleteSmsTemplate', body: { TemplateId: 2200 } });
	});

	test('Template Create refuses what Tencent’s review standard forbids before sending', async () => {
		for (const [content, smsType, message] of [
			['您的验证码是{2}', 3, /its variables are \{2\}/],
			['{1}{2}', 3, /two variables next to each other/],
			['【腾讯云】码{1}', 3, /contains 【 or 】/],
			['新品上市', 1, /marketing template without the opt-out/],
		] as const) {
			const result = await run({ resource: 'template', operation: 'create', templateName: 'n', templateContent: content, smsType, international: false, remark: 'r' });
			expect(result.error?.message).toMatch(message);
		}
		expect(calls()).toEqual([]);
	});

	test('Signature Create sends the proof image as base64 without a prefix; Get Many and Delete', async () => {
		const image = Buffer.from('\x89PNG fake image bytes', 'latin1');
		const input = [{ json: {}, binary: { data: { data: image.toString('base64'), mimeType: 'image/png', fileName: 'licence.png' } } }];
		const created = await run({ resource: 'signature', operation: 'create', signName: 'n8n测', international: false, signType: 0, documentType: 1, signPurpose: 0, proofImage: 'data', qualificationId: 1001 }, { input });
		expect(created.error).toBeUndefined();
		expect(calls()[0]).toEqual({ action: 'AddSmsSign', body: { SignName: 'n8n测', SignType: 0, DocumentType: 1, International: 0, SignPurpose: 0, ProofImage: image.toString('base64'), QualificationId: 1001 } });
		expect(json(created)[0]).toMatchObject({ SignId: 1200, status: 'under review' });
		const noQualification = await run({ resource: 'signature', operation: 'create', signName: 'n8n测二', international: false, signType: 0, documentType: 1, signPurpose: 0, proofImage: 'data', qualificationId: 0 }, { input });
		expect(noQualification.error?.message).toBe('Qualification ID: is needed for a mainland China signature [item 0]');
		const list = await run({ resource: 'signature', operation: 'getMany', international: false, returnAll: false, limit: 2 });
		expect(calls().slice(-1)[0].body).toEqual({ International: 0, Limit: 2, Offset: 0 });
		expect(json(list).map((row) => [row.SignName, row.status])).toEqual([
			['腾讯云', 'approved'],
			['n8n测试', 'under review'],
		]);
		expect(json(await run({ resource: 'signature', operation: 'delete', signId: 1200 }))).toEqual([{ deleted: true, signId: 1200, deleteTime: expect.any(Number) }]);
	});
});

describe('Tencent Cloud SMS pickers and variable fields', () => {
	const spec = { type: 'n8n-nodes-china-sms.tencentSms', credentialType: 'tencentCloudApi', parameters: { resource: 'message', operation: 'send' } };

	test('templates: approved ones first, the others visible and marked not usable; searchable; both kinds read', async () => {
		const result = await runListSearch(spec, 'searchTemplates', { tencentCloudApi: credentials() });
		expect(calls().map((call) => call.body)).toEqual([
			{ International: 0, Limit: 100, Offset: 0 },
			{ International: 1, Limit: 100, Offset: 0 },
		]);
		expect(result.results.map((entry) => [entry.value, entry.name])).toEqual([
			['1110', '验证码 · Approved · mainland China · 您的验证码是{1}'],
			['1111', expect.stringMatching(/^登录通知 · Approved/)],
			['1114', 'Global code · Approved · international · Your verification code is {1}'],
			['1115', 'Both · Approved · mainland and international · Order {1} shipped'],
			['1112', '发货通知 · under review, cannot send · mainland China · 您的订单{1}已发货'],
			['1113', expect.stringMatching(/^活动通知 · rejected, cannot send/)],
		]);
		expect((await runListSearch(spec, 'searchTemplates', { tencentCloudApi: credentials() }, 'global')).results.map((entry) => entry.value)).toEqual(['1114']);
	});

	test('signatures: the value is the text SendSms takes', async () => {
		const result = await runListSearch(spec, 'searchSignatures', { tencentCloudApi: credentials() }, undefined, 'parameters.signName');
		expect(result.results.map((entry) => [entry.value, entry.name])).toEqual([
			['腾讯云', '腾讯云 · Approved · mainland China'],
			['n8n Global', 'n8n Global · Approved · international'],
			['n8n测试', 'n8n测试 · under review, cannot send · mainland China'],
			['旧签名', '旧签名 · rejected, cannot send · mainland China'],
		]);
	});

	test('the template’s {1} {2} become named fields, in number order', async () => {
		const { LoadOptionsContext } = await import('n8n-core');
		const { Workflow } = await import('n8n-workflow');
		const node = nodeUnderTest({ ...spec, parameters: { ...spec.parameters, templateId: { __rl: true, mode: 'id', value: '1111' } } });
		const workflow = new Workflow({ id: 'test', nodes: [node], connections: {}, nodeTypes, active: false, settings: {} });
		const context = new LoadOptionsContext(workflow, node, { ...testAdditionalData({ tencentCloudApi: credentials() }), currentNodeParameters: node.parameters }, 'parameters.templateVariables');
		const method = nodeTypes.getByNameAndVersion(spec.type).methods?.resourceMapping?.getTemplateVariables;
		const fields = await method!.call(context);
		expect(fields.fields.map((field) => [field.id, field.displayName, field.required])).toEqual([
			['1', '{1} (… 为您的登录验证码，请于)', true],
			['2', '{2} (为您的登录验证码，请于 …)', true],
		]);
	});
});
