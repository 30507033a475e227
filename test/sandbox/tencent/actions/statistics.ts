import { fail, type TencentFailure } from '../errors';
import { parseBeijingHour, type SandboxMessage } from '../state';
import type { ActionContext, TencentSandbox } from '../tencentSandbox';

interface Range {
	begin: number;
	/** End of the EndTime hour (exclusive). */
	end: number;
}

/** BeginTime/EndTime as `yyyymmddhh` (Beijing time, our assumption §2.8), EndTime ≥ BeginTime; Limit and Offset "fixed 0". */
function rangeOf({ params }: ActionContext, fixedPaging: boolean): Range | TencentFailure {
	const begin = parseBeijingHour(params.BeginTime as string);
	if (begin === undefined) return fail('InvalidParameterValue.BeginTimeVerifyFail', 'BeginTime must be yyyymmddhh.');
	const end = parseBeijingHour(params.EndTime as string);
	if (end === undefined) return fail('InvalidParameterValue.EndTimeVerifyFail', 'EndTime must be yyyymmddhh.');
	if (end < begin) return fail('InvalidParameterValue.InvalidStartTime', 'BeginTime is after EndTime.');
	if (fixedPaging && params.Limit !== 0) return fail('InvalidParameterValue.LimitVerifyFail', 'Limit is fixed at 0.');
	if (fixedPaging && params.Offset !== 0) return fail('InvalidParameterValue.OffsetVerifyFail', 'Offset is fixed at 0.');
	return { begin, end: end + 3600 };
}

function sentIn(sb: TencentSandbox, appId: string, range: Range): SandboxMessage[] {
	return sb.messages.filter((message) => message.SmsSdkAppId === appId && message.sendTime >= range.begin && message.sendTime < range.end);
}

/** Receipt failure classes of the statistics (§2.9), by the sandbox's receipt codes. */
const FAILURE_CLASS: Record<string, string> = { UNDELIV: 'ShutdownErrorCount', MK_BLACK: 'BlackListCount', EXPIRED: 'InternalErrorCount', INVALID: 'InvalidNumberCount', FREQ: 'FrequencyLimitCount' };

export function registerStatisticsActions(sb: TencentSandbox): void {
	sb.action('SendStatusStatistics', (context) => {
		const app = sb.appFor(context.params.SmsSdkAppId, context.account);
		if ('failure' in app) return app;
		const range = rangeOf(context, true);
		if ('failure' in range) return range;
		const rows = sentIn(sb, app.SmsSdkAppId, range);
		const ok = rows.filter((row) => row.RequestCode === 'Ok');
		return { SendStatusStatistics: { FeeCount: ok.reduce((sum, row) => sum + row.Fee, 0), RequestCount: rows.length, RequestSuccessCount: ok.length } };
	});

	sb.action('CallbackStatusStatistics', (context) => {
		const app = sb.appFor(context.params.SmsSdkAppId, context.account);
		if ('failure' in app) return app;
		const range = rangeOf(context, true);
		if ('failure' in range) return range;
		if (range.end - 3600 - range.begin > 32 * 86400) return fail('InvalidParameterValue.EndTimeVerifyFail', 'BeginTime and EndTime must be at most 32 days apart.');
		const rows = sentIn(sb, app.SmsSdkAppId, range).filter((row) => row.RequestCode === 'Ok');
		const counts: Record<string, number> = { InternalErrorCount: 0, InvalidNumberCount: 0, ShutdownErrorCount: 0, BlackListCount: 0, FrequencyLimitCount: 0 };
		const reported = rows.filter((row) => row.report);
		for (const row of reported) if (row.report!.status === 'FAIL') counts[FAILURE_CLASS[row.report!.errmsg] ?? 'InternalErrorCount']++;
		return {
			CallbackStatusStatistics: {
				CallbackCount: reported.length,
				RequestSuccessCount: rows.length,
				CallbackFailCount: reported.filter((row) => row.report!.status === 'FAIL').length,
				CallbackSuccessCount: reported.filter((row) => row.report!.status === 'SUCCESS').length,
				...counts,
			},
		};
	});

	// Packages created between BeginTime and EndTime; EndTime > BeginTime and not after now (§2.10); Limit ≤ 500.
	sb.action('SmsPackagesStatistics', (context) => {
		const app = sb.appFor(context.params.SmsSdkAppId, context.account);
		if ('failure' in app) return app;
		const range = rangeOf(context, false);
		if ('failure' in range) return range;
		if (range.end - 3600 <= range.begin) return fail('InvalidParameterValue.EndTimeVerifyFail', 'EndTime must be after BeginTime.');
		if (range.end - 3600 > context.now) return fail('InvalidParameterValue.EndTimeVerifyFail', 'EndTime must not be in the future.');
		const limit = context.params.Limit as number;
		const offset = context.params.Offset as number;
		if (limit < 0 || limit > 500) return fail('InvalidParameterValue.LimitVerifyFail', 'Limit must be from 0 to 500.');
		if (offset < 0) return fail('InvalidParameterValue.OffsetVerifyFail', 'Offset must be 0 or more.');
		const rows = sb.packages.filter((row) => row.SmsSdkAppId === app.SmsSdkAppId && row.PackageCreateTime >= range.begin && row.PackageCreateTime < range.end);
		return {
			SmsPackagesStatisticsSet: rows.slice(offset, offset + limit).map((row) => ({
				PackageCreateTime: row.PackageCreateTime,
				PackageEffectiveTime: row.PackageEffectiveTime,
				PackageExpiredTime: row.PackageExpiredTime,
				PackageAmount: row.PackageAmount,
				PackageType: row.PackageType,
				PackageId: row.PackageId,
				CurrentUsage: row.CurrentUsage,
			})),
		};
	});
}
