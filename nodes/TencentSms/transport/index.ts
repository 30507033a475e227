import type { IDataObject } from 'n8n-workflow';

import { providerRequest, type RequestContext, type RequestKind } from '../../shared/transport/request';
import { tencentProvider } from './provider';

export { tencentProvider };

export interface TencentCall {
	/** The API action, e.g. `SendSms` (sent as X-TC-Action and signed by the credential). */
	action: string;
	body: IDataObject;
	/** `send` for every call that delivers a message (never retried); reads are retried. */
	kind: RequestKind;
	/** Fields the answer's `Response` must have, e.g. `SendStatusSet`. */
	fields?: string[];
}

const isObject = (value: unknown): value is IDataObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Calls one Tencent Cloud SMS API 3.0 action (POST / with a JSON body, https://cloud.tencent.com/document/api/382/52077)
 * and returns its `Response`, checked to hold `fields`; `Response.Error` is an error naming Tencent's code.
 */
export async function tencentRequest(this: RequestContext, call: TencentCall, itemIndex?: number): Promise<IDataObject> {
	const fields = call.fields ?? [];
	const answer = await providerRequest.call<RequestContext, Parameters<typeof providerRequest>, Promise<IDataObject>>(
		this,
		tencentProvider,
		{
			method: 'POST',
			path: '/',
			body: call.body,
			headers: { 'X-TC-Action': call.action },
			kind: call.kind,
			expect: (body) => {
				if (!isObject(body) || !isObject(body.Response)) return 'it has no "Response" object';
				const missing = fields.filter((field) => (body.Response as IDataObject)[field] === undefined || (body.Response as IDataObject)[field] === null);
				return missing.length > 0 ? `its Response has no ${missing.join(', ')}` : undefined;
			},
		},
		itemIndex,
	);
	return answer.Response as IDataObject;
}
