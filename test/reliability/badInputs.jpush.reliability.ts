import { JPushSandbox, jpushTestCredentials } from '../sandbox/jpush';
import { byId, controlCases, generateCases, namedValues, useBadInputs, type BadValue, type OperationCases, type ProviderSpec } from './badInputs.kit';
import { badIds, badMobiles, EMPTY, longText, NOT_TEXT, timeoutField } from './badInputs.values';

const sandbox = new JPushSandbox();

/** A pending single schedule and a pending batch schedule, there after every reset (Update, Get, Delete act on them). */
const SINGLE = '1a886e7c-a267-49e6-9970-0d396ca5bb1e';
const BATCH = '2b997f8d-b378-4af7-8a81-1e4a7db6cc2f';

const provider: ProviderSpec = {
	nodeType: 'n8n-nodes-china-sms.jPushSms',
	credentialType: 'jPushSmsApi',
	credentials: (baseUrl) => ({ ...jpushTestCredentials, baseUrl }),
	// The template check reads each template once per run, and the preview each signature.
	isLookup: (request) => request.method === 'GET' && /^\/v1\/(templates|sign)\/\d+$/.test(request.path),
	afterReset: () => {
		sandbox.codeIntervalMs = 0;
		for (const [id, kind] of [[SINGLE, 'single'], [BATCH, 'batch']] as const) {
			sandbox.schedules.set(id, {
				schedule_id: id,
				kind,
				send_time: '2099-01-01 10:00:00',
				temp_id: 1002,
				recipients: [{ msg_id: '288193860301', mobile: '13800138000', temp_para: { number: 'SO-1' } }],
				status: 'pending',
			});
		}
	},
};

const bad = (label: string, value: unknown, extra: Partial<BadValue> = {}): BadValue => ({ label, value, ...extra });
const structural = { structural: true };

/** Template 1002: "您的订单{{number}}已发货，请注意查收" (notification, approved). */
const order = { templateId: byId(1002), variablesInput: 'fields', variables: namedValues({ number: 'SO-1' }), options: {} };

/** Names of a temp_para entry that are not a template variable name (letters and digits). */
const badVariableNames: BadValue[] = [
	bad('empty', ''),
	bad('with a space', 'num ber'),
	bad('with a dash', 'num-ber'),
	bad('in braces', '{{number}}'),
	bad('in # marks', '#number#'),
	bad('Chinese', '编号'),
	bad('an emoji', 'number🙂'),
	bad('a combining mark', 'number\u0301'),
	bad('a right-to-left mark', '\u200Fnumber'),
	bad('unknown to the template', 'other', { names: 'Template Variables' }),
	...NOT_TEXT,
];

/** Values JPush refuses (empty, 【】) or that do not fit, and values that are not text. Numbers and booleans are sent as text. */
const badVariableValues: BadValue[] = [
	bad('empty', ''),
	bad('spaces only', '   '),
	bad('null', null),
	bad('with 【】', '【SO-1】'),
	bad('with 【', '【SO-1'),
	bad('too long for the message', longText(340)),
	bad('an object', { number: 'SO-1' }),
	bad('an empty object', {}),
	bad('a list', ['SO-1']),
	bad('an empty list', []),
];

const badVariableLists: BadValue[] = [
	bad('missing the variable', {}, structural),
	bad('an extra variable', namedValues({ number: 'SO-1', extra: '2' }), structural),
	bad('the variable twice', { values: [{ name: 'number', value: '1' }, { name: 'number', value: '2' }] }, structural),
];

/** Template Variables (JSON), as typed or as an expression gives it. */
const badVariablesJson: BadValue[] = [
	bad('not JSON', '{number: SO-1}'),
	bad('cut-off JSON', '{"number": "SO-1"'),
	bad('a JSON list', '["SO-1"]'),
	bad('a JSON string', '"SO-1"'),
	bad('a JSON number', '42'),
	bad('JSON null', 'null'),
	bad('a nested object value', '{"number": {"a": 1}}'),
	bad('a list value', '{"number": ["SO-1"]}'),
	bad('an empty value', '{"number": ""}'),
	bad('a value with 【】', '{"number": "【SO-1】"}'),
	bad('a name with a space', '{"num ber": "SO-1"}'),
	bad('a list from an expression', ['SO-1']),
	bad('a number from an expression', 42),
	bad('true from an expression', true),
];

const badSendTimes: BadValue[] = [
	bad('words', 'next monday'),
	bad('month 13', '2099-13-01 10:00:00'),
	bad('February 30', '2099-02-30 10:00:00'),
	bad('hour 24', '2099-01-01 24:00:00'),
	bad('a five-digit year', '20990-01-01 10:00:00'),
	bad('in the past', '2020-01-01 10:00:00'),
	bad('full-width digits', '２０９９-０１-０１ １０:００:００'),
	bad('a bare number', '12'),
	...NOT_TEXT,
	...EMPTY,
];

const badSignIds: BadValue[] = badIds({ positive: true }).filter((value) => !EMPTY.includes(value) && value.value !== false);

const badTags: BadValue[] = [bad('11 characters', 'abcdefghijk'), bad('11 CJK characters', longText(11)), ...NOT_TEXT.filter((value) => value.value !== false)];

const badScheduleIds: BadValue[] = [
	bad('too short', '1a88'),
	bad('letters outside hex', 'zzzzzzzz-zzzz'),
	bad('with a slash', '1a886e7c/../x'),
	bad('an emoji', '1a886e7c🙂'),
	bad('a right-to-left mark', `\u200F${SINGLE}`),
	bad('a combining mark', `${SINGLE}\u0301`),
	...NOT_TEXT,
	...EMPTY,
];

const badBatchSizes: BadValue[] = [bad('0', 0), bad('over 1000', 1001), bad('a fraction', 2.5), bad('letters', 'all'), bad('an object', {})];

const mobile = { path: 'mobile', good: '13800138000', bad: badMobiles({ single: true, international: true }) };
const mobiles = { path: 'mobiles', good: '13800138000', bad: badMobiles({ single: false, international: true }) };
const template = { path: 'templateId.value', good: '1002', bad: badIds({ positive: true }) };
const variableName = { path: 'variables.values.0.name', good: 'number', bad: badVariableNames };
const variableValue = { path: 'variables.values.0.value', good: 'SO-1', bad: badVariableValues };
const variableList = { path: 'variables', good: order.variables, bad: badVariableLists };
const variablesJson = { path: 'variablesJson', good: '{"number": "SO-1"}', bad: badVariablesJson };
const signId = { path: 'options.signId', good: '502', bad: badSignIds };
const sendTime = { path: 'sendTime', good: '2099-01-01 10:00:00', bad: badSendTimes };

/** The JSON mode of the same operation: variablesInput json, variablesJson at its good value. */
const jsonMode = (operation: OperationCases): OperationCases => ({
	...operation,
	variant: 'JSON variables',
	params: { ...operation.params, variablesInput: 'json', variablesJson: '{"number": "SO-1"}', variables: {} },
	fields: [variablesJson],
});

const send: OperationCases = {
	resource: 'message',
	operation: 'send',
	params: { mobile: '13800138000', ...order },
	fields: [mobile, template, variableName, variableValue, variableList, signId, timeoutField([0])],
};
const sendBatch: OperationCases = {
	resource: 'message',
	operation: 'sendBatch',
	params: { mobiles: '13800138000', ...order },
	fields: [mobiles, template, variableValue, signId, { path: 'options.tag', good: 'promo', bad: badTags }, { path: 'options.batchSize', good: 1000, bad: badBatchSizes, positions: [0] }],
};
const create: OperationCases = {
	resource: 'scheduledMessage',
	operation: 'create',
	params: { sendTime: '2099-01-01 10:00:00', mobile: '13800138000', ...order },
	fields: [sendTime, mobile, template, variableValue],
};
const createBatch: OperationCases = {
	resource: 'scheduledMessage',
	operation: 'createBatch',
	params: { sendTime: '2099-01-01 10:00:00', mobiles: '13800138000', ...order },
	fields: [sendTime, mobiles, template, variableName, { path: 'options.tag', good: 'promo', bad: badTags }],
};
const update: OperationCases = {
	resource: 'scheduledMessage',
	operation: 'update',
	params: { scheduleId: SINGLE, sendTime: '2099-01-01 10:00:00', mobile: '13800138000', ...order },
	fields: [{ path: 'scheduleId', good: SINGLE, bad: badScheduleIds }, sendTime, mobile, variableValue],
};

/** 1 001 distinct mainland numbers: one more than JPush takes in the one request a batch schedule update must be. */
const recipients1001 = Array.from({ length: 1001 }, (_unused, index) => `138${String(index).padStart(8, '0')}`).join(',');

const updateBatch: OperationCases = {
	resource: 'scheduledMessage',
	operation: 'updateBatch',
	// Items of one schedule are its new recipient list: each item has its own number.
	params: { scheduleId: BATCH, sendTime: '2099-01-01 10:00:00', mobiles: '={{ $json.mobile }}', ...order },
	itemJson: (item) => ({ mobile: `1380013800${item}` }),
	fields: [
		{ path: 'scheduleId', good: BATCH, bad: badScheduleIds },
		sendTime,
		{ path: 'mobiles', good: '13900139000', goodFor: (item) => `1390013900${item}`, bad: [...badMobiles({ single: false, international: true }), bad('1 001 numbers', recipients1001, { positions: [0] })] },
		variableValue,
	],
};

const operations: OperationCases[] = [
	send,
	jsonMode(send),
	sendBatch,
	jsonMode(sendBatch),
	create,
	createBatch,
	jsonMode(createBatch),
	update,
	updateBatch,
	{ resource: 'scheduledMessage', operation: 'get', params: { scheduleId: SINGLE }, perItem: true, fields: [{ path: 'scheduleId', good: SINGLE, bad: badScheduleIds }] },
	{ resource: 'scheduledMessage', operation: 'delete', params: { scheduleId: SINGLE }, perItem: true, controlItems: 1, fields: [{ path: 'scheduleId', good: SINGLE, bad: badScheduleIds, positions: [0] }] },
	{
		resource: 'verificationCode',
		operation: 'sendCode',
		params: { mobile: '13800138000', templateId: byId(1001), options: {} },
		fields: [mobile, { path: 'templateId.value', good: '1001', bad: badIds({ positive: true }) }, signId],
	},
	{
		resource: 'verificationCode',
		operation: 'sendVoiceCode',
		params: { mobile: '13800138000', options: {} },
		fields: [
			{ path: 'mobile', good: '13800138000', bad: badMobiles({ single: true, international: false }) },
			{
				path: 'options.code',
				good: '123456',
				bad: [bad('3 digits', '123'), bad('9 digits', '123456789'), bad('letters', 'abcd'), bad('full-width digits', '１２３４'), bad('an emoji', '1234🙂'), ...NOT_TEXT.filter((value) => value.value !== false)],
			},
			{ path: 'options.ttl', good: 60, bad: [bad('0', 0), bad('over a day', 86401), bad('a fraction', 1.5), bad('letters', 'long'), bad('an object', {})] },
		],
	},
	{
		resource: 'verificationCode',
		operation: 'verify',
		params: { msgId: '288193860302', code: '482913' },
		perItem: true,
		fields: [
			{ path: 'msgId', good: '288193860302', bad: badIds() },
			{ path: 'code', good: '482913', bad: [bad('letters', 'abcdef'), bad('full-width digits', '４８２９１３'), bad('17 digits', '12345678901234567'), bad('an emoji', '48291🙂'), ...NOT_TEXT, ...EMPTY] },
		],
	},
	{
		resource: 'template',
		operation: 'create',
		params: { text: '您的订单{{number}}已发货', type: 2, remark: '' },
		perItem: true,
		fields: [
			{
				path: 'text',
				good: '您的订单{{number}}已发货',
				bad: [
					bad('with 【】', '【极光】您的订单{{number}}已发货'),
					bad('over 350 characters', longText(351)),
					bad('a variable name with a dash', '订单{{order-no}}已发货'),
					bad('a {{url}} without a remark', '点击{{url}}查看', { names: 'Remark' }),
					...NOT_TEXT,
					...EMPTY,
				],
			},
			{ path: 'remark', good: '订单通知', bad: [bad('over 500 characters', longText(501)), ...NOT_TEXT.filter((value) => value.value !== false)] },
		],
	},
	{
		resource: 'template',
		operation: 'create',
		variant: 'verification type',
		params: { text: '验证码{{code}}', type: 1, ttl: 300, remark: '' },
		perItem: true,
		fields: [
			{ path: 'text', good: '验证码{{code}}', bad: [bad('no {{code}}', '验证码'), bad('a second variable', '验证码{{code}}{{name}}'), bad('another variable', '验证码{{number}}')] },
			{ path: 'ttl', good: 300, bad: [bad('0', 0), bad('over a day', 86401), bad('a fraction', 0.5), bad('letters', 'five minutes'), bad('an object', {})] },
		],
	},
	{ resource: 'template', operation: 'get', params: { templateId: byId(1002) }, perItem: true, fields: [template] },
	{ resource: 'template', operation: 'delete', params: { templateId: byId(1006) }, perItem: true, controlItems: 1, fields: [{ path: 'templateId.value', good: '1006', bad: badIds({ positive: true }), positions: [0] }] },
	{
		resource: 'signature',
		operation: 'create',
		params: { sign: 'ACME', type: 1, binaryPropertyName: '', additionalFields: {} },
		perItem: true,
		// JPush reviews one new signature at a time (50103): one good item per run.
		controlItems: 1,
		fields: [
			{
				path: 'sign',
				good: 'ACMEX',
				positions: [0],
				bad: [bad('1 character', 'A'), bad('9 characters', 'ABCDEFGHI'), bad('with 【】', '【ACME】'), bad('with a space', 'AC ME'), bad('with brackets', '[ACME]'), bad('an emoji', 'ACME🙂'), bad('a combining mark', 'ACME\u0301'), ...NOT_TEXT, ...EMPTY],
			},
			{ path: 'additionalFields.remark', good: '品牌', positions: [0], bad: [bad('over 100 characters', longText(101)), ...NOT_TEXT.filter((value) => value.value !== false)] },
			{ path: 'additionalFields.legalPersonIdNumber', good: '11010519491231002X', positions: [0], bad: [bad('17 characters', '11010519491231002'), bad('letters', 'ABCDEFGHIJKLMNOPQR'), ...NOT_TEXT.filter((value) => value.value !== false)] },
		],
	},
	// Timeout on a read whose every item makes its own request (Template → Get asks once per template ID).
	{ resource: 'signature', operation: 'get', params: { signId: byId(502) }, perItem: true, fields: [{ path: 'signId.value', good: '502', bad: badIds({ positive: true }) }, timeoutField()] },
];

describe('JPush SMS: malformed inputs are refused before anything is sent', () => {
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
