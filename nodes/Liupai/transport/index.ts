import type { IDataObject } from 'n8n-workflow';

import { providerRequest, type RequestContext, type RequestKind } from '../../shared/transport/request';
import { liupaiProvider, readEnvelope, resultProblem, type ResultRule } from './provider';

export { liupaiProvider, type ResultRule };

/** Liupai's eight endpoints (https://m.6api.net/api/sms/). */
export type LiupaiEndpoint = 'send' | 'balance' | 'addaccount' | 'accountlist' | 'editaccount' | 'addtemplate' | 'templatelist' | 'sendlogs';

/**
 * What each endpoint does and answers, in one place. Every call is a POST, so the kind says whether
 * it may be retried: the lookups are reads (retried on 429/502/503/504 and dropped connections), a
 * send is never repeated, creates and changes neither. The rule says what its `result` must be.
 */
const ENDPOINTS: Record<LiupaiEndpoint, { kind: RequestKind; rule: ResultRule }> = {
	send: { kind: 'send', rule: 'send' },
	balance: { kind: 'read', rule: { fields: ['totalnum', 'usednum'] } },
	addaccount: { kind: 'write', rule: { fields: ['accountid'] } },
	editaccount: { kind: 'write', rule: { fields: ['accountid'] } },
	addtemplate: { kind: 'write', rule: { fields: ['templateid'] } },
	accountlist: { kind: 'read', rule: 'list' },
	templatelist: { kind: 'read', rule: 'list' },
	sendlogs: { kind: 'read', rule: 'list' },
};

/**
 * Calls one `/sms/<endpoint>`: always POST with a form body, so mobiles and message text stay out of
 * URLs (the credential adds `appkey` to the query, as Liupai's SMS page https://m.6api.net/api/sms/ shows). Returns the envelope's
 * `result`; failures have already become NodeApiErrors in the shared transport, with the appkey
 * redacted: the envelope's own (a status other than 200…), and a `result` that is not what the
 * endpoint answers (an error naming Liupai and what was wrong).
 */
export async function liupaiRequest(
	this: RequestContext,
	endpoint: LiupaiEndpoint,
	params: IDataObject,
	itemIndex?: number,
): Promise<unknown> {
	const { kind, rule } = ENDPOINTS[endpoint];
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(params)) {
		if (value !== undefined && value !== null && value !== '') body[key] = String(value);
	}
	const answer = await providerRequest.call<RequestContext, Parameters<typeof providerRequest>, Promise<unknown>>(
		this,
		liupaiProvider(rule),
		{ method: 'POST', path: `/sms/${endpoint}`, body, encoding: 'form', kind, expect: (parsed) => resultProblem(parsed, rule) },
		itemIndex,
	);
	return readEnvelope(answer)?.result;
}

/** A single-object result (the transport has checked it is one, with the endpoint's fields). */
export async function liupaiObject(
	this: RequestContext,
	endpoint: 'balance' | 'addaccount' | 'editaccount' | 'addtemplate',
	params: IDataObject,
	itemIndex?: number,
): Promise<IDataObject> {
	return (await liupaiRequest.call(this, endpoint, params, itemIndex)) as IDataObject;
}

/**
 * Rows of a list answer, whichever shape it has (https://m.6api.net/api/sms/, assumption): a bare array, or an
 * object holding `list` (else its first array), with `total` when Liupai gives one. The transport
 * has refused any other `result`; a missing or empty one is no rows.
 */
export function listRows(result: unknown): { items: IDataObject[]; total?: number } {
	if (Array.isArray(result)) return { items: result as IDataObject[] };
	if (result === null || typeof result !== 'object') return { items: [] };
	const record = result as IDataObject;
	const list = Array.isArray(record.list) ? record.list : Object.values(record).find(Array.isArray);
	const total = Number(record.total);
	return { items: (list ?? []) as IDataObject[], total: Number.isFinite(total) && record.total !== '' ? total : undefined };
}
