import { fail, type TencentFailure } from './errors';

export type ParamType = 'string' | 'int' | 'string[]' | 'int[]' | 'object[]';

export interface ParamSpec {
	type: ParamType;
	required?: boolean;
	/** For `object[]`: the fields of each element. */
	fields?: Schema;
}

export type Schema = Record<string, ParamSpec>;

export type Params = Record<string, unknown>;

const ok = (value: unknown, type: ParamType): boolean => {
	switch (type) {
		case 'string':
			return typeof value === 'string';
		case 'int':
			return typeof value === 'number' && Number.isInteger(value);
		case 'string[]':
			return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
		case 'int[]':
			return Array.isArray(value) && value.every((entry) => typeof entry === 'number' && Number.isInteger(entry));
		case 'object[]':
			return Array.isArray(value) && value.every((entry) => entry !== null && typeof entry === 'object' && !Array.isArray(entry));
	}
};

/**
 * Checks a body against an action's parameters as Tencent does (shared/api/tencent.md §8.4): an unknown
 * field (a 2019-07-11 name such as SmsSdkAppid or Sign) is UnknownParameter, a wrong JSON type
 * InvalidParameter, a missing required one MissingParameter; `null` counts as absent, as the SDKs strip it.
 */
export function checkParams(body: unknown, schema: Schema, prefix = ''): Params | TencentFailure {
	if (body === null || typeof body !== 'object' || Array.isArray(body)) return fail('FailedOperation.JsonParseFail', 'The request body is not a JSON object.');
	const params: Params = {};
	for (const [name, value] of Object.entries(body as Params)) {
		if (value === null) continue;
		const spec = schema[name];
		if (!spec) return fail('UnknownParameter', `The parameter \`${prefix}${name}\` is not recognized`);
		if (!ok(value, spec.type)) return fail('InvalidParameter', `The type of parameter \`${prefix}${name}\` must be ${spec.type}.`);
		if (spec.type === 'object[]' && spec.fields) {
			const entries: Params[] = [];
			for (const [index, entry] of (value as unknown[]).entries()) {
				const checked = checkParams(entry, spec.fields, `${prefix}${name}.${index}.`);
				if ('failure' in checked) return checked;
				entries.push(checked);
			}
			params[name] = entries;
		} else {
			params[name] = value;
		}
	}
	for (const [name, spec] of Object.entries(schema)) {
		if (spec.required && params[name] === undefined) return fail('MissingParameter', `The request is missing a required parameter \`${prefix}${name}\`.`);
	}
	return params;
}

const S = (required = false): ParamSpec => ({ type: 'string', required });
const I = (required = false): ParamSpec => ({ type: 'int', required });

const PULL: Schema = { Limit: I(true), SmsSdkAppId: S(true) };
const PULL_BY_NUMBER: Schema = { BeginTime: I(true), Offset: I(true), Limit: I(true), PhoneNumber: S(true), SmsSdkAppId: S(true), EndTime: I() };
const STATISTICS: Schema = { BeginTime: S(true), EndTime: S(true), SmsSdkAppId: S(true), Limit: I(true), Offset: I(true) };
const SIGN: Schema = {
	SignName: S(true),
	SignType: I(true),
	DocumentType: I(true),
	International: I(true),
	SignPurpose: I(true),
	ProofImage: S(true),
	CommissionImage: S(),
	Remark: S(),
	QualificationId: I(),
};
const TEMPLATE: Schema = { TemplateName: S(true), TemplateContent: S(true), SmsType: I(true), International: I(true), Remark: S(true) };

/** The parameters of the 20 actions of version 2021-01-11 (shared/api/tencent.md §2, types per the SDKs' api.json). */
export const SCHEMAS: Record<string, Schema> = {
	SendSms: {
		PhoneNumberSet: { type: 'string[]', required: true },
		SmsSdkAppId: S(true),
		TemplateId: S(true),
		SignName: S(),
		TemplateParamSet: { type: 'string[]' },
		ExtendCode: S(),
		SessionContext: S(),
		SenderId: S(),
	},
	SendMultiGlobalSms: {
		SmsSdkAppId: S(true),
		MultiSmsInfoSet: {
			type: 'object[]',
			required: true,
			fields: { PhoneNumber: S(true), TemplateId: S(true), TemplateParamSet: { type: 'string[]' }, SenderId: S(), SessionContext: S() },
		},
	},
	PullSmsSendStatus: PULL,
	PullSmsSendStatusByPhoneNumber: PULL_BY_NUMBER,
	PullSmsReplyStatus: PULL,
	PullSmsReplyStatusByPhoneNumber: PULL_BY_NUMBER,
	DescribeSendRecordList: { PhoneNumber: S(true), SmsSdkAppId: S(true), BeginTime: I(true), EndTime: I(), Limit: I(), Offset: I() },
	SendStatusStatistics: STATISTICS,
	CallbackStatusStatistics: STATISTICS,
	SmsPackagesStatistics: STATISTICS,
	AddSmsSign: SIGN,
	ModifySmsSign: { SignId: I(true), ...SIGN },
	DeleteSmsSign: { SignId: I(true) },
	DescribeSmsSignList: { International: I(true), SignIdSet: { type: 'int[]' }, Limit: I(), Offset: I() },
	AddSmsTemplate: TEMPLATE,
	ModifySmsTemplate: { TemplateId: I(true), ...TEMPLATE },
	DeleteSmsTemplate: { TemplateId: I(true) },
	DescribeSmsTemplateList: { International: I(true), TemplateIdSet: { type: 'int[]' }, Limit: I(), Offset: I() },
	DescribePhoneNumberInfo: { PhoneNumberSet: { type: 'string[]', required: true } },
	ReportConversion: { SmsSdkAppId: S(true), SerialNo: S(true), ConversionTime: I() },
};
