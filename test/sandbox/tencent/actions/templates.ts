import { fail, type TencentFailure } from '../errors';
import type { Params } from '../params';
import { variablesOf, type SandboxAccount, type SandboxTemplate } from '../state';
import type { TencentSandbox } from '../tencentSandbox';
import { deleted, enterpriseOnly, pageOf } from './review';

/** How many templates an account may hold (the real cap is undocumented, §2.15). */
export const TEMPLATE_LIMIT = 100;

/** The checks AddSmsTemplate and ModifySmsTemplate share (§8.6). */
function templateProblem(sb: TencentSandbox, params: Params, account: SandboxAccount): TencentFailure | undefined {
	const type = params.SmsType as number;
	const international = params.International as number;
	const content = params.TemplateContent as string;
	if (![1, 2, 3].includes(type)) return fail('InvalidParameterValue.InvalidSmsType', 'SmsType must be 1, 2 or 3.');
	if (international !== 0 && international !== 1) return fail('InvalidParameterValue.InvalidInternational', 'International must be 0 or 1.');
	if (![...sb.signs.values()].some((sign) => sign.account === account.id && sign.StatusCode === 0 && sign.International === international)) {
		return fail('FailedOperation.MissingSignature', 'apply for a signature first');
	}
	const variables = variablesOf(content);
	const distinct = [...new Set(variables)].sort((a, b) => a - b);
	if (/[【】]/.test(content) || distinct.some((value, index) => value !== index + 1) || /\}\{/.test(content) || content.replace(/\{\d+\}/g, '').trim() === '') {
		return fail('InvalidParameterValue.InvalidTemplateFormat', 'the template format is not valid');
	}
	if (type === 1 && !content.endsWith('拒收请回复R')) return fail('InvalidParameterValue.MarketingTemplateWithoutUnsubscribe', 'marketing templates must end with 拒收请回复R');
	if (type === 1 && !account.enterprise) return fail('FailedOperation.ForbidAddMarketingTemplates');
	return undefined;
}

function apply(template: SandboxTemplate, params: Params): void {
	template.TemplateName = params.TemplateName as string;
	template.TemplateContent = params.TemplateContent as string;
	template.SmsType = params.SmsType as number;
	template.Remark = params.Remark as string;
	template.StatusCode = 1;
	template.ReviewReply = '';
}

export function registerTemplateActions(sb: TencentSandbox): void {
	sb.action('AddSmsTemplate', ({ params, account, now }) => {
		const denied = enterpriseOnly(account);
		if (denied) return denied;
		const problem = templateProblem(sb, params, account);
		if (problem) return problem;
		if ([...sb.templates.values()].filter((template) => template.account === account.id).length >= TEMPLATE_LIMIT) return fail('FailedOperation.TemplateNumberLimit');
		const template = { TemplateId: sb.nextTemplateId++, International: params.International as number, CreateTime: now, account: account.id } as SandboxTemplate;
		apply(template, params);
		sb.templates.set(template.TemplateId, template);
		// A string here, an integer in Modify (§2 type conventions).
		return { AddTemplateStatus: { TemplateId: String(template.TemplateId) } };
	});

	sb.action('ModifySmsTemplate', ({ params, account }) => {
		const denied = enterpriseOnly(account);
		if (denied) return denied;
		const template = sb.templates.get(params.TemplateId as number);
		if (!template || template.account !== account.id) return fail('FailedOperation.MissingTemplateToModify', 'the template does not exist');
		if (template.StatusCode === 0 || template.StatusCode === 2) return fail('FailedOperation.TemplateAlreadyPassedCheck', 'an approved template cannot be modified');
		if (template.International !== params.International) return fail('InvalidParameterValue.InvalidInternational', 'International cannot be changed');
		const problem = templateProblem(sb, params, account);
		if (problem) return problem;
		apply(template, params);
		return { ModifyTemplateStatus: { TemplateId: template.TemplateId } };
	});

	sb.action('DeleteSmsTemplate', ({ params, account, now }) => {
		const denied = enterpriseOnly(account);
		if (denied) return denied;
		const template = sb.templates.get(params.TemplateId as number);
		if (!template || template.account !== account.id) return fail('FailedOperation.TemplateIdNotExist', 'the template does not exist');
		sb.templates.delete(template.TemplateId);
		return { DeleteTemplateStatus: deleted(now) };
	});

	sb.action('DescribeSmsTemplateList', ({ params, account }) => {
		const denied = enterpriseOnly(account);
		if (denied) return denied;
		if (!account.mainAccount) return fail('FailedOperation.ProhibitSubAccountUse', 'only the main account may pull the template list');
		if (params.International !== 0 && params.International !== 1) return fail('InvalidParameterValue.InvalidInternational', 'International must be 0 or 1.');
		// International 3 templates serve both kinds and appear in both lists.
		const own = [...sb.templates.values()]
			.filter((template) => template.account === account.id && (template.International === params.International || template.International === 3))
			.sort((a, b) => a.TemplateId - b.TemplateId);
		// Limit 0 (or absent) with no ids gives an empty list: undocumented, a sandbox choice (§7 item 7).
		const page = pageOf(own, params.TemplateIdSet as number[] | undefined, (template) => template.TemplateId, params.Limit as number | undefined, params.Offset as number | undefined, 0);
		if ('failure' in page) return page;
		return {
			DescribeTemplateStatusSet: page.map((template) => ({
				TemplateId: template.TemplateId,
				International: template.International,
				StatusCode: template.StatusCode,
				ReviewReply: template.ReviewReply,
				TemplateName: template.TemplateName,
				CreateTime: template.CreateTime,
				TemplateContent: template.TemplateContent,
			})),
		};
	});
}
