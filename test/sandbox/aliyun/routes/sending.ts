import { biz, isBizError, ok, required, type AliyunSandbox, type Answer, type Params } from '../aliyunSandbox';
import { beijing, normaliseNumber, segmentsOf, templateVariables, type SandboxRecord, type SandboxTemplate } from '../state';

const VERSION = '2017-05-25';
export const SEND_LIMIT = 1000;
export const BATCH_LIMIT = 100;
const DAY_MS = 86_400_000;

/** The template checks of SendSms (aliyun.md §8 step 5): exists and approved, and fits the signature. */
function usableTemplate(sb: AliyunSandbox, code: string, signName: string): SandboxTemplate | Answer {
	const template = sb.templates.get(code);
	if (!template || template.status !== 1) return biz('isv.SMS_TEMPLATE_ILLEGAL', '模板不合法(不存在或被拉黑)');
	const signature = sb.signatures.get(signName);
	if (signature?.type === 0 && template.type !== 0) return biz('isv.SMS_SIGNATURE_SCENE_ILLEGAL', '签名和模板类型不一致');
	const testSign = signature?.tag === 4;
	const testTemplate = template.relatedSignName === '阿里云短信测试' && template.code === 'SMS_154950909';
	if (testSign !== testTemplate) return biz('isv.SMS_TEST_SIGN_TEMPLATE_LIMIT', '测试模板和签名限制');
	return template;
}

function usableSignature(sb: AliyunSandbox, name: string): Answer | undefined {
	const signature = sb.signatures.get(name);
	if (!signature || signature.status !== 1) return biz('isv.SMS_SIGNATURE_ILLEGAL', '签名不合法(不存在或被拉黑)');
	return undefined;
}

/** TemplateParam against the template (§8 step 6): a JSON object of strings, every variable, 1–35 characters, no links. */
function checkVariables(template: SandboxTemplate, raw: string | undefined): Record<string, string> | Answer {
	const names = templateVariables(template.content);
	if ((raw ?? '') === '') return names.length > 0 ? biz('isv.TEMPLATE_MISSING_PARAMETERS', `模板缺少变量${names[0]}`) : {};
	let value: unknown;
	try {
		value = JSON.parse(raw as string);
	} catch {
		return biz('isv.INVALID_JSON_PARAM', 'JSON参数不合法，只接受字符串值');
	}
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return biz('isv.INVALID_JSON_PARAM', 'JSON参数不合法，只接受字符串值');
	const values = value as Record<string, unknown>;
	if (Object.values(values).some((entry) => typeof entry !== 'string')) return biz('isv.INVALID_JSON_PARAM', 'JSON参数不合法，只接受字符串值');
	for (const name of names) {
		const text = values[name] as string | undefined;
		if (text === undefined || text === '') return biz('isv.TEMPLATE_MISSING_PARAMETERS', `模板缺少变量${name}`);
		if ([...text].length > 35) return biz('isv.PARAM_LENGTH_LIMIT', `参数超出长度限制${name}`);
		if (/https?:\/\/|www\./i.test(text)) return biz('isv.PARAM_NOT_SUPPORT_URL', '变量不支持传入URL');
		if (/[【】]/.test(text)) return biz('isv.SMS_CONTENT_ILLEGAL', '短信内容包含禁止发送内容');
		if (template.rule[name] === 'numberCaptcha' && !/^\d{4,6}$/.test(text)) return biz('isv.TEMPLATE_PARAMS_ILLEGAL', `变量${name}不符合规范`);
	}
	return values as Record<string, string>;
}

const render = (content: string, values: Record<string, string>): string => content.replace(/\$\{([^}]*)\}/g, (_m, name: string) => values[name] ?? '');

/** Verification templates: at most 1 a minute, 5 an hour, 10 a day per number and signature (§4.5). */
function frequencyLimit(sb: AliyunSandbox, phone: string, signName: string, template: SandboxTemplate, at: number): Answer | undefined {
	if (template.type !== 0) return undefined;
	const sent = sb.records.filter((record) => record.phone === phone && record.signName === signName && sb.templates.get(record.templateCode)?.type === 0).map((record) => record.sentAt);
	const minute = Math.floor(at / 60_000);
	const hour = Math.floor(at / 3_600_000);
	if (sent.some((time) => Math.floor(time / 60_000) === minute)) return biz('isv.BUSINESS_LIMIT_CONTROL', '触发分钟级流控Permits:1');
	if (sent.filter((time) => Math.floor(time / 3_600_000) === hour).length >= 5) return biz('isv.BUSINESS_LIMIT_CONTROL', '触发小时级流控Permits:5');
	if (sent.filter((time) => at - time < DAY_MS).length >= 10) return biz('isv.BUSINESS_LIMIT_CONTROL', '触发天级流控Permits:10');
	return undefined;
}

interface Recipient {
	phone: string;
	signName: string;
	values: Record<string, string>;
	extendCode: string;
}

/** Checks every recipient and stores one record each (any failure fails the whole request: the safe reading). */
function submit(sb: AliyunSandbox, templateCode: string, recipients: Recipient[], outId: string): Answer {
	const at = sb.now().getTime();
	const prepared: SandboxRecord[] = [];
	const bizId = sb.newBizId();
	for (const recipient of recipients) {
		const signError = usableSignature(sb, recipient.signName);
		if (signError) return signError;
		const template = usableTemplate(sb, templateCode, recipient.signName);
		if (isBizError(template as Answer)) return template as Answer;
		const usable = template as SandboxTemplate;
		const number = normaliseNumber(recipient.phone);
		if (!number) return biz('isv.MOBILE_NUMBER_ILLEGAL', '非法手机号');
		if (usable.type === 3 && number.mainland) return biz('isv.DOMESTIC_NUMBER_NOT_SUPPORTED', '国际/港澳台消息模板不支持发送境内号码');
		const limited = frequencyLimit(sb, number.number, recipient.signName, usable, at);
		if (limited) return limited;
		const content = `【${recipient.signName}】${render(usable.content, recipient.values)}`;
		if ([...content].length > 500) return biz('isv.PARAM_LENGTH_LIMIT', '短信内容超出长度限制');
		prepared.push({ bizId, phone: number.number, signName: recipient.signName, templateCode, content, outId, sentAt: at, sendStatus: 1, errCode: '', segments: segmentsOf(content), extendCode: recipient.extendCode });
	}
	if (sb.balance <= 0) return biz('isv.OUT_OF_SERVICE', '业务停机');
	const cost = prepared.reduce((sum, record) => sum + record.segments, 0);
	if (cost > sb.balance) return biz('isv.AMOUNT_NOT_ENOUGH', '账户余额不足');
	sb.balance -= cost;
	sb.records.push(...prepared);
	return ok({ BizId: bizId });
}

/** SendSms (aliyun.md §2.1). */
function sendSms(sb: AliyunSandbox, params: Params): Answer {
	required(params, 'PhoneNumbers', 'SignName', 'TemplateCode');
	const phones = params.PhoneNumbers.split(',');
	if (phones.length > SEND_LIMIT) return biz('isv.MOBILE_COUNT_OVER_LIMIT', '手机号码数量超过限制');
	if (new Set(phones).size !== phones.length) return biz('isv.INVALID_PARAMETERS', '手机号码重复');
	const unusable = usableSignature(sb, params.SignName) ?? usableTemplate(sb, params.TemplateCode, params.SignName);
	if (isBizError(unusable as Answer)) return unusable as Answer;
	const values = checkVariables(unusable as SandboxTemplate, params.TemplateParam);
	if (isBizError(values as Answer)) return values as Answer;
	return submit(sb, params.TemplateCode, phones.map((phone) => ({ phone, signName: params.SignName, values: values as Record<string, string>, extendCode: params.SmsUpExtendCode ?? '' })), params.OutId ?? '');
}

function jsonArray(raw: string | undefined): unknown[] | undefined {
	try {
		const value: unknown = JSON.parse(raw ?? '');
		return Array.isArray(value) ? value : undefined;
	} catch {
		return undefined;
	}
}

/** SendBatchSms (aliyun.md §2.2): index-aligned JSON arrays in the form body, at most 100. */
function sendBatchSms(sb: AliyunSandbox, params: Params): Answer {
	required(params, 'TemplateCode', 'PhoneNumberJson', 'SignNameJson');
	const phones = jsonArray(params.PhoneNumberJson);
	const signs = jsonArray(params.SignNameJson);
	const hasParams = (params.TemplateParamJson ?? '') !== '';
	const values = hasParams ? jsonArray(params.TemplateParamJson) : [];
	const codes = (params.SmsUpExtendCodeJson ?? '') === '' ? [] : jsonArray(params.SmsUpExtendCodeJson);
	if (!phones || !signs || !values || !codes) return biz('isv.INVALID_JSON_PARAM', 'JSON参数不合法');
	if (phones.length > BATCH_LIMIT) return biz('isv.MOBILE_COUNT_OVER_LIMIT', '手机号码数量超过限制');
	if (signs.length !== phones.length || (hasParams && values.length !== phones.length) || (codes.length > 0 && codes.length !== phones.length)) {
		return biz('isv.INVALID_PARAMETERS', '参数个数不一致');
	}
	const recipients: Recipient[] = [];
	for (let index = 0; index < phones.length; index++) {
		if (typeof phones[index] !== 'string' || typeof signs[index] !== 'string') return biz('isv.INVALID_JSON_PARAM', 'JSON参数不合法');
		const template = usableSignature(sb, signs[index] as string) ?? usableTemplate(sb, params.TemplateCode, signs[index] as string);
		if (isBizError(template as Answer)) return template as Answer;
		const checked = checkVariables(template as SandboxTemplate, hasParams ? JSON.stringify(values[index]) : undefined);
		if (isBizError(checked as Answer)) return checked as Answer;
		recipients.push({ phone: phones[index] as string, signName: signs[index] as string, values: checked as Record<string, string>, extendCode: String(codes[index] ?? '') });
	}
	return submit(sb, params.TemplateCode, recipients, params.OutId ?? '');
}

function intParam(params: Params, name: string, min: number, max: number): number | undefined {
	const value = params[name];
	if (!/^\d+$/.test(value ?? '')) return undefined;
	const number = Number(value);
	return number >= min && number <= max ? number : undefined;
}

/** QuerySendDetails (aliyun.md §2.3): one number, one day of the last 30, pages of up to 50. */
function querySendDetails(sb: AliyunSandbox, params: Params): Answer {
	required(params, 'PhoneNumber', 'SendDate', 'PageSize', 'CurrentPage');
	if (params.PhoneNumber.includes(',')) return biz('isv.MOBILE_NUMBER_ILLEGAL', '非法手机号');
	const number = normaliseNumber(params.PhoneNumber);
	if (!number) return biz('isv.MOBILE_NUMBER_ILLEGAL', '非法手机号');
	const pageSize = intParam(params, 'PageSize', 1, 50);
	const page = intParam(params, 'CurrentPage', 1, Number.MAX_SAFE_INTEGER);
	if (pageSize === undefined || page === undefined) return biz('isv.INVALID_PARAMETERS', '参数格式不正确');
	if (!/^\d{8}$/.test(params.SendDate)) return biz('isv.INVALID_PARAMETERS', '参数格式不正确');
	const today = beijing(sb.now().getTime()).day;
	const oldest = beijing(sb.now().getTime() - 29 * DAY_MS).day;
	if (params.SendDate > today || params.SendDate < oldest) return biz('isv.INVALID_PARAMETERS', '查询日期超出范围');
	const rows = sb.records.filter((record) => record.phone === number.number && beijing(record.sentAt).day === params.SendDate && (!params.BizId || record.bizId === params.BizId));
	const slice = rows.slice((page - 1) * pageSize, page * pageSize).map((record) => ({
		PhoneNum: record.phone,
		SendStatus: record.sendStatus,
		ErrCode: record.errCode,
		TemplateCode: record.templateCode,
		Content: record.content,
		SendDate: beijing(record.sentAt).time,
		ReceiveDate: record.receivedAt === undefined ? '' : beijing(record.receivedAt).time,
		OutId: record.outId,
	}));
	return ok({ TotalCount: String(rows.length), SmsSendDetailDTOs: { SmsSendDetailDTO: slice } });
}

/** QuerySendStatistics (aliyun.md §2.4): per Beijing day, domestic (1) or international (2). */
function querySendStatistics(sb: AliyunSandbox, params: Params): Answer {
	required(params, 'IsGlobe', 'StartDate', 'EndDate', 'PageIndex', 'PageSize');
	if (!['1', '2'].includes(params.IsGlobe)) return biz('isv.INVALID_PARAMETERS', 'IsGlobe参数不正确');
	if (!/^\d{8}$/.test(params.StartDate) || !/^\d{8}$/.test(params.EndDate) || params.StartDate > params.EndDate) return biz('isv.INVALID_PARAMETERS', '日期参数不正确');
	const pageSize = intParam(params, 'PageSize', 1, 50);
	const page = intParam(params, 'PageIndex', 1, Number.MAX_SAFE_INTEGER);
	if (pageSize === undefined || page === undefined) return biz('isv.INVALID_PARAMETERS', '参数格式不正确');
	const days = new Map<string, { TotalCount: number; RespondedSuccessCount: number; RespondedFailCount: number; NoRespondedCount: number }>();
	const globe = params.IsGlobe === '2';
	for (const record of sb.records) {
		const day = beijing(record.sentAt).day;
		const template = sb.templates.get(record.templateCode);
		if ((template?.type === 3) !== globe || day < params.StartDate || day > params.EndDate) continue;
		if (params.SignName && record.signName !== params.SignName) continue;
		if (params.TemplateType !== undefined && params.TemplateType !== '' && String(template?.type) !== params.TemplateType) continue;
		const row = days.get(day) ?? { TotalCount: 0, RespondedSuccessCount: 0, RespondedFailCount: 0, NoRespondedCount: 0 };
		row.TotalCount += 1;
		if (record.sendStatus === 3) row.RespondedSuccessCount += 1;
		else if (record.sendStatus === 2) row.RespondedFailCount += 1;
		else row.NoRespondedCount += 1;
		days.set(day, row);
	}
	const list = [...days.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([SendDate, row]) => ({ SendDate, ...row }));
	return ok({ Data: { TotalSize: list.length, TargetList: list.slice((page - 1) * pageSize, page * pageSize) } });
}

export function registerSendingActions(sb: AliyunSandbox): void {
	sb.action('SendSms', VERSION, (params) => sendSms(sb, params));
	sb.action('SendBatchSms', VERSION, (params) => sendBatchSms(sb, params));
	sb.action('QuerySendDetails', VERSION, (params) => querySendDetails(sb, params));
	sb.action('QuerySendStatistics', VERSION, (params) => querySendStatistics(sb, params));
}
