import { fail, type TencentFailure } from '../errors';
import type { SandboxAccount } from '../state';

/** Signature and template actions are for enterprise-verified accounts only (§2, notes). */
export function enterpriseOnly(account: SandboxAccount): TencentFailure | undefined {
	return account.enterprise ? undefined : fail('FailedOperation.NotEnterpriseCertification', 'individual accounts cannot manage signatures and templates by API');
}

/** The id-or-page selection of the two list actions (§2.14, §2.18). */
export function pageOf<T>(rows: T[], ids: number[] | undefined, id: (row: T) => number, limit: number | undefined, offset: number | undefined, defaultLimit: number): T[] | TencentFailure {
	if (ids && ids.length > 0) {
		if (ids.length > 100) return fail('InvalidParameterValue.LimitVerifyFail', 'At most 100 ids.');
		return rows.filter((row) => ids.includes(id(row)));
	}
	const size = limit ?? defaultLimit;
	if (size < 0 || size > 100) return fail('InvalidParameterValue.LimitVerifyFail', 'Limit must be from 0 to 100.');
	const start = offset ?? 0;
	if (start < 0) return fail('InvalidParameterValue.OffsetVerifyFail', 'Offset must be 0 or more.');
	return rows.slice(start, start + size);
}

export const deleted = (now: number): Record<string, unknown> => ({ DeleteStatus: 'return successfully!', DeleteTime: now });
