import type { IDataObject } from 'n8n-workflow';

import { collectPages } from '../../shared/paging';
import type { RequestContext } from '../../shared/transport/request';
import { listRows, liupaiRequest } from '../transport';

/** The default page size of Liupai's SMS page (https://m.6api.net/api/sms/); the maximum is not documented, so the node never asks for more. */
export const PAGE_SIZE = 20;
/** Stops a server that ignores `page` from looping forever. */
export const MAX_PAGES = 100;

/** Rows of a `page`/`pageSize` list endpoint (accountlist, templatelist), with Return All / Limit. */
export async function fetchList(
	this: RequestContext,
	endpoint: 'accountlist' | 'templatelist',
	params: IDataObject,
	paging: { returnAll: boolean; limit: number },
	itemIndex?: number,
): Promise<IDataObject[]> {
	return await collectPages<IDataObject>(
		async (page, pageSize) => listRows(await liupaiRequest.call(this, endpoint, { ...params, page, pageSize }, itemIndex)),
		{ ...paging, pageSize: PAGE_SIZE, maxPages: MAX_PAGES },
	);
}

export const ALL = { returnAll: true, limit: 0 };

/** `status` of sub-accounts and templates. The values are not documented: 0/1/2 is an assumption. */
export const REVIEW_STATUS_LABELS: Record<string, string> = {
	'0': 'pending review',
	'1': 'approved',
	'2': 'rejected',
};

/** `status` of an approved sub-account or template. */
export const APPROVED = '1';

export const reviewLabel = (status: unknown) => REVIEW_STATUS_LABELS[String(status)] ?? `status ${String(status)}`;

export async function fetchSubAccounts(this: RequestContext, itemIndex?: number): Promise<IDataObject[]> {
	return await fetchList.call(this, 'accountlist', {}, ALL, itemIndex);
}

export async function fetchTemplates(this: RequestContext, accountId: string, itemIndex?: number): Promise<IDataObject[]> {
	return await fetchList.call(this, 'templatelist', { accountid: accountId }, ALL, itemIndex);
}

/** The callback password Liupai returns in clear is masked unless the user asks for it. */
export function maskCallbackPassword(row: IDataObject, include = false): IDataObject {
	if (include || row.replypassword === undefined || row.replypassword === '') return row;
	return { ...row, replypassword: '***' };
}
