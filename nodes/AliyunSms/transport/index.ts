import type { IDataObject } from 'n8n-workflow';

import { providerRequest, type AnswerExpectation, type RequestContext, type RequestKind } from '../../shared/transport/request';
import { baseUrlOf, type AliyunApi } from './endpoint';
import { aliyunProvider } from './provider';

export { aliyunProvider };

/** The API versions (Dysmsapi 2017-05-25 for the mainland, 2018-05-01 for the international API). */
export const API_VERSION: Record<AliyunApi, string> = { mainland: '2017-05-25', international: '2018-05-01' };

export interface AliyunCall {
	/** The RPC action, e.g. `SendSms`. */
	action: string;
	api?: AliyunApi;
	/** Parameters the API reads from the query string (most of them). */
	query?: IDataObject;
	/** Parameters the API reads from the form body (e.g. SendBatchSms's JSON arrays). */
	form?: IDataObject;
	kind: RequestKind;
	/** What the answer must hold beyond `Code: "OK"`. */
	expect?: AnswerExpectation;
}

const isObject = (value: unknown): value is IDataObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Without a code the answer is not Aliyun's (a proxy page, another API), whatever else it holds. */
function withEnvelope(api: AliyunApi, expect: AnswerExpectation | undefined): AnswerExpectation {
	const codeKey = api === 'international' ? 'ResponseCode' : 'Code';
	return (body) => {
		if (!isObject(body)) return 'a JSON object was expected';
		if (body[codeKey] !== 'OK') return `the answer has no ${codeKey}`;
		return typeof expect === 'function' ? expect(body) : undefined;
	};
}

/**
 * One Aliyun RPC call: `POST /` with the action and version in the `x-acs-*` headers, signed V3 by the
 * credential; query parameters in the URL, body parameters form-encoded (where the API documents them).
 * https://www.alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature
 */
export async function aliyunRequest(this: RequestContext, call: AliyunCall, itemIndex?: number): Promise<IDataObject> {
	const api = call.api ?? 'mainland';
	const credentials = await this.getCredentials(aliyunProvider.credentialType);
	const base = baseUrlOf(credentials, api);
	const hasForm = call.form !== undefined && Object.keys(call.form).length > 0;
	return await providerRequest.call<RequestContext, [typeof aliyunProvider, Parameters<typeof providerRequest>[1], number | undefined], Promise<IDataObject>>(
		this,
		aliyunProvider,
		{
			method: 'POST',
			path: '/',
			qs: call.query,
			body: hasForm ? call.form : undefined,
			encoding: hasForm ? 'form' : 'json',
			headers: { 'x-acs-action': call.action, 'x-acs-version': API_VERSION[api] },
			kind: call.kind,
			expect: withEnvelope(api, call.expect),
			baseUrl: () => base,
		},
		itemIndex,
	);
}

/** An answer without its envelope (Code / Message, or ResponseCode / ResponseDescription): the fields an item shows. */
export function withoutEnvelope(answer: IDataObject): IDataObject {
	const fields = { ...answer };
	for (const key of ['Code', 'Message', 'ResponseCode', 'ResponseDescription']) delete fields[key];
	return fields;
}
