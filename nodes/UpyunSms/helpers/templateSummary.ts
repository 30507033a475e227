import type { SimplifiedFields } from '../../shared/simplify';

/**
 * A template as Template → Get and Get Many output it with Simplify on: what it says and whether it can
 * send. Left out: `owner`, the account's balance buckets UPYUN repeats in every template (UPYUN SMS API,
 * template object: https://help.upyun.com/knowledge-base/sms-api/).
 */
export const TEMPLATE_SUMMARY_FIELDS: SimplifiedFields = [
	'id',
	'title',
	'temp_sign',
	'content',
	'status',
	'type',
	'report_type',
	'sign_location',
	'updated_at',
];
