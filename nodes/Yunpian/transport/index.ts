import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { requestDescriber } from '../../shared/transport/describe';
import { buildMultipart, type MultipartFile } from '../../shared/transport/multipart';
import { providerRequest, type AnswerExpectation, type RequestContext, type RequestKind } from '../../shared/transport/request';
import { yunpianProvider } from './provider';

export { yunpianProvider };

/** Yunpian's product hosts (https://www.yunpian.com/official/document/sms/zh_cn/introduction_brief): `https://{type}.yunpian.com`. */
export type YunpianProduct = 'sms' | 'voice' | 'vsms' | 'flow';

/** The credential's default Base URL: `https://{type}.yunpian.com` (https://www.yunpian.com/official/document/sms/zh_cn/domestic_single_send). */
const DEFAULT_BASE_URL = 'https://{type}.yunpian.com';

/** The base URL of one product: `{type}` in the credential's Base URL becomes the product. */
export function productBaseUrl(configured: string, product: YunpianProduct): string {
	return configured.trim().split('{type}').join(product);
}

/** Endpoints that deliver a message or a call: never retried, and their errors say whether it may have gone out. */
const SENDS = new Set([
	'sms/single_send',
	'sms/batch_send',
	'sms/multi_send',
	'sms/tpl_single_send',
	'sms/tpl_batch_send',
	'voice/send',
	'voice/tpl_notify',
	'vsms/tpl_batch_send',
]);

/**
 * Endpoints that only read, retried on 429/502/503/504 and dropped connections. Not the pulls
 * (`sms/pull_status`, `sms/pull_reply`, `voice/pull_status`, `flow/pull_status`): they remove what
 * they return, so a repeated pull after an answer lost on the way would lose reports.
 */
const READS = new Set([
	'user/get',
	'tpl/get',
	'tpl/get_default',
	'sign/get',
	'sms/get_record',
	'sms/get_reply',
	'sms/count',
	'sms/get_black_word',
	'flow/get_package',
	'short_url/stat',
	'vsms/get_tpl',
]);

/** What a request to an endpoint does (every Yunpian request is a POST): a send, a read, or else a write. */
export function requestKind(path: string): RequestKind {
	if (SENDS.has(path)) return 'send';
	return READS.has(path) ? 'read' : 'write';
}

/** The form fields as they are posted: text values, `undefined` and `null` left out, objects as JSON. */
export function formFields(fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(fields)) {
		if (value !== undefined && value !== null) body[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
	}
	return body;
}

/**
 * How a send would go out, for Preview Only: `POST` to the product's URL with the form fields as they would
 * be posted. Only the credential's Base URL is read; the `apikey` field is added by the credential at send
 * time and so is never part of it (a Base URL quoting the key would show it masked).
 */
export async function yunpianRequestDescriber(context: IExecuteFunctions, product: YunpianProduct, path: string): Promise<(fields: IDataObject) => IDataObject> {
	const describe = await requestDescriber(context, yunpianProvider, DEFAULT_BASE_URL, (configured) => productBaseUrl(configured, product));
	return (fields) => ({ ...describe({ method: 'POST', path: `/v2/${path}.json`, body: formFields(fields) }), contentType: 'application/x-www-form-urlencoded' });
}

/**
 * POSTs a form to `/v2/{path}.json` on the product's host and returns the parsed answer, which must be
 * what `expect` says. The credential adds `apikey` to the form; `undefined` fields are left out (an
 * empty string is sent as one).
 */
async function post(this: RequestContext, product: YunpianProduct, path: string, fields: IDataObject, itemIndex: number | undefined, expect: AnswerExpectation): Promise<unknown> {
	const body = formFields(fields);
	return await providerRequest.call<RequestContext, Parameters<typeof providerRequest>, Promise<unknown>>(
		this,
		yunpianProvider,
		{
			method: 'POST',
			path: `/v2/${path}.json`,
			body,
			encoding: 'form',
			headers: { accept: 'application/json;charset=utf-8' },
			kind: requestKind(path),
			expect,
			baseUrl: (configured) => productBaseUrl(configured, product),
		},
		itemIndex,
	);
}

/**
 * An endpoint that answers one object: a JSON object (the default), or what `expect` says, e.g.
 * `objectWith('balance')`; anything else is an error naming Yunpian and what was wrong.
 */
export async function yunpianRequest(
	this: RequestContext,
	product: YunpianProduct,
	path: string,
	fields: IDataObject = {},
	itemIndex?: number,
	expect: AnswerExpectation = 'object',
): Promise<IDataObject> {
	return (await post.call(this, product, path, fields, itemIndex, expect)) as IDataObject;
}

/**
 * An endpoint that answers a bare array (reports, replies, records, template lists); `expect` may
 * also allow one object (`tpl/get_default` by ID), which is then the list's only entry.
 */
export async function yunpianList(
	this: RequestContext,
	product: YunpianProduct,
	path: string,
	fields: IDataObject = {},
	itemIndex?: number,
	expect: AnswerExpectation = 'array',
): Promise<IDataObject[]> {
	const answer = await post.call(this, product, path, fields, itemIndex, expect);
	return Array.isArray(answer) ? (answer as IDataObject[]) : [answer as IDataObject];
}

/**
 * POSTs multipart/form-data (only `vsms/add_tpl` takes it). A generic credential block cannot add a
 * field to a multipart body, so the key is read here and sent as the first part, `apikey`.
 */
export async function yunpianMultipartRequest(
	this: RequestContext,
	product: YunpianProduct,
	path: string,
	fields: Record<string, string>,
	files: Record<string, MultipartFile>,
	itemIndex: number | undefined,
	expect: AnswerExpectation,
): Promise<IDataObject> {
	const credentials = await this.getCredentials(yunpianProvider.credentialType);
	const multipart = buildMultipart({ apikey: String(credentials.apiKey ?? ''), ...fields }, files);
	const answer = await providerRequest.call<RequestContext, Parameters<typeof providerRequest>, Promise<IDataObject | undefined>>(
		this,
		yunpianProvider,
		{
			method: 'POST',
			path: `/v2/${path}.json`,
			body: multipart.body,
			encoding: 'raw',
			headers: { 'content-type': multipart.contentType, accept: 'application/json;charset=utf-8' },
			kind: requestKind(path),
			expect,
			baseUrl: (configured) => productBaseUrl(configured, product),
		},
		itemIndex,
	);
	return answer ?? {};
}
