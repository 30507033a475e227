import { fail, type TencentFailure } from '../errors';
import type { Params } from '../params';
import { feeOf, fillTemplate, parseNumber, SENSITIVE_WORDS, variablesOf, beijingDay, type ParsedNumber, type SandboxApp, type SandboxMessage, type SandboxTemplate } from '../state';
import type { ActionContext, TencentSandbox } from '../tencentSandbox';

interface Status {
	SerialNo: string;
	PhoneNumber: string;
	Fee: number;
	SessionContext: string;
	Code: string;
	Message: string;
	IsoCode: string;
}

const MESSAGE_OF: Record<string, string> = {
	Ok: 'send success',
	'FailedOperation.TemplateParamSetNotMatchApprovedTemplate': 'request content does not match the template content',
	'FailedOperation.TemplateIncorrectOrUnapproved': 'template is not approved or request content does not match the approved template content',
	'FailedOperation.SignatureIncorrectOrUnapproved': 'signature is not approved or signature format is incorrect',
	'FailedOperation.PhoneNumberInBlacklist': 'the phone number is in the blacklist',
	'FailedOperation.InsufficientBalanceInSmsPackage': 'insufficient balance in the SMS package',
	'FailedOperation.ContainSensitiveWord': 'the content contains sensitive words',
	'InvalidParameterValue.IncorrectPhoneNumber': 'incorrect phone number',
	'InvalidParameterValue.TemplateParameterFormatError': 'verification code template parameters must be digits (0-6)',
	'InvalidParameterValue.TemplateParameterLengthLimit': 'a template parameter is too long',
	'InvalidParameterValue.ProhibitedUseUrlInTemplateParameter': 'template parameters must not contain a URL',
	'InvalidParameterValue.ContentLengthLimit': 'the content is longer than 500 characters',
	'LimitExceeded.PhoneNumberThirtySecondLimit': 'the same content was sent to this phone number within 30 seconds',
	'LimitExceeded.PhoneNumberDailyLimit': 'the daily limit of this phone number was reached',
};

const refused = (raw: string, code: string, keepSerial = false, sb?: TencentSandbox, iso = ''): Status => ({
	SerialNo: keepSerial && sb ? sb.newSerialNo() : '',
	PhoneNumber: raw,
	Fee: 0,
	SessionContext: '',
	Code: code,
	Message: MESSAGE_OF[code] ?? code,
	IsoCode: iso,
});

/** Checks of a template's values that fail every number alike (§8.6 SendSms 6–7). */
function valuesProblem(sb: TencentSandbox, template: SandboxTemplate, values: string[]): string | undefined {
	if (values.length !== new Set(variablesOf(template.TemplateContent)).size) return 'FailedOperation.TemplateParamSetNotMatchApprovedTemplate';
	if (template.SmsType === 3 && values.some((value) => !/^\d{0,6}$/.test(value))) return 'InvalidParameterValue.TemplateParameterFormatError';
	if (values.some((value) => /https?:\/\/|www\./i.test(value))) return 'InvalidParameterValue.ProhibitedUseUrlInTemplateParameter';
	if (values.some((value) => [...value].length > sb.maxValueLength)) return 'InvalidParameterValue.TemplateParameterLengthLimit';
	return undefined;
}

/** One number of a send, after the request-level checks: frequency, balance, words; records an accepted message. */
function sendOne(
	sb: TencentSandbox,
	app: SandboxApp,
	number: ParsedNumber,
	message: { templateId: string; sign: string; content: string; session: string; extend: string; keepSerialOnRefusal: boolean },
	now: number,
): Status {
	const refuse = (code: string): Status => refused(number.PhoneNumber, code, message.keepSerialOnRefusal, sb, message.keepSerialOnRefusal ? number.IsoCode : '');
	if (sb.blacklist.has(number.PhoneNumber)) return refuse('FailedOperation.PhoneNumberInBlacklist');
	const previous = sb.messages.filter((row) => row.PhoneNumber === number.PhoneNumber && row.RequestCode === 'Ok');
	if (previous.some((row) => row.content === message.content && now - row.sendTime < sb.sameContentSeconds)) return refuse('LimitExceeded.PhoneNumberThirtySecondLimit');
	if (previous.filter((row) => beijingDay(row.sendTime) === beijingDay(now)).length >= sb.dailyLimit) return refuse('LimitExceeded.PhoneNumberDailyLimit');
	if (SENSITIVE_WORDS.some((word) => message.content.includes(word))) return refuse('FailedOperation.ContainSensitiveWord');
	const fee = feeOf(message.content, number.domestic);
	if (number.domestic) {
		const pack = sb.packages.find((row) => row.SmsSdkAppId === app.SmsSdkAppId && row.PackageAmount - row.CurrentUsage >= fee);
		if (!pack) return refuse('FailedOperation.InsufficientBalanceInSmsPackage');
		pack.CurrentUsage += fee;
	}
	const row: SandboxMessage = {
		SerialNo: sb.newSerialNo(),
		PhoneNumber: number.PhoneNumber,
		CountryCode: number.CountryCode,
		SubscriberNumber: number.SubscriberNumber,
		IsoCode: number.IsoCode,
		SmsSdkAppId: app.SmsSdkAppId,
		TemplateId: message.templateId,
		SignName: message.sign,
		content: message.content,
		Fee: fee,
		SessionContext: message.session,
		ExtendCode: message.extend,
		sendTime: now,
		RequestCode: 'Ok',
	};
	sb.messages.push(row);
	return { SerialNo: row.SerialNo, PhoneNumber: row.PhoneNumber, Fee: fee, SessionContext: message.session, Code: 'Ok', Message: 'send success', IsoCode: row.IsoCode };
}

function sessionProblem(params: Params): TencentFailure | undefined {
	const session = params.SessionContext;
	if (typeof session === 'string' && Buffer.byteLength(session) >= 512) return fail('InvalidParameterValue', 'SessionContext must be shorter than 512 bytes.');
	return undefined;
}

function sendSms(sb: TencentSandbox, { params, account, now }: ActionContext): Record<string, unknown> | TencentFailure {
	const numbers = params.PhoneNumberSet as string[];
	if (numbers.length === 0) return fail('MissingParameter.EmptyPhoneNumberSet', 'PhoneNumberSet is empty.');
	if (numbers.length > 200) return fail('LimitExceeded.PhoneNumberCountLimit', 'At most 200 phone numbers per request.');
	const app = sb.appFor(params.SmsSdkAppId, account);
	if ('failure' in app) return app;
	const session = sessionProblem(params);
	if (session) return session;
	const parsed = numbers.map((raw) => ({ raw, number: parseNumber(raw) }));
	const kinds = new Set(parsed.filter((entry) => entry.number).map((entry) => entry.number!.domestic));
	if (kinds.size > 1) return fail('UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber', 'mainland and international numbers cannot be sent in one request');
	const domestic = !kinds.has(false);
	const template = /^\d+$/.test(params.TemplateId as string) ? sb.templates.get(Number(params.TemplateId)) : undefined;
	const values = (params.TemplateParamSet as string[] | undefined) ?? [];
	const signName = (params.SignName as string | undefined) ?? '';
	if (domestic && !signName) return fail('MissingParameter', 'The request is missing a required parameter `SignName`.');
	if (template && template.account === account.id) {
		if (domestic && template.International === 1) return fail('UnsupportedOperation.GlobalTemplateToChineseMainlandPhone', 'an international template cannot be sent to mainland numbers');
		if (!domestic && template.International === 0) return fail('UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone', 'a mainland template cannot be sent to international numbers');
		if (template.SmsType === 1 && !account.enterprise) return fail('UnauthorizedOperation.IndividualUserMarketingSmsPermissionDeny');
		if (template.SmsType === 1) {
			const hour = Number(new Date((now + 8 * 3600) * 1000).toISOString().slice(11, 13));
			if (hour < 8 || hour >= 22) return fail('FailedOperation.MarketingSendTimeConstraint', 'marketing SMS may only be sent from 08:00 to 22:00');
		}
	}
	let everyNumber: string | undefined;
	if (!template || template.account !== account.id || template.StatusCode !== 0) everyNumber = 'FailedOperation.TemplateIncorrectOrUnapproved';
	else if (signName && ![...sb.signs.values()].some((sign) => sign.account === account.id && sign.StatusCode === 0 && sign.SignName === signName && sign.International === (domestic ? 0 : 1))) {
		everyNumber = 'FailedOperation.SignatureIncorrectOrUnapproved';
	} else everyNumber = valuesProblem(sb, template, values);
	const body = template ? fillTemplate(template.TemplateContent, values) : '';
	const content = signName ? `${domestic ? `【${signName}】` : `[${signName}]`}${body}` : body;
	if (!everyNumber && [...content].length > 500) everyNumber = 'InvalidParameterValue.ContentLengthLimit';
	const SendStatusSet = parsed.map(({ raw, number }) => {
		if (!number) return refused(raw, 'InvalidParameterValue.IncorrectPhoneNumber');
		if (everyNumber) return refused(number.PhoneNumber, everyNumber);
		return sendOne(sb, app, number, {
			templateId: String(params.TemplateId),
			sign: signName,
			content,
			session: (params.SessionContext as string | undefined) ?? '',
			extend: (params.ExtendCode as string | undefined) ?? '',
			keepSerialOnRefusal: false,
		}, now);
	});
	return { SendStatusSet };
}

function sendMultiGlobal(sb: TencentSandbox, { params, account, now }: ActionContext): Record<string, unknown> | TencentFailure {
	const infos = params.MultiSmsInfoSet as Params[];
	if (infos.length === 0) return fail('InvalidParameterValue.MultiSmsInfoSetEmpty', 'MultiSmsInfoSet is empty.');
	if (infos.length > 200) return fail('LimitExceeded.PhoneNumberCountLimit', 'At most 200 entries per request.');
	const app = sb.appFor(params.SmsSdkAppId, account);
	if ('failure' in app) return app;
	for (const info of infos) {
		if (parseNumber(info.PhoneNumber as string)?.domestic) return fail('UnsupportedOperation.ContainDomesticPhoneNumber', 'SendMultiGlobalSms does not send to mainland China numbers');
		const session = sessionProblem(info);
		if (session) return session;
	}
	const SendMultiStatusSet = infos.map((info) => {
		const number = parseNumber(info.PhoneNumber as string);
		if (!number) return refused(info.PhoneNumber as string, 'InvalidParameterValue.IncorrectPhoneNumber');
		const template = /^\d+$/.test(info.TemplateId as string) ? sb.templates.get(Number(info.TemplateId)) : undefined;
		const values = (info.TemplateParamSet as string[] | undefined) ?? [];
		// The official failure example keeps SerialNo and IsoCode (§2.2).
		const refuse = (code: string): Status => refused(number.PhoneNumber, code, true, sb, number.IsoCode);
		if (!template || template.account !== account.id || template.StatusCode !== 0 || template.International === 0) return refuse('FailedOperation.TemplateIncorrectOrUnapproved');
		if (values.length !== new Set(variablesOf(template.TemplateContent)).size) return refuse('FailedOperation.TemplateIncorrectOrUnapproved');
		const problem = valuesProblem(sb, template, values);
		if (problem) return refuse(problem);
		return sendOne(sb, app, number, {
			templateId: String(info.TemplateId),
			sign: '',
			content: fillTemplate(template.TemplateContent, values),
			session: (info.SessionContext as string | undefined) ?? '',
			extend: '',
			keepSerialOnRefusal: true,
		}, now);
	});
	return { SendMultiStatusSet };
}

export function registerMessageActions(sb: TencentSandbox): void {
	sb.action('SendSms', (context) => sendSms(sb, context));
	sb.action('SendMultiGlobalSms', (context) => sendMultiGlobal(sb, context));
}
