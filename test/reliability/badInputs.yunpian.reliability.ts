import { YunpianSandbox, yunpianTestApiKey } from '../sandbox/yunpian';
import { byId, controlCases, generateCases, namedValues, useBadInputs, type BadValue, type FieldCases, type OperationCases, type ProviderSpec } from './badInputs.kit';
import { badIds, badMobiles, EMPTY, longText, NOT_TEXT, timeoutField } from './badInputs.values';

const sandbox = new YunpianSandbox();

const provider: ProviderSpec = {
	nodeType: 'n8n-nodes-china-sms.yunpian',
	credentialType: 'yunpianApi',
	credentials: (baseUrl) => ({ apiKey: yunpianTestApiKey, baseUrl }),
	// The template check reads the template once per run.
	isLookup: (request) => /\/tpl\/get\.json$/.test(request.path),
	afterReset: () => {
		// Beijing 2026-11-26 10:00:00, as the Yunpian unit tests use.
		sandbox.now = () => new Date('2026-11-26T02:00:00.000Z');
	},
};

const bad = (label: string, value: unknown, extra: Partial<BadValue> = {}): BadValue => ({ label, value, ...extra });
const structural = { structural: true };
const notFalse = (values: BadValue[]) => values.filter((value) => value.value !== false);

/** Each item sends to a number of its own: Yunpian refuses the same text to one number twice in 30 s. */
const ownNumber = (item: number) => ({ mobile: `1380013800${item}` });
const OWN = '={{ $json.mobile }}';

/** SMS texts Yunpian refuses (no 【signature】, nothing after it, over 500 characters) and values that are not text. */
const badTexts: BadValue[] = [
	bad('no signature', 'Your code is 1234'),
	bad('ASCII brackets', '[ACME]Your code is 1234'),
	bad('a signature of one character', '【A】Your code is 1234'),
	bad('a signature of 21 characters', `【${'A'.repeat(21)}】Your code is 1234`),
	bad('only the signature', '【ACME】'),
	bad('only the signature and spaces', '【ACME】   '),
	bad('501 characters', `【ACME】${longText(495)}`),
	bad('the signature after the text', 'Your code is 1234【ACME】'),
	bad('only an emoji', '🙂'),
	bad('right-to-left text without a signature', 'مرحبا 1234'),
	...NOT_TEXT,
	...EMPTY,
];

const badExtends: BadValue[] = [bad('letters', 'ab'), bad('13 digits', '1234567890123'), bad('full-width digits', '０１'), bad('a minus', '-1'), bad('an emoji', '1🙂'), ...notFalse(NOT_TEXT)];
const badUids: BadValue[] = [bad('257 characters', 'u'.repeat(257)), ...notFalse(NOT_TEXT)];
const badUrls: BadValue[] = [bad('no scheme', 'example.com/hook'), bad('ftp', 'ftp://example.com/hook'), bad('a scheme only', 'https://'), bad('spaces', 'https:// example.com'), bad('javascript', 'javascript:alert(1)'), ...notFalse(NOT_TEXT)];
const badBatchSizes = (max: number): BadValue[] => [bad('0', 0), bad('over the maximum', max + 1), bad('a fraction', 1.5), bad('letters', 'many'), bad('an object', {})];

/** Names of a template variable: # & = would break tpl_value (`#name#=value&…`), and names must be text. */
const badVariableNames: BadValue[] = [
	bad('empty', ''),
	bad('spaces only', '  '),
	bad('with =', 'co=de'),
	bad('with &', 'co&de'),
	bad('with # inside', 'co#de'),
	bad('one # mark', '#code'),
	bad('unknown to the template', 'pin', { names: 'Template Variables' }),
	...NOT_TEXT,
];

/** Values that cannot be sent: empty (Yunpian refuses them), not text, or too long for the message. Values with # & = are encoded, so valid. */
const badVariableValues: BadValue[] = [
	bad('empty', ''),
	bad('null', null),
	bad('too long for the message', longText(500)),
	...NOT_TEXT,
];

const badVariableLists: BadValue[] = [
	bad('missing the variable', {}, structural),
	bad('an extra variable', namedValues({ code: '1234', name: 'Li' }), structural),
	bad('the variable twice', { values: [{ name: 'code', value: '1' }, { name: '#code#', value: '2' }] }, structural),
];

const mobile = (international: boolean): FieldCases => ({ path: 'mobile', good: '13800138000', goodFor: (item) => ownNumber(item).mobile, bad: badMobiles({ single: true, international }) });
const mobiles: FieldCases = { path: 'mobiles', good: '13800138000', goodFor: (item) => ownNumber(item).mobile, bad: badMobiles({ single: false, international: false }) };
const text: FieldCases = { path: 'text', good: '【ACME】Your code is 1234', bad: badTexts };
const sendOptions: FieldCases[] = [
	{ path: 'options.extend', good: '01', bad: badExtends },
	{ path: 'options.uid', good: 'order-1', bad: badUids },
	{ path: 'options.callbackUrl', good: 'https://example.com/report', bad: badUrls },
];
const template: FieldCases = { path: 'templateId.value', good: '1', bad: badIds() };
const variables: FieldCases[] = [
	{ path: 'variables.values.0.name', good: 'code', bad: badVariableNames },
	{ path: 'variables.values.0.value', good: '1234', bad: badVariableValues },
	{ path: 'variables', good: namedValues({ code: '1234' }), bad: badVariableLists },
];

/** Phone numbers a voice call cannot reach (landlines with an area code can be called). */
const badPhones = badMobiles({ single: true, international: false, landline: true });

const operations: OperationCases[] = [
	{ resource: 'sms', operation: 'send', params: { mobile: OWN, text: '【ACME】Your code is 1234', options: {} }, itemJson: ownNumber, fields: [mobile(true), text, ...sendOptions, timeoutField([0])] },
	{
		resource: 'sms',
		operation: 'sendBatch',
		params: { mobiles: OWN, text: '【ACME】Your code is 1234', options: {} },
		itemJson: ownNumber,
		fields: [mobiles, text, ...sendOptions, { path: 'options.batchSize', good: 1000, bad: badBatchSizes(1000), positions: [0] }, { path: 'options.parallelRequests', good: 1, bad: badBatchSizes(10), positions: [0] }],
	},
	{ resource: 'sms', operation: 'sendMulti', params: { mobile: OWN, text: '【ACME】Your code is 1234', options: {} }, itemJson: ownNumber, fields: [mobile(false), text, sendOptions[0]] },
	{
		resource: 'sms',
		operation: 'sendTemplate',
		params: { mobile: OWN, templateId: byId(1), variables: namedValues({ code: '1234' }), options: {} },
		itemJson: ownNumber,
		fields: [mobile(true), template, ...variables, sendOptions[1]],
	},
	{
		resource: 'sms',
		operation: 'sendTemplateBatch',
		params: { mobiles: OWN, templateId: byId(1), variables: namedValues({ code: '1234' }), options: {} },
		itemJson: ownNumber,
		fields: [mobiles, template, ...variables, { path: 'options.batchSize', good: 200, bad: badBatchSizes(1000), positions: [0] }],
	},
	{
		resource: 'voice',
		operation: 'sendCode',
		params: { mobile: OWN, code: '1234', options: {} },
		itemJson: ownNumber,
		fields: [
			{ path: 'mobile', good: '13800138000', goodFor: (item) => ownNumber(item).mobile, bad: badPhones },
			{ path: 'code', good: '1234', bad: [bad('3 digits', '123'), bad('7 digits', '1234567'), bad('letters', 'abcd'), bad('full-width digits', '１２３４'), bad('an emoji', '123🙂'), bad('a combining mark', '1234\u0301'), ...NOT_TEXT, ...EMPTY] },
			{ path: 'options.displayNum', good: '01088880000', bad: [bad('letters', 'ACME'), bad('two digits', '01'), bad('a plus', '+8601088880000'), ...notFalse(NOT_TEXT)] },
			{ path: 'options.callbackUrl', good: 'https://example.com/call', bad: badUrls },
		],
	},
	{
		resource: 'voice',
		operation: 'sendNotification',
		params: { mobile: OWN, templateId: byId(101), variables: namedValues({ order: 'A1', time: '10:00' }), options: {} },
		itemJson: ownNumber,
		fields: [
			{ path: 'mobile', good: '13800138000', goodFor: (item) => ownNumber(item).mobile, bad: badPhones },
			{ path: 'templateId.value', good: '101', bad: badIds() },
			{ path: 'variables.values.0.name', good: 'order', bad: badVariableNames.filter((value) => !value.names) },
			{ path: 'variables.values.0.value', good: 'A1', bad: badVariableValues.filter((value) => value.label !== 'too long for the message') },
		],
	},
	{
		resource: 'videoSms',
		operation: 'send',
		params: { mobiles: OWN, videoTemplateId: '126', options: {} },
		itemJson: ownNumber,
		fields: [mobiles, { path: 'videoTemplateId', good: '126', bad: badIds() }, { path: 'options.uid', good: 'v-1', bad: badUids }],
	},
	{
		resource: 'template',
		operation: 'create',
		params: { content: '【ACME】Your order #order# has shipped', options: {} },
		perItem: true,
		fields: [
			{ path: 'content', good: '【ACME】Your order #order# has shipped', bad: badTexts },
			{ path: 'options.callback', good: 'https://example.com/review', bad: badUrls.filter((value) => Boolean(value.value)) },
			{ path: 'options.website', good: 'https://example.com/register', bad: badUrls.filter((value) => Boolean(value.value)) },
		],
	},
	{
		resource: 'template',
		operation: 'update',
		params: { templateId: byId(5), content: '【ACME】Your parcel is ready', options: {} },
		perItem: true,
		fields: [
			{ path: 'templateId.value', good: '5', bad: badIds() },
			{ path: 'content', good: '【ACME】Your parcel is ready', bad: badTexts },
		],
	},
	{ resource: 'template', operation: 'get', params: { templateId: byId(1) }, perItem: true, fields: [{ path: 'templateId.value', good: '1', bad: badIds() }, timeoutField()] },
	{ resource: 'template', operation: 'delete', params: { templateId: byId(5) }, perItem: true, controlItems: 1, fields: [{ path: 'templateId.value', good: '5', bad: badIds().slice(0, 16), positions: [0] }] },
	{ resource: 'videoSms', operation: 'getTemplate', params: { videoTemplateId: '126' }, perItem: true, fields: [{ path: 'videoTemplateId', good: '126', bad: badIds() }] },
	{
		resource: 'flow',
		operation: 'recharge',
		params: { mobile: OWN, sn: '1008601', options: {} },
		itemJson: ownNumber,
		perItem: true,
		fields: [
			{ ...mobile(false), bad: mobile(false).bad.filter((value) => value.label !== 'a landline') },
			{ path: 'sn', good: '1008601', bad: badIds() },
		],
	},
	{ resource: 'shortUrl', operation: 'shorten', params: { longUrl: 'https://example.com/offer', options: {} }, perItem: true, fields: [{ path: 'longUrl', good: 'https://example.com/offer', bad: [...badUrls, ...EMPTY] }] },
	{ resource: 'shortUrl', operation: 'getStats', params: { sid: '7uRTPb', options: {} }, perItem: true, fields: [{ path: 'sid', good: '7uRTPb', bad: [...NOT_TEXT, ...EMPTY] }] },
	{
		resource: 'signature',
		operation: 'create',
		params: { signText: 'NEWCO', options: {} },
		perItem: true,
		itemJson: (item) => ({ sign: `NEWCO${item}` }),
		fields: [
			{
				path: 'signText',
				good: 'NEWCO',
				goodFor: (item) => `NEWCO${item}`,
				bad: [bad('with 【】', '【NEWCO】'), bad('with [ ]', '[NEWCO]'), bad('one character', 'N'), bad('21 characters', 'N'.repeat(21)), bad('Yunpian\'s own', '云片网'), ...NOT_TEXT, ...EMPTY],
			},
		],
	},
	{
		resource: 'account',
		operation: 'update',
		params: { updateFields: { emergencyContact: 'Li Lei' }, options: {} },
		perItem: true,
		fields: [
			{ path: 'updateFields.emergencyMobile', good: '13800138000', bad: badMobiles({ single: true, international: false }).filter((value) => Boolean(value.value) && !EMPTY.includes(value)) },
			{ path: 'updateFields.alarmBalance', good: 10, bad: [bad('negative', -1), bad('a fraction', 2.5), bad('letters', 'ten'), bad('empty', ''), bad('true', true), bad('a list', [5]), bad('an object', {})] },
			{ path: 'updateFields.emergencyContact', good: 'Li Lei', bad: notFalse(NOT_TEXT) },
			{ path: 'updateFields', good: { emergencyContact: 'Li Lei' }, bad: [bad('nothing to update', {}, structural)] },
		],
	},
	{ resource: 'sms', operation: 'checkBlackWords', params: { text: '【ACME】hello', options: {} }, perItem: true, fields: [{ path: 'text', good: '【ACME】hello', bad: [...NOT_TEXT, ...EMPTY] }] },
	{
		resource: 'sms',
		operation: 'getRecords',
		params: { startTime: '2026-11-25 00:00:00', endTime: '2026-11-26 09:00:00', returnAll: false, limit: 10, filters: {}, options: {} },
		perItem: true,
		fields: [
			{ path: 'startTime', good: '2026-11-25 00:00:00', bad: [bad('words', 'yesterday'), bad('month 13', '2026-13-01 00:00:00'), bad('February 30', '2026-02-30 00:00:00'), bad('a bare number', '12'), bad('after the end', '2026-11-26 10:00:00', { names: 'End Time' }), ...NOT_TEXT, ...EMPTY] },
			{ path: 'filters.mobile', good: '13800138000', bad: badMobiles({ single: true, international: true }).filter((value) => Boolean(value.value) && !EMPTY.includes(value)) },
		],
	},
];

describe('Yunpian: malformed inputs are refused before anything is sent', () => {
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
