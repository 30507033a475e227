import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { forEachItem } from '../../shared/itemLoop';
import { collectPages } from '../../shared/paging';
import type { RequestContext } from '../../shared/transport/request';
import { yunpianList, type YunpianProduct } from '../transport';
import { requestOptions } from './operation';
import { sidOf } from './sendEntry';

/** Largest page the pull and query endpoints give (https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief). */
export const MAX_PAGE_SIZE = 100;

export const pullNotice: INodeProperties = {
	displayName:
		'Pulling removes the reports from Yunpian: each one is returned once. Use one workflow only to pull (a Yunpian Pull Trigger on the same account takes them from this operation, and this operation from it), or use the push callback instead.',
	name: 'pullNotice',
	type: 'notice',
	default: '',
};

export const pullSizeField: INodeProperties = {
	displayName: 'Max Results',
	name: 'pageSize',
	type: 'number',
	default: 20,
	typeOptions: { minValue: 1, maxValue: MAX_PAGE_SIZE },
	description: 'Most results to pull in one run (1–100)',
};

/**
 * The description of a pull operation: the notice, Max Results, any extra fields, and Timeout (a pull
 * removes what it returns, so it is never repeated: no Retry on Temporary Errors).
 */
export function pullDescription(resource: string, operation: string, extra: INodeProperties[] = []): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, [pullNotice, pullSizeField, ...extra, requestOptions('write')]);
}

/** `sid` values as strings, whatever their size. */
export function withStringSid(row: IDataObject): IDataObject {
	return row.sid === undefined ? row : { ...row, sid: sidOf(row.sid) };
}

/** One destructive pull: at most `pageSize` rows, each returned once by Yunpian and then gone; `sid` as a string. */
export async function pullRows(this: RequestContext, product: YunpianProduct, path: string, pageSize: number, fields: IDataObject = {}, itemIndex?: number): Promise<IDataObject[]> {
	const rows = await yunpianList.call(this, product, path, { page_size: pageSize, ...fields }, itemIndex, 'array');
	return rows.map(withStringSid);
}

/** A destructive pull (`sms/pull_status`, `voice/pull_status`, `flow/pull_status`, `sms/pull_reply`): one request per item, one output item per row. */
export async function executePull(
	this: IExecuteFunctions,
	product: YunpianProduct,
	path: string,
	extraFields: (itemIndex: number) => IDataObject = () => ({}),
): Promise<INodeExecutionData[]> {
	return await forEachItem(this, async (itemIndex) => {
		const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Number(this.getNodeParameter('pageSize', itemIndex, 20))));
		return await pullRows.call(this, product, path, pageSize, extraFields(itemIndex), itemIndex);
	});
}

/** Return All / Limit over a paged Yunpian query (`page_num` from 1, `page_size` ≤ 100). */
export async function collectYunpianPages(
	this: IExecuteFunctions,
	itemIndex: number,
	fetchPage: (pageNum: number, pageSize: number) => Promise<IDataObject[]>,
): Promise<IDataObject[]> {
	return await collectPages(async (page, pageSize) => ({ items: await fetchPage(page, pageSize) }), {
		returnAll: this.getNodeParameter('returnAll', itemIndex, false) as boolean,
		limit: this.getNodeParameter('limit', itemIndex, 50) as number,
		pageSize: MAX_PAGE_SIZE,
	});
}
