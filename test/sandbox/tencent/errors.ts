import { crypto } from '../../support/node';
import type { SandboxResponse } from '../kit/types';

/** A failure an action handler returns: Tencent's code and message. */
export interface TencentFailure {
	failure: true;
	code: string;
	message: string;
}

export const fail = (code: string, message = MESSAGES[code] ?? code): TencentFailure => ({ failure: true, code, message });

export const isFailure = (value: unknown): value is TencentFailure =>
	value !== null && typeof value === 'object' && (value as TencentFailure).failure === true;

/** Tencent's own messages for the codes it documents an example of (https://cloud.tencent.com/document/api/382/52075). */
export const MESSAGES: Record<string, string> = {
	'AuthFailure.SignatureFailure': 'The provided credentials could not be validated. Please check your signature is correct.',
	'AuthFailure.SignatureExpire': 'Signature expired. Timestamp is more than 5 minutes away from the server time.',
	'AuthFailure.SecretIdNotFound': 'The SecretId is not found, please ensure that your SecretId is correct.',
	'AuthFailure.InvalidSecretId': 'Invalid key (not a cloud API key type).',
	'AuthFailure.InvalidAuthorization': 'The Authorization header is missing or not in the TC3-HMAC-SHA256 format.',
	'AuthFailure.TokenFailure': 'Token verification failed.',
	'FailedOperation.JsonParseFail': 'Failed to parse the request body as JSON.',
	'FailedOperation.TemplateParamSetNotMatchApprovedTemplate': 'request content does not match the template content',
	'FailedOperation.TemplateIncorrectOrUnapproved': 'template is not approved or request content does not match the approved template content',
	'FailedOperation.SignatureIncorrectOrUnapproved': 'signature is not approved or signature format is incorrect',
	'FailedOperation.PhoneNumberInBlacklist': 'the phone number is in the blacklist',
	'FailedOperation.InsufficientBalanceInSmsPackage': 'insufficient balance in the SMS package',
	'InvalidParameterValue.IncorrectPhoneNumber': 'incorrect phone number',
	'LimitExceeded.PhoneNumberThirtySecondLimit': 'the same content was sent to this phone number within 30 seconds',
	'LimitExceeded.PhoneNumberDailyLimit': 'the daily limit of this phone number was reached',
	'UnsupportedProtocol': 'Only GET and POST requests are supported.',
};

/** Tencent's envelope: HTTP 200 whatever happened, `Response` with the fields or the Error, and a RequestId. */
export function envelope(fields: Record<string, unknown> | TencentFailure): SandboxResponse {
	const RequestId = crypto.randomUUID();
	if (isFailure(fields)) return { status: 200, body: { Response: { Error: { Code: fields.code, Message: fields.message }, RequestId } } };
	return { status: 200, body: { Response: { ...fields, RequestId } } };
}
