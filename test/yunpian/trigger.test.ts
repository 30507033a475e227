import type { IDataObject } from 'n8n-workflow';

import { capturedLogs } from '../harness/logCapture';
import { runWebhook, runWebhookMethod, type WebhookAnswer } from '../harness/runWebhook';
import { yunpianTestApiKey, yunpianWrongApiKey } from '../sandbox/yunpian';
import { FORM, REFERENCE_REPLY, documentedReplySign, formPush, signedReply, smsReport, voiceReport } from './triggerPushes';

const TRIGGER = 'n8n-nodes-china-sms.yunpianTrigger';
const ALL_EVENTS = ['deliveryStatus', 'reply', 'voiceStatus', 'templateReview'];
const KEY = yunpianTestApiKey;

async function push(body: string, options: { events?: string[]; apiKey?: string; contentType?: string; staticData?: IDataObject } = {}): Promise<WebhookAnswer> {
	return await runWebhook(
		{ type: TRIGGER, credentialType: 'yunpianApi', parameters: { events: options.events ?? ALL_EVENTS } },
		{ yunpianApi: { apiKey: options.apiKey ?? KEY, baseUrl: 'http://127.0.0.1:1' } },
		{ method: 'POST', headers: { 'Content-Type': options.contentType ?? FORM }, body },
		options.staticData,
	);
}

/** Beijing wall time as Yunpian writes `reply_time`, `minutesAgo` before now. */
function beijingTime(minutesAgo = 0): string {
	return new Date(Date.now() - minutesAgo * 60_000 + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

const itemsOf = (answer: WebhookAnswer) => (answer.workflowData?.[0] ?? []).map((item) => item.json);

function expectAcknowledged(answer: WebhookAnswer) {
	expect(answer.status).toBe(200);
	expect(answer.body).toBe('SUCCESS');
	expect(answer.headers['content-type']).toContain('text/plain');
}

function expectRefused(answer: WebhookAnswer, status: 400 | 401, apiKey = KEY) {
	expect(answer.status).toBe(status);
	expect(answer.body).not.toBe('SUCCESS');
	expect(answer.workflowData).toBeUndefined();
	expect(JSON.stringify(answer)).not.toContain(apiKey);
	expect(capturedLogs()).not.toContain(apiKey);
}

describe('Yunpian Trigger: delivery status (sms_status)', () => {
	test('one report → one item, acknowledged with SUCCESS', async () => {
		const report = smsReport(9527, '15205201314');
		const answer = await push(formPush('sms_status', JSON.stringify([report])));
		expectAcknowledged(answer);
		expect(itemsOf(answer)).toEqual([
			{
				event: 'deliveryStatus',
				sid: '9527',
				uid: null,
				mobile: '15205201314',
				status: 'SUCCESS',
				delivered: true,
				receivedAt: '2014-03-17 22:55:21',
				errorCode: 'DELIVRD',
				errorDetail: '接收成功',
				raw: report,
			},
		]);
	});

	test('a push of 100 reports → 100 items; 64-bit sids stay exact', async () => {
		const reports = Array.from({ length: 100 }, (_, index) => smsReport(index === 0 ? 0 : 1000 + index, `138000000${String(index).padStart(2, '0')}`, index % 2 === 0));
		// 2^63 - 1 written as a JSON number: a plain JSON.parse would round it.
		const json = JSON.stringify(reports).replace('"sid":0,', '"sid":9223372036854775807,');
		const items = itemsOf(await push(formPush('sms_status', json)));
		expect(items).toHaveLength(100);
		expect(items[0]).toMatchObject({ sid: '9223372036854775807', raw: expect.objectContaining({ sid: '9223372036854775807' }) });
		expect(items[1]).toMatchObject({ sid: '1001', delivered: false, status: 'FAIL', errorCode: 'UNDELIV', errorDetail: '空号' });
	});

	test('a value URL-encoded twice is decoded again (%5B…)', async () => {
		const answer = await push(`sms_status=${encodeURIComponent(encodeURIComponent(JSON.stringify([smsReport(1, '13800000001')])))}`);
		expectAcknowledged(answer);
		expect(itemsOf(answer)).toMatchObject([{ sid: '1', mobile: '13800000001' }]);
	});

	test('an empty array is acknowledged without starting the workflow', async () => {
		const answer = await push(formPush('sms_status', '[]'));
		expectAcknowledged(answer);
		expect(answer.workflowData).toBeUndefined();
	});
});

describe('Yunpian Trigger: voice status (voice_status)', () => {
	test('several reports → one item each', async () => {
		const reports = [voiceReport('6e77feeab89f445387308db604e2ec8d', '15205201314'), voiceReport('7f88', '15205201315', false)];
		const answer = await push(formPush('voice_status', JSON.stringify(reports)));
		expectAcknowledged(answer);
		expect(itemsOf(answer)).toEqual([
			{
				event: 'voiceStatus',
				sid: '6e77feeab89f445387308db604e2ec8d',
				uid: null,
				mobile: '15205201314',
				status: 'SUCCESS',
				delivered: true,
				receivedAt: '2015-07-01 14:29:12',
				errorCode: null,
				durationSeconds: 10,
				raw: reports[0],
			},
			expect.objectContaining({ sid: '7f88', delivered: false, errorCode: 'Send Exception', durationSeconds: 0, raw: reports[1] }),
		]);
	});
});

describe('Yunpian Trigger: replies (sms_reply, signed)', () => {
	test('the test computes the reference example signature from the documented algorithm', () => {
		expect(documentedReplySign(REFERENCE_REPLY, '0000')).toBe(REFERENCE_REPLY._sign);
	});

	test('the reference example, with its apikey 0000, is accepted → one item (on the day it was replied)', async () => {
		// Its reply_time is 2014-03-17 22:55:21 Beijing: the trigger refuses replies older than a day.
		const now = jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2014, 2, 17, 15, 0, 0));
		const answer = await push(formPush('sms_reply', JSON.stringify(REFERENCE_REPLY)), { apiKey: '0000' }).finally(() => now.mockRestore());
		expectAcknowledged(answer);
		expect(itemsOf(answer)).toEqual([
			{
				event: 'reply',
				id: '2a70c6bb4f2845da816ea1bfe5732747',
				mobile: '15205201314',
				text: '收到了，谢谢！',
				repliedAt: '2014-03-17 22:55:21',
				extend: '01',
				baseExtend: '8888',
				raw: REFERENCE_REPLY,
			},
		]);
	});

	test('a reply signed with the credential key; several in one push → one item each', async () => {
		const replies = [
			signedReply({ id: 'a'.repeat(32), mobile: '13800000001', reply_time: beijingTime(2), text: 'TD', extend: '', base_extend: '1' }, KEY),
			signedReply({ id: 'b'.repeat(32), mobile: '13800000002', reply_time: beijingTime(1), text: 'ok, 好的 & 100%+1', extend: '7', base_extend: '1' }, KEY),
		];
		const single = await push(formPush('sms_reply', JSON.stringify(replies[0])));
		expectAcknowledged(single);
		expect(itemsOf(single)).toMatchObject([{ id: 'a'.repeat(32), text: 'TD', extend: '' }]);
		const many = await push(formPush('sms_reply', JSON.stringify(replies)));
		expectAcknowledged(many);
		expect(itemsOf(many).map((item) => item.text)).toEqual(['TD', 'ok, 好的 & 100%+1']);
	});

	const reply = { id: 'c'.repeat(32), mobile: '13800000003', reply_time: beijingTime(), text: '退订', extend: '', base_extend: '2' };

	test('a forged signature (text changed after signing) → 401, no run', async () => {
		const forged = { ...signedReply(reply, KEY), text: '转账给我' };
		expectRefused(await push(formPush('sms_reply', JSON.stringify(forged))), 401);
	});

	test('a missing signature → 401, no run', async () => {
		expectRefused(await push(formPush('sms_reply', JSON.stringify(reply))), 401);
		expectRefused(await push(formPush('sms_reply', JSON.stringify({ ...reply, _sign: '' }))), 401);
	});

	test('a signature made with another API key → 401, no run', async () => {
		expectRefused(await push(formPush('sms_reply', JSON.stringify(signedReply(reply, yunpianWrongApiKey)))), 401);
	});

	test('one forged reply among genuine ones refuses the whole push', async () => {
		const replies = [signedReply(reply, KEY), { ...signedReply(reply, KEY), mobile: '13800000004' }];
		expectRefused(await push(formPush('sms_reply', JSON.stringify(replies))), 401);
	});

	test('a genuinely signed reply older than 24 hours, dated in the future or without a reply time → 401, no run', async () => {
		for (const replyTime of [beijingTime(24 * 60 + 1), beijingTime(-11), 't', '']) {
			expectRefused(await push(formPush('sms_reply', JSON.stringify(signedReply({ ...reply, reply_time: replyTime }, KEY)))), 401);
		}
		// Just within the day, and a few minutes ahead (clock skew): accepted.
		for (const replyTime of [beijingTime(24 * 60 - 1), beijingTime(-5)]) {
			expectAcknowledged(await push(formPush('sms_reply', JSON.stringify(signedReply({ ...reply, reply_time: replyTime }, KEY)))));
		}
	});

	test('a replayed reply (the same signed push again) is acknowledged and runs nothing; a new one in the same push runs', async () => {
		const staticData: IDataObject = {};
		const genuine = signedReply(reply, KEY);
		const first = await push(formPush('sms_reply', JSON.stringify(genuine)), { staticData });
		expect(itemsOf(first).map((item) => item.id)).toEqual(['c'.repeat(32)]);
		for (let replay = 0; replay < 3; replay++) {
			const again = await push(formPush('sms_reply', JSON.stringify(genuine)), { staticData });
			expectAcknowledged(again);
			expect(again.workflowData).toBeUndefined();
		}
		const fresh = signedReply({ ...reply, id: 'e'.repeat(32) }, KEY);
		const mixed = await push(formPush('sms_reply', JSON.stringify([genuine, fresh])), { staticData });
		expect(itemsOf(mixed).map((item) => item.id)).toEqual(['e'.repeat(32)]);
	});

	test('the signature is checked even when replies are not selected', async () => {
		expectRefused(await push(formPush('sms_reply', JSON.stringify(reply)), { events: ['deliveryStatus'] }), 401);
	});
});

describe('Yunpian Trigger: template review results', () => {
	const review = { tpl_id: '1234', tpl_content: '【云片网】您的验证码是#code#', check_status: 'FAIL', reason: '模板开头必须带签名' };

	test('sent as plain form fields → one item', async () => {
		const answer = await push(new URLSearchParams(review).toString());
		expectAcknowledged(answer);
		expect(itemsOf(answer)).toEqual([
			{ event: 'templateReview', templateId: '1234', content: review.tpl_content, status: 'FAIL', approved: false, reason: '模板开头必须带签名', raw: review },
		]);
	});

	test('sent as one form field holding URL-encoded JSON → one item', async () => {
		const approved = { tpl_id: 1234, tpl_content: review.tpl_content, check_status: 'SUCCESS', reason: null };
		const answer = await push(formPush('tpl_status', JSON.stringify(approved)));
		expectAcknowledged(answer);
		expect(itemsOf(answer)).toMatchObject([{ templateId: '1234', status: 'SUCCESS', approved: true, reason: null, raw: approved }]);
	});
});

describe('Yunpian Trigger: events not selected', () => {
	test('acknowledged with SUCCESS, workflow not started', async () => {
		const pushes = [
			formPush('sms_status', JSON.stringify([smsReport(1, '13800000001')])),
			formPush('voice_status', JSON.stringify([voiceReport('x', '13800000001')])),
			formPush('sms_reply', JSON.stringify(signedReply({ id: 'd'.repeat(32), mobile: '1', reply_time: beijingTime(), text: 'hi', extend: '', base_extend: '' }, KEY))),
		];
		for (const body of pushes) {
			const answer = await push(body, { events: ['templateReview'] });
			expectAcknowledged(answer);
			expect(answer.workflowData).toBeUndefined();
		}
	});

	test('flow reports (flow_status) are recognised and only acknowledged', async () => {
		const answer = await push(formPush('flow_status', JSON.stringify([{ sid: 1, mobile: '13800000001', report_status: 'SUCCESS' }])));
		expectAcknowledged(answer);
		expect(answer.workflowData).toBeUndefined();
	});
});

describe('Yunpian Trigger: malformed and oversized bodies → 400, no run', () => {
	test.each([
		['malformed JSON', formPush('sms_status', '[{"sid":1,')],
		['JSON that is not an object or array of objects', formPush('sms_status', '[1,2]')],
		['a reply that is a string', formPush('sms_reply', '"hello"')],
		['no Yunpian field', 'foo=bar'],
		['an empty body', ''],
		['a broken double encoding', 'sms_status=%255B%25ZZ'],
	])('%s', async (_name, body) => {
		expectRefused(await push(body), 400);
	});

	test('a body over 1 MB', async () => {
		const reports = Array.from({ length: 1000 }, (_, index) => ({ ...smsReport(index, '13800000001'), error_detail: 'x'.repeat(1100) }));
		const body = formPush('sms_status', JSON.stringify(reports));
		expect(body.length).toBeGreaterThan(1024 * 1024);
		expectRefused(await push(body), 400);
	});

	test('more reports in one push than Yunpian ever sends (over 1000)', async () => {
		const reports = Array.from({ length: 1001 }, (_, index) => smsReport(index, '13800000001'));
		expectRefused(await push(formPush('sms_status', JSON.stringify(reports))), 400);
	});
});

describe('Yunpian Trigger: webhook methods (configured by hand in the console)', () => {
	const spec = { type: TRIGGER, credentialType: 'yunpianApi', parameters: { events: ALL_EVENTS } };
	const credentials = { yunpianApi: { apiKey: KEY, baseUrl: 'http://127.0.0.1:1' } };

	test('checkExists is false until create records the URL; delete forgets it', async () => {
		const staticData: IDataObject = {};
		expect(await runWebhookMethod(spec, credentials, 'checkExists', staticData)).toBe(false);
		expect(await runWebhookMethod(spec, credentials, 'create', staticData)).toBe(true);
		expect(JSON.stringify(staticData)).toContain('http://127.0.0.1:5678/webhook');
		expect(await runWebhookMethod(spec, credentials, 'checkExists', staticData)).toBe(true);
		expect(await runWebhookMethod(spec, credentials, 'delete', staticData)).toBe(true);
		expect(await runWebhookMethod(spec, credentials, 'checkExists', staticData)).toBe(false);
	});

	test('a URL recorded for another address does not count as registered', async () => {
		const staticData: IDataObject = { 'node:Node Under Test': { registeredWebhookUrl: 'https://old.example.com/webhook/x' } };
		expect(await runWebhookMethod(spec, credentials, 'checkExists', staticData)).toBe(false);
	});
});
