import { failure, isFailure, success, type Failure } from '../envelope';
import { integerParam, requireParams, type LiupaiSandbox, type Params } from '../liupaiSandbox';
import {
	APPROVED,
	beijingTime,
	isDay,
	matchesTemplate,
	MOBILE_PATTERN,
	RATE_LIMITS,
	segmentsOf,
	SENDLOGS_PAGE_SIZE,
	type SandboxTemplate,
} from '../state';

/** The seed's verification-code limits per mobile, for ismarket=0 templates (the fake cannot tell codes from notices). */
function rateLimited(sb: LiupaiSandbox, mobile: string, at: number): boolean {
	const sent = sb.logs.filter((row) => row.mobile === mobile && row.ismarket === 0).map((row) => row.at);
	return RATE_LIMITS.some(({ windowMs, max }) => sent.filter((time) => at - time < windowMs).length >= max);
}

function sendableTemplate(sb: LiupaiSandbox, params: Params): SandboxTemplate | Failure {
	const id = integerParam(params, 'templateid');
	if (isFailure(id)) return id;
	const template = sb.templates.get(id);
	if (!template) return failure('UNKNOWN', '模板');
	return template.status === APPROVED ? template : failure('NOT_APPROVED');
}

/** 1. `sms/send`: one mobile, an approved template, content matching it; 104/206 limits; charges the quota. */
function send(sb: LiupaiSandbox, params: Params) {
	const missing = requireParams(params, ['mobile', 'content', 'templateid']);
	if (missing) return missing;
	const mobile = params.mobile.trim();
	if (/[,，;；\s]/.test(mobile)) return failure('MALFORMED', 'mobile(不支持群发)');
	if (!MOBILE_PATTERN.test(mobile)) return failure('MALFORMED', 'mobile');
	const template = sendableTemplate(sb, params);
	if (isFailure(template)) return template;
	if (!matchesTemplate(template.content, params.content)) return failure('MISMATCH');
	const at = sb.now().getTime();
	if (template.ismarket === 0 && rateLimited(sb, mobile, at)) return failure('RATE');
	const segments = segmentsOf(params.content.trim());
	const account = sb.accounts.get(template.accountid);
	const over = (total: number, used: number) => used + segments > total;
	if (over(sb.root.totalnum, sb.root.usednum) || (account && over(account.totalnum, account.usednum))) return failure('QUOTA');
	sb.root.usednum += segments;
	if (account) account.usednum += segments;
	const msgid = sb.newMsgid();
	sb.logs.push({ msgid, mobile, message: params.content.trim(), templateid: template.templateid, accountid: template.accountid, at, segments, ismarket: template.ismarket });
	return success({ count: String(segments), msgid, accountid: template.accountid });
}

function optionalDay(params: Params, name: string): string | undefined | Failure {
	const value = (params[name] ?? '').trim();
	if (value === '') return undefined;
	return isDay(value) ? value : failure('MALFORMED', name);
}

/** 8. `sms/sendlogs`: optional template and Beijing date range, `page` only, 20 rows a page, newest first. */
function sendlogs(sb: LiupaiSandbox, params: Params) {
	const templateId = (params.templateid ?? '').trim() === '' ? undefined : integerParam(params, 'templateid');
	if (isFailure(templateId)) return templateId;
	const start = optionalDay(params, 'start_date');
	if (isFailure(start)) return start;
	const end = optionalDay(params, 'end_date');
	if (isFailure(end)) return end;
	if (start && end && start > end) return failure('MALFORMED', 'start_date');
	const paging = sb.paging(params, SENDLOGS_PAGE_SIZE);
	if (isFailure(paging)) return paging;
	const rows = sb.logs
		.map((row, index) => ({ row, index, day: beijingTime(row.at).slice(0, 10) }))
		.filter(({ row, day }) => (templateId === undefined || row.templateid === templateId) && (!start || day >= start) && (!end || day <= end))
		.sort((a, b) => b.row.at - a.row.at || b.index - a.index)
		.map(({ row }) => ({
			sendtime: beijingTime(row.at),
			mobile: row.mobile,
			message: row.message,
			msgid: sb.bareNumber(row.msgid),
			// Assumed: 1 delivered, 0 failed; numbers ending in 0 "fail" so tests see both.
			is_ok: row.mobile.endsWith('0') ? 0 : 1,
		}));
	return success(sb.listResult(rows, paging.page, paging.pageSize));
}

export function registerMessageRoutes(sb: LiupaiSandbox): void {
	sb.apiRoute('send', (params) => send(sb, params));
	sb.apiRoute('sendlogs', (params) => sendlogs(sb, params));
}
