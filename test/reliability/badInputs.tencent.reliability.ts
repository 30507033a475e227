import { TencentSandbox, tencentTestCredentials } from '../sandbox/tencent';
import { byId, controlCases, generateCases, useBadInputs, valueList, type BadValue, type OperationCases, type ProviderSpec } from './badInputs.kit';
import { badIds, badMobiles, EMPTY, NOT_TEXT, timeoutField } from './badInputs.values';

const sandbox = new TencentSandbox();

const provider: ProviderSpec = {
	nodeType: 'n8n-nodes-china-sms.tencentSms',
	credentialType: 'tencentCloudApi',
	credentials: (baseUrl) => ({ ...tencentTestCredentials, region: 'ap-guangzhou', baseUrl }),
	// Sends read the template (DescribeSmsTemplateList) before checking; nothing else is a lookup.
	isLookup: (request) => request.headers['x-tc-action'] === 'DescribeSmsTemplateList',
};

const bad = (label: string, value: unknown, extra: Partial<BadValue> = {}): BadValue => ({ label, value, ...extra });
const structural = { structural: true };

/** Each item sends to a number of its own: the sandbox refuses the same text to one number within 30 s. */
const ownNumber = (item: number) => ({ mobile: `+861380013800${item}` });
const OWN = '={{ $json.mobile }}';

/** Template 1110 "您的验证码是{1}" (approved, verification code: digits only) with signature 腾讯云. */
const loginCode = { templateId: byId(1110), signName: { __rl: true, mode: 'text', value: '腾讯云' }, variablesInput: 'list', variables: valueList('123456'), options: {} };

const badValues: BadValue[] = [bad('empty', ''), bad('spaces only', '   '), bad('null', null), ...NOT_TEXT];
const badValueLists: BadValue[] = [bad('no value', {}, { ...structural, names: 'Template Variables' }), bad('two values for one variable', valueList('1', '2'), structural)];
const badSignatures: BadValue[] = [bad('in 【】', '【腾讯云】'), bad('in []', '[腾讯云]'), ...NOT_TEXT.filter((value) => value.value !== false), ...EMPTY];
const badSessions: BadValue[] = [bad('512 bytes', 'a'.repeat(512)), bad('200 CJK characters (600 bytes)', '测'.repeat(200)), ...NOT_TEXT.filter((value) => value.value !== false)];

const operations: OperationCases[] = [
	{
		resource: 'message',
		operation: 'send',
		params: { phoneNumbers: OWN, ...loginCode },
		itemJson: ownNumber,
		fields: [
			{ path: 'phoneNumbers', good: '13800138000', goodFor: (item) => ownNumber(item).mobile, bad: badMobiles({ single: false, international: true }) },
			{ path: 'templateId.value', good: '1110', bad: badIds() },
			{ path: 'signName.value', good: '腾讯云', bad: badSignatures },
			{ path: 'variables.values.0.value', good: '123456', bad: badValues, parameter: 'variables' },
			{ path: 'variables', good: loginCode.variables, bad: badValueLists },
			{ path: 'options.sessionContext', good: 'order-1', bad: badSessions },
			{ path: 'options.extendCode', good: '01', bad: NOT_TEXT.filter((value) => value.value !== false) },
			timeoutField([0]),
		],
	},
	{
		resource: 'message',
		operation: 'sendInternational',
		params: { phoneNumber: '={{ $json.mobile }}', templateId: byId(1114), variablesInput: 'list', variables: valueList('1234'), options: {} },
		itemJson: (item) => ({ mobile: `+6019876543${item}` }),
		fields: [
			{
				path: 'phoneNumber',
				good: '+60198765430',
				goodFor: (item) => `+6019876543${item}`,
				bad: [bad('a mainland number', '13800138000'), bad('+86', '+8613800138000'), bad('two numbers', '+60198765430,+60198765431'), bad('letters', '+60abc'), ...NOT_TEXT, ...EMPTY],
			},
			{ path: 'templateId.value', good: '1114', bad: badIds() },
		],
	},
	{
		resource: 'phoneNumber',
		operation: 'getInfo',
		params: { phoneNumbers: '={{ $json.mobile }}' },
		itemJson: ownNumber,
		perItem: true,
		fields: [{ path: 'phoneNumbers', good: '13800138000', goodFor: (item) => ownNumber(item).mobile, bad: badMobiles({ single: false, international: true }) }, timeoutField()],
	},
];

describe('Tencent Cloud SMS: malformed inputs are refused before anything is sent', () => {
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
