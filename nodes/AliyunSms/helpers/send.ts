import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readPreviewOnly } from '../../shared/descriptions/previewOnly';
import type { RecipientAnswer } from '../../shared/send/types';
import { baseUrlOf, type AliyunApi } from '../transport/endpoint';
import { API_VERSION } from '../transport';
import { aliyunProvider } from '../transport/provider';

/** Where a user checks what went out, in every Aliyun send's errors. */
export const CHECK_WHERE = 'SMS → Get Delivery Details (by number and day, or the BizId)';

export interface AliyunSendRequest {
	action: string;
	api: AliyunApi;
	query: IDataObject;
	form?: IDataObject;
}

/**
 * How Preview Only shows a request: `POST` to the endpoint with the action and version headers, the query
 * and the form body. The signature is added at send time by the credential, so no key is in it.
 */
export async function sendPreview(context: IExecuteFunctions): Promise<{ dryRun: boolean; describe?: (request: AliyunSendRequest) => IDataObject }> {
	if (!readPreviewOnly(context)) return { dryRun: false };
	const credentials = await context.getCredentials(aliyunProvider.credentialType);
	return {
		dryRun: true,
		describe: (request) => ({
			method: 'POST',
			url: `${baseUrlOf(credentials, request.api).replace(/\/+$/, '')}/`,
			headers: { 'x-acs-action': request.action, 'x-acs-version': API_VERSION[request.api] },
			query: request.query,
			...(request.form ? { body: request.form } : {}),
		}),
	};
}

/**
 * SendSms and SendBatchSms answer once for the whole request (one BizId shared by its numbers, aliyun.md
 * §2.1): every number of an accepted request carries that BizId as its message ID, to use with Get Delivery Details.
 */
export function acceptedAll(answer: unknown, count: number): RecipientAnswer[] {
	const body = (answer ?? {}) as IDataObject;
	const bizId = typeof body.BizId === 'string' || typeof body.BizId === 'number' ? String(body.BizId) : '';
	const requestId = typeof body.RequestId === 'string' ? body.RequestId : undefined;
	return Array.from({ length: count }, () => ({ messageId: bizId || null, extra: { bizId: bizId || null, requestId } }));
}
