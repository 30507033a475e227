import { NodeApiError, NodeOperationError, type IDataObject, type JsonObject } from 'n8n-workflow';

import { previewOf, segmentsOf } from './preview';
import type { Recipient, RecipientAnswer } from './types';

/** The recipient fields an output item is built from. */
type RecipientFields = Pick<Recipient<unknown>, 'mobile' | 'segments' | 'extra' | 'text'>;

/**
 * The one output schema of every send of every provider: `success`, `mobile`, `messageId` (a string,
 * or null), `segments` when known, `error` and `errorCode` when it failed, `preview` (text, length, segments)
 * when the text is known, then the provider's own fields.
 */
export function recipientJson(
	recipient: RecipientFields,
	answer: RecipientAnswer,
	providerName: string,
	checkWhere: string,
	messageIds: boolean,
): IDataObject {
	let { errorCode, error } = answer;
	const messageId = answer.messageId === undefined || answer.messageId === null || answer.messageId === '' ? null : String(answer.messageId);
	if (errorCode === undefined && error === undefined && messageIds && messageId === null) {
		errorCode = 'NO_MESSAGE_ID';
		error = `${providerName} accepted the request but gave no message ID for this number: it may have been sent. Check ${checkWhere} before sending it again.`;
	}
	const failed = errorCode !== undefined || error !== undefined;
	const json: IDataObject = { success: !failed, mobile: recipient.mobile, messageId };
	const segments = answer.segments ?? segmentsOf(recipient);
	if (segments !== undefined) json.segments = segments;
	if (failed) {
		json.error = error ?? `${providerName} refused this number (${errorCode})`;
		json.errorCode = errorCode ?? 'REFUSED';
	}
	if (recipient.text !== undefined) json.preview = previewOf(recipient.text);
	addExtra(json, recipient.extra);
	addExtra(json, answer.extra);
	return json;
}

/** Provider fields come after the common ones and never replace them. */
function addExtra(json: IDataObject, extra: IDataObject | undefined): void {
	for (const [key, value] of Object.entries(extra ?? {})) if (!(key in json)) json[key] = value;
}

/** The code an error carries: the provider's, a transport code, or INVALID_INPUT for what the user entered. */
export function errorCodeOf(error: Error): string {
	if (error instanceof NodeApiError) {
		const code = (error.errorResponse as JsonObject | undefined)?.code;
		if (code !== undefined && code !== null) return String(code as string | number);
		return error.httpCode ? `HTTP_${error.httpCode}` : 'REQUEST_FAILED';
	}
	if (error instanceof NodeOperationError) return 'INVALID_INPUT';
	return 'UNEXPECTED_ERROR';
}

/** The item of a recipient whose request failed, or (mobile null) of an item that could not be read. */
export function failureJson(recipient: RecipientFields | undefined, error: Error): IDataObject {
	const json: IDataObject = { success: false, mobile: recipient?.mobile ?? null, messageId: null };
	const segments = recipient ? segmentsOf(recipient) : undefined;
	if (segments !== undefined) json.segments = segments;
	json.error = error.message;
	json.errorCode = errorCodeOf(error);
	const description = (error as NodeApiError).description;
	if (description) json.description = description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	if (recipient?.text !== undefined) json.preview = previewOf(recipient.text);
	addExtra(json, recipient?.extra);
	return json;
}

/**
 * The item of a recipient in a Preview Only run: never a success (nothing was sent), the preview, and the
 * request that would have carried the number (one object shared by the recipients of that request).
 */
export function dryRunJson(recipient: RecipientFields, request: IDataObject): IDataObject {
	const json: IDataObject = { success: false, dryRun: true, mobile: recipient.mobile, messageId: null };
	const segments = segmentsOf(recipient);
	if (segments !== undefined) json.segments = segments;
	if (recipient.text !== undefined) json.preview = previewOf(recipient.text);
	json.request = request;
	addExtra(json, recipient.extra);
	return json;
}
