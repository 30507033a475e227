/**
 * Yunpian push bodies built as the reference describes them (../shared/api/yunpian.md §4), independent
 * of the node's code: a form body with one field holding URL-encoded JSON, and the reply `_sign`
 * computed here with Node's crypto from the documented algorithm.
 */
import { crypto } from '../support/node';

export const FORM = 'application/x-www-form-urlencoded; charset=utf-8';

/** `field=<urlencoded JSON>`, as `curl --data "sms_status=<urlencoded json>"` sends it. */
export function formPush(field: string, json: string): string {
	return `${field}=${encodeURIComponent(json)}`;
}

/**
 * `_sign` per domestic_push_reply: values of every key but `_sign`, keys sorted alphabetically, joined
 * with ",", then "," + apikey; MD5 of the UTF-8 string, 32 lower-case hex digits.
 */
export function documentedReplySign(reply: Record<string, string>, apiKey: string): string {
	const values = Object.keys(reply)
		.filter((key) => key !== '_sign')
		.sort()
		.map((key) => reply[key]);
	return crypto.createHash('md5').update([...values, apiKey].join(','), 'utf8').digest('hex');
}

export function signedReply(reply: Record<string, string>, apiKey: string): Record<string, string> {
	return { ...reply, _sign: documentedReplySign(reply, apiKey) };
}

/** The reply of the reference's example (its `_sign` was computed with apikey `0000`). */
export const REFERENCE_REPLY = {
	id: '2a70c6bb4f2845da816ea1bfe5732747',
	mobile: '15205201314',
	reply_time: '2014-03-17 22:55:21',
	text: '收到了，谢谢！',
	extend: '01',
	base_extend: '8888',
	_sign: '393d079e0a00912335adfe46f4a2e10f',
};

export const smsReport = (sid: string | number, mobile: string, ok = true) => ({
	error_detail: ok ? '接收成功' : '空号',
	sid,
	uid: null,
	user_receive_time: '2014-03-17 22:55:21',
	error_msg: ok ? 'DELIVRD' : 'UNDELIV',
	mobile,
	report_status: ok ? 'SUCCESS' : 'FAIL',
});

export const voiceReport = (sid: string, mobile: string, ok = true) => ({
	sid,
	uid: null,
	user_receive_time: '2015-07-01 14:29:12',
	duration: ok ? 10 : 0,
	error_msg: ok ? null : 'Send Exception',
	mobile,
	report_status: ok ? 'SUCCESS' : 'FAIL',
});
