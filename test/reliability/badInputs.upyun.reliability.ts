import { UpyunSandbox, upyunTestToken } from '../sandbox/upyun';
import type { IDataObject } from 'n8n-workflow';

import { byId, controlCases, generateCases, useBadInputs, valueList, type BadValue, type GeneratedCase, type OperationCases, type ProviderSpec } from './badInputs.kit';
import { badIds, badMobiles, EMPTY, longText, NOT_TEXT, timeoutField } from './badInputs.values';

const sandbox = new UpyunSandbox();

const provider: ProviderSpec = {
	nodeType: 'n8n-nodes-china-sms.upyunSms',
	credentialType: 'upyunSmsApi',
	credentials: (baseUrl) => ({ token: upyunTestToken, baseUrl }),
	// The template check reads the account's template list once per run.
	isLookup: (request) => request.method === 'GET' && request.path === '/api/templates',
};

const bad = (label: string, value: unknown, extra: Partial<BadValue> = {}): BadValue => ({ label, value, ...extra });

/** Template 1 of the sandbox: "Your code is {$var1}, valid {$var2} minutes" (approved). */
const code = { templateId: byId(1), variables: valueList('123456', '5') };

/** Values of one UPYUN template variable that cannot be sent. */
const badVariableValues: BadValue[] = [
	bad('with the | separator', '12|34'),
	bad('only the | separator', '|'),
	bad('two | separators', 'a||b'),
	bad('too long for the message', longText(400), { names: 'Template Variables' }),
	...NOT_TEXT,
	bad('empty', ''),
	bad('null', null),
	bad('spaces only', '   '),
];

/** Whole Template Variables collections that do not fit template 1 (two variables). */
const structural = { structural: true };
const badVariableLists: BadValue[] = [
	bad('missing one value', valueList('123456'), structural),
	bad('missing all values', {}, structural),
	bad('an extra value', valueList('123456', '5', '7'), structural),
	bad('four values', valueList('1', '2', '3', '4'), structural),
	bad('a list instead of the collection', ['123456', '5'], structural),
	bad('text instead of the collection', '123456|5', structural),
];

const badExtendCodes: BadValue[] = [
	bad('letters', 'ab'),
	bad('full-width digits', '０１'),
	bad('a minus', '-1'),
	bad('13 digits', '1234567890123'),
	bad('a space inside', '01 02'),
	bad('an emoji', '0🙂'),
	bad('a combining mark', '01\u0301'),
	bad('a right-to-left mark', '\u200F01'),
	...NOT_TEXT,
];

const badSendTimes: BadValue[] = [
	bad('words', 'tomorrow morning'),
	bad('month 13', '2026-13-01 10:00:00'),
	bad('February 30', '2026-02-30 10:00:00'),
	bad('hour 25', '2026-11-27 25:00:00'),
	bad('minute 61', '2026-11-27 10:61:00'),
	bad('a five-digit year', '20260-01-01 10:00:00'),
	bad('full-width digits', '２０２６-１１-２７ １０:００:００'),
	bad('an emoji', '2026-11-27 🕙'),
	...NOT_TEXT,
];

const badBatchSizes = (max: number): BadValue[] => [
	bad('0', 0),
	bad('negative', -1),
	bad('over the maximum', max + 1),
	bad('a fraction', 1.5),
	bad('letters', 'ten'),
	bad('an object', { size: 10 }),
];

const badSignatures: BadValue[] = [
	bad('2 characters', 'AB'),
	bad('9 characters', 'ABCDEFGHI'),
	bad('with 【】', '【ACME】'),
	bad('with a minus', 'AC-ME'),
	bad('with a dot', 'A.CME'),
	bad('with a plus', 'AC+ME'),
	bad('with a hash', 'AC#ME'),
	...NOT_TEXT,
];

/** An optional filter left empty (or false, as an unset expression gives) is no filter: not a bad value. */
const optional = (values: BadValue[]) => values.filter((value) => Boolean(value.value) && !EMPTY.includes(value) && !(Array.isArray(value.value) && value.value.length === 0));

const mobileList = { path: 'mobiles', good: '13800138000', bad: badMobiles({ single: false, international: false }) };

const operations: OperationCases[] = [
	{
		resource: 'message',
		operation: 'send',
		params: { mobiles: '13800138000', ...code, options: {} },
		fields: [
			mobileList,
			{ path: 'templateId.value', good: '1', bad: badIds() },
			{ path: 'variables.values.0.value', good: '123456', bad: badVariableValues },
			{ path: 'variables', good: code.variables, bad: badVariableLists },
			{ path: 'options.extendCode', good: '01', bad: badExtendCodes },
			{ path: 'options.batchSize', good: 100, bad: badBatchSizes(1000), positions: [0] },
			timeoutField([0]),
		],
	},
	{
		resource: 'message',
		operation: 'sendBulk',
		params: { mobiles: '13800138000', ...code, options: {} },
		fields: [
			mobileList,
			{ path: 'templateId.value', good: '1', bad: badIds() },
			{ path: 'variables.values.1.value', good: '5', bad: badVariableValues },
			{ path: 'variables', good: code.variables, bad: badVariableLists },
			{ path: 'options.sendAt', good: '2026-12-30 10:00:00', bad: badSendTimes },
			{ path: 'options.extendCode', good: '01', bad: badExtendCodes },
			{ path: 'options.custom', good: 'order-1', bad: NOT_TEXT },
			{ path: 'options.batchSize', good: 1000, bad: badBatchSizes(10000), positions: [0] },
		],
	},
	{
		resource: 'message',
		operation: 'sendPersonalized',
		params: { mobile: '13800138000', ...code, options: {} },
		fields: [
			{ path: 'mobile', good: '13800138000', bad: badMobiles({ single: true, international: false }) },
			{ path: 'templateId.value', good: '1', bad: badIds() },
			{ path: 'variables.values.0.value', good: '123456', bad: badVariableValues },
			{ path: 'variables', good: code.variables, bad: badVariableLists },
			{ path: 'options.sendAt', good: '2026-12-30 10:00:00', bad: badSendTimes },
			{ path: 'options.sign', good: 'ACME', bad: badSignatures },
		],
	},
	{
		resource: 'number',
		operation: 'detect',
		params: { mobiles: '13800138000', options: {} },
		perItem: true,
		fields: [mobileList],
	},
	{
		resource: 'template',
		operation: 'create',
		params: { title: 'Login', content: 'Your code is {$var1}', tempSign: 'ACME', type: 'industry', reportType: 'vip', signLocation: 'top', options: {} },
		perItem: true,
		fields: [
			{ path: 'title', good: 'Login', bad: [bad('12 characters', 'ABCDEFGHIJKL'), bad('12 CJK characters', longText(12)), ...NOT_TEXT, ...EMPTY] },
			{
				path: 'content',
				good: 'Your code is {$var1}',
				bad: [
					bad('with 【】', '【ACME】Your code is {$var1}'),
					bad('only a variable', '{$var1}'),
					bad('only variables', '{$var1}{$var2}'),
					bad('over 350 characters with the signature', longText(346)),
					...NOT_TEXT,
					...EMPTY,
				],
			},
			{ path: 'tempSign', good: 'ACME', bad: [...badSignatures, ...EMPTY] },
			{
				path: 'type',
				good: 'industry',
				bad: [bad('marketing without the unsubscribe ending', 'marketing', { names: 'Content' })],
			},
		],
	},
	{
		resource: 'template',
		operation: 'update',
		params: { templateId: byId(1), updateFields: { title: 'Login' }, options: {} },
		perItem: true,
		fields: [
			{ path: 'templateId.value', good: '1', bad: badIds() },
			{ path: 'updateFields.title', good: 'Login', bad: [bad('12 characters', 'ABCDEFGHIJKL'), ...NOT_TEXT, bad('empty', ''), bad('spaces only', '  ')] },
			{ path: 'updateFields.content', good: 'Hello {$var1}', bad: [bad('with 【】', '【A】{$var1}x'), bad('only a variable', '{$var1}'), ...NOT_TEXT, bad('empty', '')] },
			{ path: 'updateFields.tempSign', good: 'ACME', bad: badSignatures },
			{ path: 'updateFields', good: { title: 'Login' }, bad: [bad('nothing to update', {}, structural)] },
		],
	},
	{
		resource: 'template',
		operation: 'get',
		params: { templateId: byId(1), options: {} },
		perItem: true,
		fields: [{ path: 'templateId.value', good: '1', bad: badIds() }],
	},
	{
		resource: 'template',
		operation: 'delete',
		params: { templateId: byId(7), options: {} },
		perItem: true,
		controlItems: 1,
		fields: [{ path: 'templateId.value', good: '7', bad: badIds().slice(0, 14), positions: [0, 1] }],
	},
	{
		resource: 'report',
		operation: 'getMany',
		params: { returnAll: false, limit: 10, filters: {}, options: {} },
		perItem: true,
		fields: [
			{ path: 'filters.mobile', good: '13800138000', bad: optional(badMobiles({ single: true, international: false })) },
			{ path: 'filters.date', good: '2026-11-26', bad: optional(badSendTimes) },
			// Timeout on a read whose every item makes its own request (Template → Get picks from one list, loaded once).
			timeoutField(),
		],
	},
];

/** Send From File: CSV files UPYUN would refuse or misread (number first, at most four variables, no header). */
const badCsvFiles: BadValue[] = [
	bad('an empty file', ''),
	bad('only blank lines', '\n \n'),
	bad('a header line', 'mobile,code,minutes\n13800138000,1234,5'),
	bad('a letter in a number', '1380013800a,1234,5'),
	bad('full-width digits', '１３８００１３８０００,1234,5'),
	bad('+86 written out', '+8613800138000,1234,5'),
	bad('10 digits', '1380013800,1234,5'),
	bad('six columns', '13800138000,1,2,3,4,5'),
	bad('the number in the second column', '1234,13800138000,5'),
	bad('a semicolon for the comma', '13800138000;1234;5'),
	bad('a right-to-left mark before the number', '\u200F13800138000,1234,5'),
	bad('a good line, then a bad one', '13800138000,1234,5\n13900139000x,5678,5'),
	bad('one variable where the template has two', '13800138000,1234'),
	bad('an empty variable', '13800138000,1234,'),
	bad('three variables where the template has two', '13800138000,1234,5,6'),
	bad('a good line, then one short of a variable', '13800138000,1234,5\n13900139000,5678'),
];
const GOOD_CSV = '13800138000,1234,5\n13900139000,5678,5';
const csvItem = (text: string) => ({ json: {}, binary: { data: { data: Buffer.from(text).toString('base64'), mimeType: 'text/csv', fileName: 'list.csv' } } });
const fromFile: OperationCases = {
	resource: 'message',
	operation: 'sendFromFile',
	params: { binaryPropertyName: 'data', templateId: byId(1), options: {} },
	perItem: true,
	fields: [{ path: 'binaryPropertyName', good: GOOD_CSV, bad: badCsvFiles }],
};
/** The file is the item's binary, so these cases are built here: the bad file at position 0, 1 or 2 of three items. */
const csvCases = (): GeneratedCase[] =>
	badCsvFiles.map((badFile, index) => {
		const position = index % 3;
		return {
			name: `message → sendFromFile: the CSV file ${badFile.label} [item ${position}]`,
			operation: fromFile,
			field: fromFile.fields[0],
			bad: badFile,
			position,
			parameters: { resource: 'message', operation: 'sendFromFile', ...fromFile.params },
			input: [0, 1, 2].map((item) => csvItem(item === position ? String(badFile.value) : GOOD_CSV)) as unknown as IDataObject[],
			display: 'Input Binary Field',
		};
	});

describe('UPYUN SMS: malformed inputs are refused before anything is sent', () => {
	const { runCase, runControl, run, received } = useBadInputs(provider, sandbox);
	const cases = [...generateCases(provider, operations), ...csvCases()];

	test('Send From File with good files in every item sends each', async () => {
		const result = await run({ resource: 'message', operation: 'sendFromFile', ...fromFile.params }, [0, 1, 2].map(() => csvItem(GOOD_CSV)) as unknown as IDataObject[]);
		expect(result.error).toBeUndefined();
		expect(received().filter((request) => request.path === '/api/messages/file')).toHaveLength(3);
	});

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
