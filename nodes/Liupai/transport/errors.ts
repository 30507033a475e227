import type { ProviderErrorTable } from '../../shared/provider';

/**
 * Liupai publishes no error table. Success is `status: 200`; every other status is a failure whose
 * `msg` (Chinese) is shown after our text. The numbered entries are ASSUMPTIONS (https://m.6api.net/api/sms/):
 * 101/102/104 follow the JisuAPI platform codes the SMS page mirrors, 201–208 are the codes our sandbox
 * uses. The node never depends on them: an unknown status still fails, with Liupai's own `msg`.
 * The named entries are failures the node detects itself.
 */
export const liupaiErrors: ProviderErrorTable = {
	'101': {
		meaning: 'The appkey is empty or unknown',
		fix: 'Copy the appkey (the account secret) again from your Liupai account into the Liupai API credential.',
	},
	'102': {
		meaning: 'The appkey has expired',
		fix: 'Renew the SMS service in your Liupai account, or use the appkey of an active account.',
	},
	'104': {
		meaning: 'Too many requests: a rate or quota limit was hit',
		fix: 'Verification codes may go to one number at most 4 times a minute, 5 an hour and 8 a day. Wait, and protect the form that triggers sends with a captcha and per-IP limits.',
	},
	'201': {
		meaning: 'A required parameter is empty',
		fix: 'Fill in every required field of the operation.',
	},
	'202': {
		meaning: 'A parameter is not in the expected format',
		fix: 'Check mobile numbers (11 digits, one per request), IDs (whole numbers) and dates (YYYY-MM-DD).',
	},
	'203': {
		meaning: 'The sub-account or template does not exist',
		fix: 'Pick the sub-account and the template from the list ("From List") to be sure they exist.',
	},
	'204': {
		meaning: 'The template has not been approved',
		fix: 'Only approved templates can send. Wait for review, or ask Liupai’s review contact (QQ 768996893).',
	},
	'205': {
		meaning: 'The content does not match the template',
		fix: 'Send the template text with each @ replaced by a value: use Content Mode "Template With Variables".',
	},
	'206': {
		meaning: 'Not enough messages left on the account',
		fix: 'Top up the Liupai account, or give the sub-account a larger allotment (Total Messages).',
	},
	'207': {
		meaning: 'The signature is not in the format 【XXX】',
		fix: 'Write the signature between full-width brackets, e.g. 【ACME】.',
	},
	'208': {
		meaning: 'A marketing template must contain "回TD退订"',
		fix: 'Add "回TD退订" (reply TD to unsubscribe) to the marketing template text.',
	},
	NON_JSON: {
		meaning: 'Liupai answered with something that is not JSON (for example an HTML error page)',
		fix: 'Check the Base URL in the credential (default http://open.liupai.net) and any proxy in between; try again later.',
	},
	EMPTY_RESPONSE: {
		meaning: 'Liupai answered with an empty body',
		fix: 'Try again later. For a send, check the send log first so nobody gets the message twice.',
	},
	NO_STATUS: {
		meaning: 'Liupai’s answer has no status, so success cannot be confirmed',
		fix: 'Check the Base URL in the credential: it should point to Liupai’s API (http://open.liupai.net).',
	},
	NOT_SENT: {
		meaning: 'Liupai accepted the request but reports 0 messages sent',
		fix: 'Check the number and the template, and the send log (Send Log → Get Many); the message was not counted as sent.',
	},
	HTTP_404: {
		meaning: 'The address does not exist',
		fix: 'Check the Base URL in the credential: it should be http://open.liupai.net, without /sms.',
	},
	HTTP_405: {
		meaning: 'Liupai refused the HTTP method',
		fix: 'Check the Base URL in the credential and any proxy in between.',
	},
	HTTP_500: {
		meaning: 'Liupai had an internal error',
		fix: 'Try again later. A send is never retried automatically: check the send log before sending again.',
	},
	HTTP_502: {
		meaning: 'A gateway in front of Liupai failed',
		fix: 'Try again later. A send is never retried automatically: check the send log before sending again.',
	},
	HTTP_503: {
		meaning: 'Liupai is unavailable',
		fix: 'Try again later. A send is never retried automatically: check the send log before sending again.',
	},
};
