import type { IDataObject } from 'n8n-workflow';

import { providerRequest, type RequestContext } from '../../shared/transport/request';
import { liupaiProviders, readEnvelope, type ResultRule } from './provider';

export { liupaiProviders, type ResultRule };

/**
 * Calls one `/sms/<endpoint>`: always POST with a form body, so mobiles and message text stay out of
 * URLs (the credential adds `appkey` to the query, as the seed shows). Returns the envelope's
 * `result`; failures have already become NodeApiErrors in the shared transport, with the appkey
 * redacted. Nothing is retried.
 */
export async function liupaiRequest(
	this: RequestContext,
	endpoint: string,
	params: IDataObject,
	rule: ResultRule,
	itemIndex?: number,
): Promise<unknown> {
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(params)) {
		if (value !== undefined && value !== null && value !== '') body[key] = String(value);
	}
	const answer = await providerRequest.call<RequestContext, Parameters<typeof providerRequest>, Promise<unknown>>(
		this,
		liupaiProviders[rule],
		// Every Liupai call is a POST: what it does decides whether it may be retried.
		{ method: 'POST', path: `/sms/${endpoint}`, body, encoding: 'form', kind: rule === 'send' ? 'send' : rule === 'list' || endpoint === 'balance' ? 'read' : 'write' },
		itemIndex,
	);
	return readEnvelope(answer)?.result;
}

/** A single-object result (the transport has checked it is one). */
export async function liupaiObject(
	this: RequestContext,
	endpoint: string,
	params: IDataObject,
	itemIndex?: number,
): Promise<IDataObject> {
	return (await liupaiRequest.call(this, endpoint, params, 'object', itemIndex)) as IDataObject;
}

/**
 * Rows of a list answer, whichever shape it has (liupai.md §4, assumption): a bare array, or an
 * object holding `list` (else its first array), with `total` when Liupai gives one.
 */
export function listRows(result: unknown): { items: IDataObject[]; total?: number } {
	if (Array.isArray(result)) return { items: result as IDataObject[] };
	if (result === null || typeof result !== 'object') return { items: [] };
	const record = result as IDataObject;
	const list = Array.isArray(record.list) ? record.list : Object.values(record).find(Array.isArray);
	const total = Number(record.total);
	return { items: (list ?? []) as IDataObject[], total: Number.isFinite(total) && record.total !== '' ? total : undefined };
}
