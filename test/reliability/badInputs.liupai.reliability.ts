import { LiupaiSandbox, liupaiTestAppkey } from '../sandbox/liupai';
import { byId, controlCases, generateCases, useBadInputs, valueList, type BadValue, type FieldCases, type OperationCases, type ProviderSpec } from './badInputs.kit';
import { badIds, badMobiles, EMPTY, NOT_TEXT, timeoutField } from './badInputs.values';

const sandbox = new LiupaiSandbox();

const provider: ProviderSpec = {
	nodeType: 'n8n-nodes-china-sms.liupai',
	credentialType: 'liupaiApi',
	credentials: (baseUrl) => ({ appSecret: liupaiTestAppkey, baseUrl }),
	// Sends read the sub-account's templates once per run; Update reads the sub-accounts.
	isLookup: (request) => /\/(templatelist|accountlist)$/.test(request.path),
};

const bad = (label: string, value: unknown, extra: Partial<BadValue> = {}): BadValue => ({ label, value, ...extra });
const structural = { structural: true };
const notFalse = (values: BadValue[]) => values.filter((value) => value.value !== false);

/** Each item sends to a number of its own: Liupai's per-number limits (4 a minute) would refuse repeats. */
const ownNumber = (item: number) => ({ mobile: `1380013800${item}` });
const OWN = '={{ $json.mobile }}';

/** Template 1001 of sub-account 12: "【Demo】您的验证码是@" (approved, one value). */
const loginCode = { contentMode: 'template', accountId: byId(12), templateId: byId(1001), variables: valueList('123456'), options: { delay: 0 } };

/** Values of an @ placeholder that cannot be sent: empty, the @ marker itself, not text. */
const badValues: BadValue[] = [
	bad('empty', ''),
	bad('spaces only', '   '),
	bad('null', null),
	bad('with the @ marker', 'a@b'),
	bad('only the @ marker', '@'),
	bad('an e-mail address', 'li@example.com'),
	...NOT_TEXT,
];

const badValueLists: BadValue[] = [
	bad('no value', {}, structural),
	bad('two values for one @', valueList('1', '2'), structural),
	bad('a list instead of the collection', ['123456'], structural),
];

const badContents: BadValue[] = [...NOT_TEXT, ...EMPTY];

const mobiles: FieldCases = { path: 'mobiles', good: '13800138000', goodFor: (item) => ownNumber(item).mobile, bad: badMobiles({ single: false, international: false }) };

const badSignatures: BadValue[] = [
	bad('without brackets', 'ACME'),
	bad('ASCII brackets', '[ACME]'),
	bad('one character inside', '【A】'),
	bad('13 characters inside', `【${'A'.repeat(13)}】`),
	bad('nested brackets', '【【ACME】】'),
	...NOT_TEXT,
	...EMPTY,
];
const badUrls: BadValue[] = [bad('no scheme', 'example.com/status'), bad('ftp', 'ftp://example.com'), bad('a scheme only', 'http://'), ...notFalse(NOT_TEXT)];
const badTotals: BadValue[] = [bad('0', 0), bad('negative', -5), bad('a fraction', 2.5), bad('letters', 'lots'), bad('an object', {}), bad('null', null, { names: 'Total Messages' })];

const operations: OperationCases[] = [
	{
		resource: 'message',
		operation: 'send',
		params: { mobiles: OWN, ...loginCode },
		itemJson: ownNumber,
		fields: [
			mobiles,
			{ path: 'accountId.value', good: '12', bad: badIds() },
			{ path: 'templateId.value', good: '1001', bad: badIds() },
			{ path: 'variables.values.0.value', good: '123456', bad: badValues },
			{ path: 'variables', good: loginCode.variables, bad: badValueLists },
			{ path: 'options.maxPerNumber', good: 4, bad: [bad('negative', -1), bad('a fraction', 1.5), bad('letters', 'four'), bad('an object', {})], positions: [0] },
			{ path: 'options.delay', good: 0, bad: [bad('negative', -1), bad('over a minute', 60001), bad('letters', 'slow'), bad('an object', {})], positions: [0] },
			timeoutField([0]),
		],
	},
	{
		resource: 'message',
		operation: 'send',
		variant: 'exact text',
		params: { mobiles: OWN, contentMode: 'text', templateId: byId(1001), content: '【Demo】您的验证码是123456', options: { delay: 0 } },
		itemJson: ownNumber,
		fields: [mobiles, { path: 'content', good: '【Demo】您的验证码是123456', bad: badContents }, { path: 'templateId.value', good: '1001', bad: badIds() }],
	},
	{
		resource: 'template',
		operation: 'create',
		params: { accountId: byId(12), title: 'order_notice', content: '【Demo】您的订单@已发货', isMarketing: false },
		perItem: true,
		fields: [
			{ path: 'accountId.value', good: '12', bad: badIds() },
			{ path: 'title', good: 'order_notice', bad: [...NOT_TEXT, ...EMPTY] },
			{ path: 'content', good: '【Demo】您的订单@已发货', bad: [bad('only @ placeholders', '@@'), ...NOT_TEXT, ...EMPTY] },
			{ path: 'isMarketing', good: false, parameter: 'content', bad: [bad('marketing without 回TD退订', true, { names: 'Content' })] },
		],
	},
	{
		resource: 'subAccount',
		operation: 'create',
		params: { company: 'ACME Ltd', signature: '【ACME】', totalnum: 100, additionalFields: {} },
		perItem: true,
		fields: [
			{ path: 'company', good: 'ACME Ltd', bad: [...NOT_TEXT, bad('empty', ''), bad('spaces only', '   ')] },
			{ path: 'signature', good: '【ACME】', bad: badSignatures },
			{ path: 'totalnum', good: 100, bad: badTotals },
			{ path: 'additionalFields.statusUrl', good: 'https://example.com/status', bad: badUrls },
			{ path: 'additionalFields.replyUrl', good: 'https://example.com/reply', bad: badUrls },
		],
	},
	{
		resource: 'subAccount',
		operation: 'update',
		params: { accountId: byId(12), updateFields: { company: 'Demo Co. Ltd' }, keepUnchanged: true },
		perItem: true,
		fields: [
			{ path: 'accountId.value', good: '12', bad: badIds() },
			{ path: 'updateFields.signature', good: '【Demo】', bad: badSignatures.filter((value) => value.value !== null) },
			{ path: 'updateFields.totalnum', good: 500, bad: badTotals.filter((value) => value.value !== null) },
			{ path: 'updateFields', good: { company: 'Demo Co. Ltd' }, bad: [bad('nothing to update', {}, structural)] },
		],
	},
	{ resource: 'template', operation: 'getMany', params: { accountId: byId(12), filters: {}, returnAll: false, limit: 10 }, perItem: true, fields: [{ path: 'accountId.value', good: '12', bad: badIds() }, timeoutField()] },
	{
		resource: 'sendLog',
		operation: 'getMany',
		params: { returnAll: false, limit: 10, filters: {} },
		perItem: true,
		fields: [
			{ path: 'filters.templateId', good: '1001', bad: badIds().filter((value) => Boolean(value.value) && !EMPTY.includes(value)) },
			{
				path: 'filters.startDate',
				good: '2026-11-01',
				bad: [bad('words', 'last week'), bad('month 13', '2026-13-01'), bad('February 30', '2026-02-30'), bad('a bare number', '7'), bad('an emoji', '2026-11-01🙂'), ...notFalse(NOT_TEXT)],
			},
		],
	},
];

describe('Liupai: malformed inputs are refused before anything is sent', () => {
	const { runCase, runControl } = useBadInputs(provider, sandbox);
	const cases = generateCases(provider, operations);

	test('the table holds at least 200 cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(200);
	});

	test.each(controlCases(operations).map((control) => [control.name, control] as const))('%s', async (_name, control) => {
		await runControl(control);
	});

	test.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
		await runCase(testCase);
	});
});
