import { biz, ok, required, type AliyunSandbox, type Answer, type Params } from '../aliyunSandbox';
import { beijing, type SandboxTemplate } from '../state';

const VERSION = '2017-05-25';
const AUDIT: Record<number, string> = { 0: 'AUDIT_STATE_INIT', 1: 'AUDIT_STATE_PASS', 2: 'AUDIT_STATE_NOT_PASS', 10: 'AUDIT_SATE_CANCEL' };
/** QuerySmsTemplateList's own TemplateType code set (aliyun.md §2.6): 0 notification, 1 promotional, 2 verification, 6 international. */
const LIST_TYPE: Record<number, number> = { 0: 2, 1: 0, 2: 1, 3: 6 };

/** CreateSmsTemplate / UpdateSmsTemplate rules (aliyun.md §8). */
function checkTemplateFields(sb: AliyunSandbox, params: Params): Answer | Record<string, string> {
	if ([...params.TemplateName].length > 30) return biz('isv.PARAM_LENGTH_LIMIT', '模板名称超出长度限制');
	const content = params.TemplateContent;
	if ([...content].length > 500) return biz('isv.TEMPLATE_OVER_LIMIT', '模板内容超出长度限制');
	if (/[【】]/.test(content)) return biz('isv.SMS_CONTENT_ILLEGAL', '模板内容不能包含【】');
	if (!['0', '1', '2', '3'].includes(params.TemplateType)) return biz('isv.INVALID_PARAMETERS', 'TemplateType不正确');
	const type = Number(params.TemplateType);
	if (type !== 3) {
		if (!params.RelatedSignName) return biz('isv.INVALID_PARAMETERS', 'RelatedSignName不能为空');
		if (sb.signatures.get(params.RelatedSignName)?.status !== 1) return biz('isv.SMS_SIGNATURE_ILLEGAL', '关联签名不存在或未审核通过');
	} else if (!['0', '1', '2'].includes(params.IntlType ?? '')) {
		return biz('isv.INVALID_PARAMETERS', 'IntlType不能为空');
	}
	if (type === 2 && !content.endsWith('拒收请回复R')) return biz('isv.SMS_CONTENT_ILLEGAL', '推广短信需以拒收请回复R结尾');
	const names = [...content.matchAll(/\$\{([^}]*)\}/g)].map((match) => match[1]);
	if (new Set(names).size !== names.length) return biz('isv.INVALID_PARAMETERS', '变量不能重复');
	if (/\}\$\{/.test(content) || content.replace(/\$\{[^}]*\}/g, '').trim() === '') return biz('isv.INVALID_PARAMETERS', '变量不能相邻或全为变量');
	if (type === 0 && names.length !== 1) return biz('template_parameter_count_illegal', '验证码模板只能有一个变量');
	let rule: Record<string, string> = {};
	if (names.length > 0) {
		try {
			rule = JSON.parse(params.TemplateRule ?? '') as Record<string, string>;
		} catch {
			return biz('isv.INVALID_JSON_PARAM', 'TemplateRule不合法');
		}
		if (rule === null || typeof rule !== 'object' || Array.isArray(rule) || [...Object.keys(rule)].sort().join() !== [...names].sort().join()) {
			return biz('isv.INVALID_PARAMETERS', 'TemplateRule与模板变量不一致');
		}
	}
	return rule;
}

const isAnswer = (value: unknown): value is Answer => typeof value === 'object' && value !== null && 'Code' in value;

function fill(template: SandboxTemplate, params: Params, rule: Record<string, string>): void {
	template.name = params.TemplateName;
	template.content = params.TemplateContent;
	template.type = Number(params.TemplateType) as SandboxTemplate['type'];
	template.relatedSignName = params.RelatedSignName ?? '';
	template.rule = rule;
	template.remark = params.Remark ?? '';
	template.intlType = params.IntlType === undefined ? undefined : Number(params.IntlType);
	template.status = 0;
	template.rejectInfo = '';
}

function createTemplate(sb: AliyunSandbox, params: Params): Answer {
	required(params, 'TemplateName', 'TemplateContent', 'TemplateType');
	const rule = checkTemplateFields(sb, params);
	if (isAnswer(rule)) return rule;
	const code = `SMS_${sb.nextTemplate++}`;
	const template: SandboxTemplate = { code, name: '', type: 1, content: '', status: 0, relatedSignName: '', rule: {}, remark: '', createDate: beijing(sb.now().getTime()).time, orderId: `2005${code.slice(-6)}`, rejectInfo: '', tags: {} };
	fill(template, params, rule);
	sb.templates.set(code, template);
	return { Code: 'OK', Message: 'successful', TemplateCode: code, TemplateName: template.name, OrderId: template.orderId };
}

function updateTemplate(sb: AliyunSandbox, params: Params): Answer {
	required(params, 'TemplateCode', 'TemplateName', 'TemplateContent', 'TemplateType');
	const template = sb.templates.get(params.TemplateCode);
	if (!template) return biz('isv.SMS_TEMPLATE_ILLEGAL', '模板不存在');
	if (template.status !== 2) return biz('isv.ERROR_TEMPLATE_NOT_MODIFY', '只有审核未通过的模板可以修改');
	const rule = checkTemplateFields(sb, params);
	if (isAnswer(rule)) return rule;
	fill(template, params, rule);
	return { Code: 'OK', Message: 'successful', TemplateCode: template.code, TemplateName: template.name, OrderId: template.orderId };
}

function getTemplate(sb: AliyunSandbox, params: Params): Answer {
	required(params, 'TemplateCode');
	const t = sb.templates.get(params.TemplateCode);
	if (!t) return biz('isv.SMS_TEMPLATE_ILLEGAL', '模板不存在');
	return ok({
		TemplateCode: t.code,
		TemplateName: t.name,
		TemplateContent: t.content,
		TemplateType: String(t.type),
		TemplateStatus: String(t.status),
		TemplateTag: t.code === 'SMS_154950909' ? 4 : 2,
		IntlType: t.intlType,
		RelatedSignName: t.relatedSignName,
		VariableAttribute: JSON.stringify(t.rule),
		Remark: t.remark,
		ApplyScene: '',
		CreateDate: t.createDate,
		OrderId: t.orderId,
		AuditInfo: { AuditDate: t.status === 0 ? '' : t.createDate, RejectInfo: t.rejectInfo },
		FileUrlList: { FileUrl: [] },
		MoreDataFileUrlList: { MoreDataFileUrl: [] },
		SignList: { SignList: t.relatedSignName ? [t.relatedSignName] : [] },
	});
}

function listTemplates(sb: AliyunSandbox, params: Params): Answer {
	const page = Number(params.PageIndex ?? '1');
	const size = Number(params.PageSize ?? '10');
	if (!Number.isInteger(page) || page < 1 || !Number.isInteger(size) || size < 1 || size > 50) return biz('isv.INVALID_PARAMETERS', '参数格式不正确');
	const all = [...sb.templates.values()];
	const list = all.slice((page - 1) * size, page * size).map((t) => ({
		TemplateCode: t.code,
		TemplateName: t.name,
		TemplateContent: t.content,
		AuditStatus: AUDIT[t.status],
		OuterTemplateType: t.type,
		TemplateType: LIST_TYPE[t.type],
		SignatureName: t.relatedSignName,
		CreateDate: t.createDate,
		OrderId: t.orderId,
		Reason: { RejectDate: t.status === 2 ? t.createDate : '', RejectInfo: t.rejectInfo, RejectSubInfo: '' },
	}));
	return ok({ CurrentPage: page, PageSize: size, TotalCount: all.length, SmsTemplateList: list });
}

function deleteTemplate(sb: AliyunSandbox, params: Params): Answer {
	required(params, 'TemplateCode');
	const template = sb.templates.get(params.TemplateCode);
	if (!template) return biz('isv.SMS_TEMPLATE_ILLEGAL', '模板不存在');
	if (template.status === 0) return biz('isv.ERROR_TEMPLATE_NOT_DELETE', '审核中的模板不能删除');
	sb.templates.delete(params.TemplateCode);
	return ok({ TemplateCode: params.TemplateCode });
}


export function registerTemplateActions(sb: AliyunSandbox): void {
	sb.action('CreateSmsTemplate', VERSION, (params) => createTemplate(sb, params));
	sb.action('UpdateSmsTemplate', VERSION, (params) => updateTemplate(sb, params));
	sb.action('GetSmsTemplate', VERSION, (params) => getTemplate(sb, params));
	sb.action('QuerySmsTemplateList', VERSION, (params) => listTemplates(sb, params));
	sb.action('DeleteSmsTemplate', VERSION, (params) => deleteTemplate(sb, params));
	for (const offline of ['AddSmsTemplate', 'ModifySmsTemplate', 'QuerySmsTemplate']) sb.action(offline, VERSION, () => biz('isv.INTERFACE_OFFLINE', '接口已下线'));
}
