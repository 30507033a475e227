import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import { tencentRequest } from '../transport';
import { LIST_PAGE, reviewStatus } from './templates';

export interface TencentSignature {
	SignId: number;
	SignName: string;
	International: number;
	StatusCode: number;
	ReviewReply?: string;
	CreateTime?: number;
}

const MAX_PAGES = 50;

/** One page of DescribeSmsSignList (https://cloud.tencent.com/document/api/382/52077). */
export async function fetchSignaturePage(this: IExecuteFunctions | ILoadOptionsFunctions, body: IDataObject, itemIndex?: number): Promise<TencentSignature[]> {
	const answer = await tencentRequest.call(this, { action: 'DescribeSmsSignList', body, kind: 'read', fields: ['DescribeSignListStatusSet'] }, itemIndex);
	return (answer.DescribeSignListStatusSet as TencentSignature[]) ?? [];
}

/** Every signature of the account, mainland and international. */
export async function fetchSignatures(this: IExecuteFunctions | ILoadOptionsFunctions, itemIndex?: number): Promise<TencentSignature[]> {
	const all: TencentSignature[] = [];
	for (const international of [0, 1]) {
		for (let page = 0; page < MAX_PAGES; page++) {
			const rows = await fetchSignaturePage.call(this, { International: international, Limit: LIST_PAGE, Offset: page * LIST_PAGE }, itemIndex);
			all.push(...rows);
			if (rows.length < LIST_PAGE) break;
		}
	}
	return all;
}

export function signatureJson(sign: TencentSignature): IDataObject {
	return { ...(sign as unknown as IDataObject), status: reviewStatus(sign.StatusCode), usable: sign.StatusCode === 0 };
}
