import type { ProviderErrorTable } from '../../shared/provider';

/** UPYUN's error table (http://docs.upyun.com/sms/), with what a user can do about each code. */
export const upyunErrors: ProviderErrorTable = {
	INVALID_FILE: {
		meaning: 'The file is missing, empty, or not in the expected size or format',
		fix: 'Send a non-empty UTF-8 CSV file: mobile in the first column, then up to four template variables.',
	},
	MISSING_PARAMETER: {
		meaning: 'A required field is empty',
		fix: 'Fill in every required field of the operation (for sending: the mobile numbers and the template).',
	},
	INVALID_CREDENTIALS: {
		meaning: 'The API token is not valid',
		fix: 'Copy the token again from the UPYUN SMS console (SMS Service → Settings) into the credential.',
	},
	REQUIRE_TEMPLATE_OWNER: {
		meaning: 'The template belongs to another account',
		fix: 'Pick a template from your own account (use "From list" in the Template field).',
	},
	REQUIRE_SIGNATURE_OWNER: {
		meaning: 'The signature is not owned by this account',
		fix: 'Use a signature your account owns or has filed with UPYUN.',
	},
	USER_NOT_FOUND: {
		meaning: 'The account does not exist',
		fix: 'Check that the token belongs to a verified account with the SMS service enabled.',
	},
	TEMPLATE_NOT_FOUND: {
		meaning: 'The template does not exist',
		fix: 'Pick the template from the list again: it may have been deleted.',
	},
	NOT_FOUND: {
		meaning: 'The address does not exist',
		fix: 'Check the Base URL in the credential: it should be https://sms-api.upyun.com.',
	},
	INSUFFICIENT_FUNDS: {
		meaning: 'Not enough SMS quota left',
		fix: 'Buy an SMS resource pack in the UPYUN console (Cloud Products → SMS Service → Top Up), then send again.',
	},
	MOBILE_LIMIT: {
		meaning: 'Too many mobile numbers in one request',
		fix: 'Lower "Batch Size" in the operation options.',
	},
	ILLEGAL_MOBILE: {
		meaning: 'The mobile number is not valid',
		fix: 'Use 11-digit mainland numbers without spaces or a +86 prefix.',
	},
	ILLEGAL_PARAMER: {
		meaning: 'A parameter value is not valid',
		fix: 'Check the selected options and that the number of template variables matches the template.',
	},
	TEMPLATE_LIMIT: {
		meaning: 'The channel already has 40 templates',
		fix: 'Delete templates you no longer use, then create the new one.',
	},
	TEMPLATE_AUDITING: {
		meaning: 'The template is still under review and cannot be used yet',
		fix: 'Wait for approval: about 1–3 working hours on the VIP channel, 4–5 working days on the general channel.',
	},
	TEMPLATE_NOT_AUDITED: {
		meaning: 'The template has not been approved',
		fix: 'Submit the template for review and wait until its status is "success".',
	},
	ILLEGAL_SIGNATURE: {
		meaning: 'The signature must be 3 to 8 characters with no symbols',
		fix: 'Change the signature to 3–8 characters, without 【】 or symbols such as - . + #.',
	},
	ILLEGAL_TITLE: {
		meaning: 'The template title must be shorter than 12 characters',
		fix: 'Shorten the title to at most 11 characters.',
	},
	TEMPLATE_FAILED: {
		meaning: 'The template was rejected in review',
		fix: 'Edit the template (Template → Update) to submit it again, then wait for approval.',
	},
	ILLEGAL_CONTENT_LENGTH: {
		meaning: 'Signature plus content is too long',
		fix: 'Shorten the content: signature + content + 2 must stay within 350 characters.',
	},
	ILLEGAL_REPORT_TYPE: {
		meaning: 'The review channel (report_type) is not valid',
		fix: 'Choose the VIP or General channel.',
	},
	ILLEGAL_TEMPLATE_ID: {
		meaning: 'The template ID is not valid',
		fix: 'Use the numeric template ID (pick it from the list to be sure).',
	},
	SMS_SYSTEM_ERROR: {
		meaning: 'The SMS service failed',
		fix: 'Check the delivery report before sending again (a send is never retried automatically); contact UPYUN if it persists.',
	},
	SYSTEM_ERROR: {
		meaning: 'UPYUN had an internal error',
		fix: 'Try again later; for sends, check the delivery report first so nobody gets the message twice.',
	},
	HTTP_401: {
		meaning: 'The API token was refused',
		fix: 'Copy the token again from the UPYUN SMS console into the credential.',
	},
	HTTP_404: {
		meaning: 'The address does not exist',
		fix: 'Check the Base URL in the credential: it should be https://sms-api.upyun.com.',
	},
};
