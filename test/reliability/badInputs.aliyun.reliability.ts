import { AliyunSandbox, aliyunTestCredentials } from '../sandbox/aliyun';
import { byId, controlCases, generateCases, useBadInputs, type BadValue, type OperationCases, type ProviderSpec } from './badInputs.kit';
import { badIds, badMobiles, EMPTY, longText, NOT_TEXT, timeoutField } from './badInputs.values';

const sandbox = new AliyunSandbox();

const provider: ProviderSpec = {
	nodeType: 'n8n-nodes-china-sms.aliyunSms',
	credentialType: 'aliyunSmsApi',
	credentials: (baseUrl) => ({ ...aliyunTestCredentials, endpoint: 'dysmsapi.aliyuncs.com', baseUrl }),
	// Sends read the template (GetSmsTemplate) for its variables and its approval; nothing else is a lookup.
	isLookup: (request) => request.headers['x-acs-action'] === 'GetSmsTemplate',
};

const bad = (label: string, value: unknown, extra: Partial<BadValue> = {}): BadValue => ({ label, value, ...extra });
const named = (names: string) => (value: BadValue): BadValue => ({ ...value, names });
const notFalse = (values: BadValue[]) => values.filter((value) => value.value !== false);

/** Each item sends to a number of its own. */
const ownNumber = (item: number) => ({ mobile: `1380013800${item}` });
const OWN = '={{ $json.mobile }}';

/** Template SMS_100000001 "尊敬的${name}，您的订单${order}已发货…" (approved, notification) with signature ACME. */
const notice = {
	signName: { __rl: true, mode: 'name', value: 'ACME' },
	templateCode: byId('SMS_100000001'),
	variablesInput: 'list',
	variableList: { values: [{ name: 'name', value: '张三' }, { name: 'order', value: 'SO-1' }] },
	options: {},
};

const badSignatures: BadValue[] = [
	bad('one character', 'A'),
	bad('13 characters', 'A'.repeat(13)),
	bad('a space inside', 'AC ME'),
	bad('ASCII brackets', '[ACME]'),
	bad('a comma', 'AC,ME'),
	bad('a period', 'AC.ME'),
	bad('full-width brackets inside', 'AC（ME）'),
	...notFalse(NOT_TEXT),
	...EMPTY,
];
const badCodes: BadValue[] = [bad('digits only', '154950909'), bad('lower case', 'sms_154950909'), bad('no digits', 'SMS_'), bad('a space', 'SMS_ 1'), ...badIds()];
/** Values of a ${name} variable Aliyun refuses: empty, not text, over 35 characters, a link. */
const badValues = (names: string): BadValue[] =>
	[bad('empty', ''), bad('spaces only', '   '), bad('null', null), bad('36 characters', longText(36)), bad('a link', 'see https://example.com'), bad('www', 'www.example.com'), ...NOT_TEXT].map(named(names));

const operations: OperationCases[] = [
	{
		resource: 'sms',
		operation: 'send',
		params: { mobiles: OWN, ...notice },
		itemJson: ownNumber,
		fields: [
			{ path: 'mobiles', good: '13800138000', goodFor: (item) => ownNumber(item).mobile, bad: badMobiles({ single: false, international: true }) },
			{ path: 'signName.value', good: 'ACME', bad: badSignatures },
			{ path: 'templateCode.value', good: 'SMS_100000001', bad: badCodes },
			{ path: 'variableList.values.0.value', good: '张三', bad: badValues('Variables → name'), parameter: 'variableList' },
			{ path: 'options.outId', good: 'o-1', bad: [bad('256 characters', 'a'.repeat(256)), ...notFalse(NOT_TEXT)] },
			{ path: 'options.smsUpExtendCode', good: '90999', bad: [bad('letters', 'ab'), bad('a sign', '-1'), bad('13 digits', '1'.repeat(13)), ...notFalse(NOT_TEXT)] },
			timeoutField([0]),
		],
	},
	{
		resource: 'sms',
		operation: 'sendBatch',
		params: { mobile: OWN, ...notice },
		itemJson: ownNumber,
		fields: [
			{ path: 'mobile', good: '13800138000', goodFor: (item) => ownNumber(item).mobile, bad: badMobiles({ single: true, international: true }) },
			{ path: 'signName.value', good: 'ACME', bad: badSignatures },
			{ path: 'variableList.values.1.value', good: 'SO-1', bad: badValues('Variables → order'), parameter: 'variableList' },
		],
	},
	{
		resource: 'sms',
		operation: 'getDeliveryDetails',
		params: { mobile: OWN, sendDate: '', bizId: '', returnAll: true, options: {} },
		itemJson: ownNumber,
		perItem: true,
		fields: [
			{ path: 'mobile', good: '13800138000', goodFor: (item) => ownNumber(item).mobile, bad: badMobiles({ single: true, international: true }) },
			{ path: 'sendDate', good: '', bad: [bad('40 days ago', new Date(Date.now() - 40 * 86_400_000).toISOString()), bad('tomorrow', new Date(Date.now() + 2 * 86_400_000).toISOString()), bad('not a date', 'yesterday'), bad('February 30', '2026-02-30'), bad('an object', {}), bad('a list', [1])] },
			{ path: 'bizId', good: '', bad: [bad('a space', '1 2'), bad('a slash', '1/2'), bad('65 characters', '1'.repeat(65)), ...notFalse(NOT_TEXT)] },
		],
	},
	{
		resource: 'international',
		operation: 'send',
		params: { mobiles: '={{ $json.mobile }}', message: 'Your code is 1234', options: {} },
		itemJson: (item) => ({ mobile: `+8529123456${item}` }),
		fields: [
			{ path: 'mobiles', good: '+85291234560', goodFor: (item) => `+8529123456${item}`, bad: [bad('a mainland number', '13800138000'), bad('+86', '+8613800138000'), bad('letters', '+852abc'), ...NOT_TEXT, ...EMPTY] },
			{ path: 'message', good: 'Hello', bad: [...NOT_TEXT, ...EMPTY.filter((value) => !Array.isArray(value.value))] },
			{ path: 'options.from', good: 'ACME', bad: [bad('12 letters', 'ABCDEFGHIJKL'), bad('a space', 'AC ME'), bad('16 digits', '1'.repeat(16)), ...notFalse(NOT_TEXT)] },
		],
	},
	{
		resource: 'tag',
		operation: 'add',
		params: { templateCodes: '={{ $json.code }}', tags: { tag: [{ key: 'team', value: 'sales' }] }, options: {} },
		itemJson: () => ({ code: 'SMS_100000001' }),
		perItem: true,
		fields: [{ path: 'templateCodes', good: 'SMS_100000001', bad: [bad('no SMS_', '100000001'), bad('21 codes', Array.from({ length: 21 }, (_, i) => `SMS_${i}`).join(',')), ...notFalse(NOT_TEXT), ...EMPTY] }],
	},
];

describe('Aliyun SMS: malformed inputs are refused before anything is sent', () => {
	const { runCase, runControl } = useBadInputs(provider, sandbox);
	const cases = generateCases(provider, operations);

	test('the table holds at least 150 cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(150);
	});

	test.each(controlCases(operations).map((control) => [control.name, control] as const))('%s', async (_name, control) => {
		await runControl(control);
	});

	test.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
		await runCase(testCase);
	});
});
