import { failure, isFailure, success } from '../envelope';
import { requireParams, type LiupaiSandbox, type Params } from '../liupaiSandbox';
import { MARKETING_SUFFIX, PENDING, type SandboxTemplate } from '../state';

/** 6. `sms/addtemplate`: all four fields required; marketing text needs 回TD退订; new templates wait for review. */
function addtemplate(sb: LiupaiSandbox, params: Params) {
	const missing = requireParams(params, ['accountid', 'title', 'content', 'ismarket']);
	if (missing) return missing;
	if (!['0', '1'].includes(params.ismarket.trim())) return failure('MALFORMED', 'ismarket');
	const account = sb.account(params);
	if (isFailure(account)) return account;
	const ismarket = Number(params.ismarket);
	if (ismarket === 1 && !params.content.includes(MARKETING_SUFFIX)) return failure('MARKETING');
	const template: SandboxTemplate = {
		templateid: sb.nextTemplateId++,
		accountid: account.accountid,
		name: params.title,
		content: params.content,
		ismarket,
		status: PENDING,
		failreason: '',
		addtime: Math.floor(sb.now().getTime() / 1000),
	};
	sb.templates.set(template.templateid, template);
	return success({ accountid: template.accountid, name: template.name, content: template.content, templateid: template.templateid, status: template.status, ismarket });
}

/** 7. `sms/templatelist`: one sub-account's templates, by id, paged. */
function templatelist(sb: LiupaiSandbox, params: Params) {
	const account = sb.account(params);
	if (isFailure(account)) return account;
	const paging = sb.paging(params);
	if (isFailure(paging)) return paging;
	const rows = [...sb.templates.values()]
		.filter((template) => template.accountid === account.accountid)
		.sort((a, b) => a.templateid - b.templateid)
		.map(({ templateid, name, content, ismarket, status, failreason, addtime }) => ({ templateid, name, content, ismarket, status, failreason, addtime }));
	return success(sb.listResult(rows, paging.page, paging.pageSize));
}

export function registerTemplateRoutes(sb: LiupaiSandbox): void {
	sb.apiRoute('addtemplate', (params) => addtemplate(sb, params));
	sb.apiRoute('templatelist', (params) => templatelist(sb, params));
}
