import { fail, type TencentFailure } from '../errors';
import { parseNumber, type SandboxApp, type SandboxMessage, type SandboxReply } from '../state';
import type { ActionContext, TencentSandbox } from '../tencentSandbox';

const WEEK = 7 * 86400;

function receipt(sb: TencentSandbox, message: SandboxMessage): Record<string, unknown> {
	const report = message.report!;
	return {
		UserReceiveTime: report.time,
		CountryCode: message.CountryCode,
		SubscriberNumber: message.SubscriberNumber,
		PhoneNumber: message.PhoneNumber,
		SerialNo: message.SerialNo,
		ReportStatus: report.status,
		Description: report.errmsg,
		SessionContext: sb.apps.get(message.SmsSdkAppId)?.echoSessionContext ? message.SessionContext : '',
	};
}

const replyView = (reply: SandboxReply): Record<string, unknown> => ({
	ExtendCode: reply.ExtendCode,
	CountryCode: reply.CountryCode,
	PhoneNumber: reply.PhoneNumber,
	SubscriberNumber: reply.SubscriberNumber,
	SignName: reply.SignName,
	ReplyContent: reply.ReplyContent,
	ReplyTime: reply.ReplyTime,
});

/** An app with the pull APIs enabled (a not-enabled app's answer is undocumented: RequestPermissionDeny is our choice, §2.3). */
function pullApp(sb: TencentSandbox, { params, account }: ActionContext): SandboxApp | TencentFailure {
	const app = sb.appFor(params.SmsSdkAppId, account);
	if ('failure' in app) return app;
	if (!app.pullEnabled) return fail('UnauthorizedOperation.RequestPermissionDeny', 'the pull APIs are not enabled for this app; contact support');
	const limit = params.Limit as number;
	if (limit < 0 || limit > 100) return fail('InvalidParameterValue.LimitVerifyFail', 'Limit must be from 0 to 100.');
	return app;
}

/** The time window of a by-number pull (§2.4): BeginTime at most 7 days back, Offset fixed 0, EndTime ≥ BeginTime. */
function windowProblem({ params, now }: ActionContext): TencentFailure | undefined {
	const begin = params.BeginTime as number;
	const end = (params.EndTime as number | undefined) ?? now;
	if (begin < now - WEEK || begin > now) return fail('InvalidParameterValue.BeginTimeVerifyFail', 'BeginTime must be within the last 7 days.');
	if (end < begin) return fail('InvalidParameterValue.InvalidStartTime', 'BeginTime is after EndTime.');
	if (params.Offset !== 0) return fail('InvalidParameterValue.OffsetVerifyFail', 'Offset is fixed at 0.');
	if (!parseNumber(params.PhoneNumber as string)) return fail('InvalidParameterValue.IncorrectPhoneNumber', 'incorrect phone number');
	return undefined;
}

export function registerStatusActions(sb: TencentSandbox): void {
	sb.action('PullSmsSendStatus', (context) => {
		const app = pullApp(sb, context);
		if ('failure' in app) return app;
		const taken: SandboxMessage[] = [];
		sb.statusQueue = sb.statusQueue.filter((message) => {
			if (message.SmsSdkAppId !== app.SmsSdkAppId || taken.length >= (context.params.Limit as number)) return true;
			taken.push(message);
			return false;
		});
		return { PullSmsSendStatusSet: taken.map((message) => receipt(sb, message)) };
	});

	sb.action('PullSmsReplyStatus', (context) => {
		const app = pullApp(sb, context);
		if ('failure' in app) return app;
		const taken: SandboxReply[] = [];
		sb.replyQueue = sb.replyQueue.filter((reply) => {
			if (reply.SmsSdkAppId !== app.SmsSdkAppId || taken.length >= (context.params.Limit as number)) return true;
			taken.push(reply);
			return false;
		});
		return { PullSmsReplyStatusSet: taken.map(replyView) };
	});

	// Read-only: whether these consume the queue is undocumented (§2.4); the sandbox leaves it.
	sb.action('PullSmsSendStatusByPhoneNumber', (context) => {
		const app = pullApp(sb, context);
		if ('failure' in app) return app;
		const problem = windowProblem(context);
		if (problem) return problem;
		const number = parseNumber(context.params.PhoneNumber as string)!.PhoneNumber;
		const end = (context.params.EndTime as number | undefined) ?? context.now;
		const rows = sb.messages.filter(
			(message) => message.SmsSdkAppId === app.SmsSdkAppId && message.PhoneNumber === number && message.report && message.sendTime >= (context.params.BeginTime as number) && message.sendTime <= end,
		);
		return { PullSmsSendStatusSet: rows.slice(0, context.params.Limit as number).map((message) => receipt(sb, message)) };
	});

	sb.action('PullSmsReplyStatusByPhoneNumber', (context) => {
		const app = pullApp(sb, context);
		if ('failure' in app) return app;
		const problem = windowProblem(context);
		if (problem) return problem;
		const number = parseNumber(context.params.PhoneNumber as string)!.PhoneNumber;
		const end = (context.params.EndTime as number | undefined) ?? context.now;
		const rows = sb.replies.filter(
			(reply) => reply.SmsSdkAppId === app.SmsSdkAppId && reply.PhoneNumber === number && reply.ReplyTime >= (context.params.BeginTime as number) && reply.ReplyTime <= end,
		);
		return { PullSmsReplyStatusSet: rows.slice(0, context.params.Limit as number).map(replyView) };
	});

	// DescribeSendRecordList (https://cloud.tencent.com/document/api/382/137245): 72 h back, Limit 1–50, Offset 0–1000, newest first.
	sb.action('DescribeSendRecordList', ({ params, account, now }) => {
		const app = sb.appFor(params.SmsSdkAppId, account);
		if ('failure' in app) return app;
		const begin = params.BeginTime as number;
		const end = (params.EndTime as number | undefined) ?? now;
		const limit = (params.Limit as number | undefined) ?? 20;
		const offset = (params.Offset as number | undefined) ?? 0;
		if (begin < now - 72 * 3600 || begin > now) return fail('InvalidParameterValue.BeginTimeVerifyFail', 'BeginTime must be within the last 72 hours.');
		if (end > now + 60) return fail('InvalidParameterValue.EndTimeVerifyFail', 'EndTime must not be in the future.');
		if (end < begin) return fail('InvalidParameterValue.InvalidStartTime', 'BeginTime is after EndTime.');
		if (limit < 1 || limit > 50) return fail('InvalidParameterValue.LimitVerifyFail', 'Limit must be from 1 to 50.');
		if (offset < 0 || offset > 1000) return fail('InvalidParameterValue.OffsetVerifyFail', 'Offset must be from 0 to 1000.');
		const number = parseNumber(params.PhoneNumber as string)?.PhoneNumber;
		if (!number) return fail('InvalidParameterValue.IncorrectPhoneNumber', 'incorrect phone number');
		const rows = sb.messages
			.filter((message) => message.SmsSdkAppId === app.SmsSdkAppId && message.PhoneNumber === number && message.sendTime >= begin && message.sendTime <= end)
			.sort((a, b) => b.sendTime - a.sendTime || b.SerialNo.localeCompare(a.SerialNo))
			.slice(0, 1000);
		const SendRecordSet = rows.slice(offset, offset + limit).map((message) => ({
			PhoneNumber: message.PhoneNumber,
			SerialNo: message.SerialNo,
			SendStatus: message.RequestCode !== 'Ok' ? 1 : !message.report ? 3 : message.report.status === 'SUCCESS' ? 2 : 4,
			RequestCode: message.RequestCode,
			StatusCode: message.report?.errmsg ?? '',
			IsoCode: message.IsoCode,
			// Partly masked for privacy, as Tencent does.
			Content: message.content.replace(/\d{4,}/g, (digits) => '*'.repeat(digits.length)),
			SendTime: message.sendTime,
			UserReceiveTime: message.report?.status === 'SUCCESS' ? message.report.time : 0,
		}));
		return { SendRecordSet, TotalCount: rows.length };
	});
}
