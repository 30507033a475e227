import type { ProviderErrorEntry, ProviderErrorTable } from '../../shared/provider';

const e = (meaning: string, fix: string): ProviderErrorEntry => ({ meaning, fix });

const CONSOLE = 'the Tencent Cloud SMS console (https://console.cloud.tencent.com/smsv2)';
const RETRY_LATER = 'Try again later. For a send, check Status → Get Delivery Reports (Number) first: the message may have gone out, and sends are never retried automatically.';
const NODE_BUG = 'This is a request the node should never send: please report it with the workflow.';

/**
 * Tencent Cloud API 3.0 error codes with our English meaning and fix. Common codes:
 * https://cloud.tencent.com/document/api/382/52075; SMS codes: https://cloud.tencent.com/document/api/382/59177
 * (also the per-number `SendStatusSet[].Code` of SendSms, https://cloud.tencent.com/document/api/382/55981).
 * Tencent answers every processed request with HTTP 200, errors included; the code decides.
 */
export const tencentErrors: ProviderErrorTable = {
	// ---- common (every API 3.0 action) ----
	ActionOffline: e('This API action has been retired by Tencent Cloud', 'Update the n8n-nodes-china-sms package.'),
	'AuthFailure.InvalidAuthorization': e('The Authorization header is not in Tencent Cloud’s format', NODE_BUG),
	'AuthFailure.InvalidSecretId': e('The SecretId is not a cloud API key', 'Use a SecretId (starting with AKID) from the API key console (CAM → API Key Management, https://console.cloud.tencent.com/cam/capi).'),
	'AuthFailure.MFAFailure': e('Multi-factor authentication failed', 'Use an API key of a user without MFA on API calls, or check the CAM settings.'),
	'AuthFailure.SecretIdNotFound': e('The SecretId does not exist, or the key is disabled or deleted', 'Copy the SecretId again (without spaces) from the API key console and check that the key is enabled.'),
	'AuthFailure.SignatureExpire': e('The request timestamp is more than 5 minutes away from Tencent Cloud’s clock', 'Synchronise the clock of the machine running n8n (NTP), then run again.'),
	'AuthFailure.SignatureFailure': e('The signature does not match: the SecretKey is wrong', 'Copy the SecretKey of this SecretId again from the API key console into the credential.'),
	'AuthFailure.TokenFailure': e('The session token of the temporary credentials is not valid', 'Get new temporary credentials (SecretId, SecretKey and Session Token together), or clear Session Token for a permanent key.'),
	'AuthFailure.UnauthorizedOperation': e('The API key may not call this action (CAM denies it)', 'Grant the sub-account a policy with sms:* (or this action) in Tencent Cloud CAM (Cloud Access Management).'),
	DryRunOperation: e('The request was a dry run', 'Nothing was done; run without dry run.'),
	FailedOperation: e('The operation failed', 'Read Tencent’s message below for the reason.'),
	InternalError: e('Tencent Cloud had an internal error', RETRY_LATER),
	InvalidAction: e('Tencent Cloud does not know this action', `${NODE_BUG} Also check that the Endpoint in the credential is an SMS endpoint (sms.tencentcloudapi.com).`),
	InvalidParameter: e('A parameter has the wrong format or type', 'Check the fields of the operation.'),
	InvalidParameterValue: e('A parameter value is not valid', 'Check the values of the operation’s fields.'),
	InvalidRequest: e('The request body is not valid', NODE_BUG),
	IpInBlacklist: e('The IP address of n8n is on the account’s blocklist', 'Remove the address from the blocklist in Tencent Cloud CAM.'),
	IpNotInWhitelist: e('The IP address of n8n is not on the account’s allow list', 'Add the address of the machine running n8n to the allow list in Tencent Cloud CAM.'),
	LimitExceeded: e('A quota was exceeded', 'Lower the amount requested, or raise the quota in the console.'),
	MissingParameter: e('A required parameter is missing', 'Fill in every required field of the operation.'),
	NoSuchProduct: e('The product does not exist at this endpoint', 'Set the Endpoint in the credential to an SMS endpoint, e.g. https://sms.tencentcloudapi.com.'),
	NoSuchVersion: e('The API version does not exist', NODE_BUG),
	RequestLimitExceeded: e('Too many requests per second for this action', 'Slow down (add a Wait node, or lower Parallel Requests) and run again.'),
	'RequestLimitExceeded.GlobalRegionUinLimitExceeded': e('The main account is over the request rate limit', 'Slow down and run again.'),
	'RequestLimitExceeded.IPLimitExceeded': e('This IP address is over the request rate limit', 'Slow down and run again.'),
	'RequestLimitExceeded.UinLimitExceeded': e('The account is over the request rate limit', 'Slow down and run again.'),
	RequestSizeLimitExceeded: e('The request is too large', 'Send fewer numbers per request (Batch Size).'),
	ResourceInUse: e('The resource is in use', 'Try again once it is free.'),
	ResourceInsufficient: e('Not enough resources', 'Try again later.'),
	ResourceNotFound: e('The resource does not exist', 'Check the IDs given.'),
	ResourceUnavailable: e('The resource is unavailable', 'Try again later.'),
	ResponseSizeLimitExceeded: e('The answer would be too large', 'Lower Limit.'),
	ServiceUnavailable: e('The service is temporarily unavailable', RETRY_LATER),
	UnauthorizedOperation: e('The operation is not authorised', 'Check the sub-account’s CAM policy (sms:*) and that the SMS service is enabled.'),
	UnknownParameter: e('The request has a parameter Tencent Cloud does not know', NODE_BUG),
	UnsupportedOperation: e('The operation is not supported', 'Read Tencent’s message below for the reason.'),
	UnsupportedProtocol: e('Only GET and POST over HTTPS are supported', NODE_BUG),
	UnsupportedRegion: e('This action is not available in the region of the credential', 'Set Region in the credential to ap-guangzhou (or ap-beijing, ap-nanjing).'),

	// ---- SMS: parsing and request level ----
	'FailedOperation.FailResolvePacket': e('Tencent Cloud could not parse the request', NODE_BUG),
	'FailedOperation.JsonParseFail': e('The request body is not valid JSON', NODE_BUG),
	'InternalError.JsonParseFail': e('Tencent Cloud could not parse the parameters', NODE_BUG),
	'InvalidParameter.InvalidParameters': e('A parameter is not valid (International or SMS Type)', 'Check International and SMS Type.'),
	'InvalidParameter.AppidAndBizId': e('The SmsSdkAppId does not belong to this account', 'Use an SmsSdkAppId of the account that owns the API key (SMS console → Application Management → Application List).'),
	'InvalidParameterValue.SdkAppIdNotExist': e('The SmsSdkAppId does not exist', `Copy the SDK AppID from ${CONSOLE} (Application Management → Application List) into the credential.`),
	'UnauthorizedOperation.SmsSdkAppIdVerifyFail': e('The SmsSdkAppId does not belong to the account of the API key', 'Use the SDK AppID of the same Tencent Cloud account as the SecretId.'),
	'UnauthorizedOperation.SdkAppIdIsDisabled': e('The SMS app is disabled', 'Enable the app in the console, or contact Tencent Cloud support.'),
	'UnauthorizedOperation.ServiceSuspendDueToArrears': e('The SMS service is suspended because the account is in arrears', 'Pay the outstanding bill in the Tencent Cloud console.'),
	// Spelled so by the SDKs until 2023-10; which spelling the server sends is not documented, so both are known.
	'UnauthorizedOperation.SerivceSuspendDueToArrears': e('The SMS service is suspended because the account is in arrears', 'Pay the outstanding bill in the Tencent Cloud console.'),
	'UnauthorizedOperation.RequestIpNotInWhitelist': e('The IP address of n8n is not in the app’s allow list', 'Add the address in the console (Application Management → Basic Configuration).'),
	'UnauthorizedOperation.RequestPermissionDeny': e('The account has no permission for this action (the pull APIs and conversion reports must be enabled by Tencent Cloud support)', 'Ask Tencent Cloud support to enable it, or use the Tencent Cloud SMS Trigger (callbacks) instead.'),
	'UnauthorizedOperation.IndividualUserMarketingSmsPermissionDeny': e('Individual (personal) accounts cannot send marketing SMS', 'Use a notification template, or verify the account as an enterprise.'),
	'MissingParameter.EmptyPhoneNumberSet': e('No phone number was given', 'Give at least one phone number.'),
	'LimitExceeded.PhoneNumberCountLimit': e('More than 200 phone numbers in one request', 'Send at most 200 numbers per request (Batch Size).'),
	'InvalidParameterValue.MultiSmsInfoSetEmpty': e('No recipient was given', 'Give at least one recipient.'),
	'UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber': e('Mainland and international numbers in one request, or a template or signature of the other kind', 'Send mainland (+86) and international numbers separately, each with a template of its kind.'),
	'UnsupportedOperation.ContainDomesticPhoneNumber': e('A mainland China number was given to the international send', 'Send to mainland numbers with Message → Send.'),
	'UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone': e('A mainland template was used for an international number', 'Use an international template (International: yes) for numbers outside mainland China.'),
	'UnsupportedOperation.GlobalTemplateToChineseMainlandPhone': e('An international template was used for a mainland China number', 'Use a mainland template for +86 numbers.'),
	'UnsupportedOperation.UnsupportedRegion': e('Sending to this country or region is not supported', 'Check the country code; contact Tencent Cloud support for the list of countries.'),
	'UnsupportedOperation.UnsuportedRegion': e('Sending to this country or region is not supported', 'Check the country code; contact Tencent Cloud support for the list of countries.'),
	'InternalError.RequestTimeException': e('The request time is wrong: the clock differs from Tencent Cloud’s by more than 10 minutes', 'Synchronise the clock of the machine running n8n (NTP).'),
	'InternalError.RestApiInterfaceNotExist': e('The interface does not exist', NODE_BUG),
	'InternalError.SigFieldMissing': e('Tencent Cloud’s backend signature is missing', RETRY_LATER),
	'InternalError.SigVerificationFail': e('Tencent Cloud’s backend signature check failed', RETRY_LATER),
	'InternalError.SendAndRecvFail': e('A timeout inside Tencent Cloud', RETRY_LATER),
	'InternalError.Timeout': e('A timeout inside Tencent Cloud', RETRY_LATER),
	'InternalError.OtherError': e('Another internal error', RETRY_LATER),
	'InternalError.UnknownError': e('An unknown internal error', RETRY_LATER),
	'InternalError.ParseBackendResponseFail': e('Tencent Cloud could not read its backend’s answer', RETRY_LATER),
	'FailedOperation.OtherError': e('Another error, usually in the parameters', 'Check the fields of the operation.'),
	'FailedOperation.ParametersOtherError': e('A parameter error', 'Check the fields of the operation.'),

	// ---- SMS: sending (mostly per number, in SendStatusSet) ----
	'FailedOperation.SignatureIncorrectOrUnapproved': e('The signature is not approved, or not written exactly as approved', 'Pick an approved signature from the Signature list (its text, not its ID; 2–12 Chinese or English characters or digits, without 【】).'),
	'FailedOperation.TemplateIncorrectOrUnapproved': e('The template is not approved, or the text does not match it', 'Pick an approved template (status 0) of the right kind (mainland or international).'),
	'FailedOperation.TemplateUnapprovedOrNotExist': e('The template is not approved or does not exist', 'Pick an approved template from the Template list.'),
	'FailedOperation.TemplateParamSetNotMatchApprovedTemplate': e('The number of template values does not match the template’s variables', 'Give exactly one value for each {1}, {2}… of the template.'),
	'FailedOperation.ContainSensitiveWord': e('The text contains sensitive words', 'Change the values; contact Tencent Cloud support if the text is fine.'),
	'FailedOperation.PhoneNumberInBlacklist': e('The number is on the do-not-disturb list (the user unsubscribed, or the carrier blocks it)', 'Remove the number from the list of recipients.'),
	'FailedOperation.InsufficientBalanceInSmsPackage': e('The SMS package is used up', 'Buy an SMS package in the console (Package Management).'),
	'FailedOperation.MarketingSendTimeConstraint': e('Marketing SMS may only be sent from 08:00 to 22:00 (Beijing time)', 'Send marketing messages between 08:00 and 22:00.'),
	'FailedOperation.PhoneNumberParseFail': e('The number could not be read as an E.164 number', 'Write the number as + country code and number, e.g. +8613800138000.'),
	'InvalidParameterValue.IncorrectPhoneNumber': e('The number is not in a valid format', 'Write the number as + country code and number, e.g. +8613800138000.'),
	'InvalidParameterValue.ContentLengthLimit': e('The message is too long (more than 500 characters with the signature)', 'Shorten the template values.'),
	'InvalidParameterValue.TemplateParameterFormatError': e('A value of a verification-code template must be 0–6 digits', 'Send digits only (at most 6) in verification-code templates.'),
	'InvalidParameterValue.TemplateParameterLengthLimit': e('A template value is too long for the account (often 6 or 12 characters)', 'Shorten the value; the limit is shown on the template page of the console.'),
	'InvalidParameterValue.ProhibitedUseUrlInTemplateParameter': e('A template value contains a link', 'Put links in the template text itself, not in a value.'),
	'LimitExceeded.PhoneNumberThirtySecondLimit': e('This number already got a message within 30 seconds', 'Wait 30 seconds, or change the frequency limit in the console (Application Management → Basic Configuration).'),
	'LimitExceeded.PhoneNumberOneHourLimit': e('This number reached its hourly limit', 'Wait, or change the frequency limit in the console.'),
	'LimitExceeded.PhoneNumberDailyLimit': e('This number reached its daily limit', 'Wait until tomorrow, or change the frequency limit in the console.'),
	'LimitExceeded.PhoneNumberSameContentDailyLimit': e('This number got the same text too often today', 'Vary the text or wait until tomorrow.'),
	'LimitExceeded.DeliveryFrequencyLimit': e('A sending frequency policy was hit', 'Change the frequency policy in the console.'),
	'LimitExceeded.AppDailyLimit': e('The app reached its daily total', 'Raise the daily threshold in the console (Application Management → Basic Configuration).'),
	'LimitExceeded.AppMainlandChinaDailyLimit': e('The app reached its daily total for mainland China', 'Raise the mainland daily threshold in the console.'),
	'LimitExceeded.AppGlobalDailyLimit': e('The app reached its daily total for international SMS', 'Raise the international daily threshold in the console.'),
	'LimitExceeded.AppCountryOrRegionDailyLimit': e('The app reached its daily total for this country or region', 'Raise the per-country threshold in the console.'),
	'LimitExceeded.AppCountryOrRegionInBlacklist': e('This country or region is not allowed for the app', 'Allow the country in the console (Application Management → Basic Configuration).'),
	'LimitExceeded.DailyLimit': e('The international daily limit was reached', 'Contact Tencent Cloud support.'),
	'LimitExceeded.GlobalSmsSendingRateLimit': e('International messages are sent too fast', 'Slow down and send again.'),

	// ---- SMS: signatures, templates, statistics ----
	'FailedOperation.NotEnterpriseCertification': e('The account is not verified as an enterprise: signatures and templates cannot be managed by API', 'Verify the account as an enterprise, or manage signatures and templates in the console.'),
	'FailedOperation.ProhibitSubAccountUse': e('Only the main account may list templates', 'Use an API key of the main account.'),
	'FailedOperation.MissingSignature': e('There is no approved signature yet, so no template can be added', 'Apply for a signature first (Signature → Create) and wait for approval.'),
	'FailedOperation.MissingSignatureList': e('The signature is not known or not approved', 'Check the Signature list.'),
	'FailedOperation.MissingSignatureToModify': e('The signature ID does not exist', 'Pick the signature from the list again.'),
	'FailedOperation.MissingTemplateList': e('The template is not known or not approved', 'Check the Template list.'),
	'FailedOperation.MissingTemplateToModify': e('The template ID does not exist', 'Pick the template from the list again.'),
	'FailedOperation.SignIdNotExist': e('The signature ID does not exist', 'Pick the signature from the list again.'),
	'FailedOperation.TemplateIdNotExist': e('The template ID does not exist', 'Pick the template from the list again.'),
	'FailedOperation.SignNumberLimit': e('The account has as many signatures as allowed', 'Delete a signature you no longer use.'),
	'FailedOperation.TemplateNumberLimit': e('The account has as many templates as allowed', 'Delete a template you no longer use.'),
	'FailedOperation.TemplateAlreadyPassedCheck': e('An approved template cannot be changed', 'Create a new template instead.'),
	'FailedOperation.ForbidAddMarketingTemplates': e('Individual accounts cannot add marketing templates', 'Choose Notification or Verification Code, or verify the account as an enterprise.'),
	'FailedOperation.QualificationIdNotApproved': e('The qualification is not approved', 'Wait for the real-name qualification to be approved in the console.'),
	'InvalidParameter.DirtyWordFound': e('The text contains sensitive words', 'Change the text.'),
	'InvalidParameterValue.InvalidTemplateFormat': e('The template text is not valid: variables must be {1}, {2}… in order, not next to each other, not the whole text, and 【】 are not allowed', 'Fix the template text (see https://cloud.tencent.com/document/product/382/39023).'),
	'InvalidParameterValue.TemplateWithDirtyWords': e('The template contains sensitive words', 'Change the template text.'),
	'InvalidParameterValue.MarketingTemplateWithoutUnsubscribe': e('A marketing template must end with "拒收请回复R" (reply R to unsubscribe)', 'End the template text with "拒收请回复R".'),
	'InvalidParameterValue.UnsupportedTemplateVariable': e('Mainland notification and marketing templates may not have variables on this account', 'Remove the {n} variables, or use a verification-code template.'),
	'InvalidParameterValue.InvalidSmsType': e('The SMS type is not valid', 'Choose Marketing, Notification or Verification Code.'),
	'InvalidParameterValue.InvalidInternational': e('The International value is not valid, or differs from the existing one', 'International must match the signature or template being changed.'),
	'InvalidParameterValue.InvalidDocumentType': e('The document type is not valid for this signature type', 'Choose a document type that matches the signature type.'),
	'InvalidParameterValue.InvalidSignPurpose': e('The signature purpose is not valid', 'Choose For Own Use or For Others.'),
	'InvalidParameterValue.InvalidUsedMethod': e('The signature purpose is not valid', 'Choose For Own Use or For Others.'),
	'InvalidParameterValue.ImageInvalid': e('The proof image is not a valid base64 image', 'Give a JPG or PNG file in the binary property.'),
	'InvalidParameterValue.QualificationIdNotFound': e('The qualification ID does not exist', 'Copy the qualification ID from the console (Chinese Mainland SMS → Qualification Management).'),
	'InvalidParameterValue.SignAlreadyPassedCheck': e('An approved signature cannot be changed', 'Apply for a new signature instead.'),
	'InvalidParameterValue.SignExistAndUnapproved': e('The same signature is already waiting for review', 'Wait for the review of the pending signature.'),
	'InvalidParameterValue.SignNameLengthTooLong': e('The signature is too long', 'Use 2–12 characters for mainland signatures.'),
	'InvalidParameterValue.BeginTimeVerifyFail': e('The begin time is not valid (too far back, or in the wrong format)', 'Use a begin time within the range the operation allows.'),
	'InvalidParameterValue.EndTimeVerifyFail': e('The end time is not valid', 'Use an end time after the begin time and not in the future.'),
	'InvalidParameterValue.InvalidStartTime': e('The begin time is after the end time', 'Swap or fix the two times.'),
	'InvalidParameterValue.LimitVerifyFail': e('Limit is not valid', 'Use a Limit within the range the operation allows.'),
	'InvalidParameterValue.OffsetVerifyFail': e('Offset is not valid', 'Use an Offset of 0 or more.'),
};

/**
 * The entry of a code, else of its nearest parent (`LimitExceeded.Something` → `LimitExceeded`):
 * Tencent adds sub-codes over time and its docs say to match prefixes.
 */
export function tencentErrorOf(code: string): ProviderErrorEntry | undefined {
	for (let current = code; current; current = current.includes('.') ? current.slice(0, current.lastIndexOf('.')) : '') {
		if (Object.hasOwn(tencentErrors, current)) return tencentErrors[current];
	}
	return undefined;
}
