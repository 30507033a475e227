import { basicHeader, jpushTestCredentials, type JPushSandbox } from '../../sandbox/jpush';
import type { RunningSandbox } from '../../../scripts/lib/providers';
import type { ExampleRun, ProviderExamples } from './types';

const jpush = (running: RunningSandbox): JPushSandbox => running.sandbox as unknown as JPushSandbox;

const requests = (run: ExampleRun, method: string, path: string) => run.received.filter((r) => r.method === method && r.path === path);

/** Sends template 1006 (no variables) to one number straight to the sandbox's API, as another system would. */
async function sendParcelNotice(running: RunningSandbox, mobile: string): Promise<void> {
	const sent = await fetch(`${running.url}/v1/messages`, {
		method: 'POST',
		headers: { authorization: basicHeader(jpushTestCredentials.appKey, jpushTestCredentials.masterSecret), 'content-type': 'application/json' },
		body: JSON.stringify({ mobile, temp_id: 1006 }),
	});
	expect(sent.status).toBe(200);
}

export const jpushExamples: ProviderExamples = {
	'verify-code.json': {
		check(run) {
			const [call] = run.received.filter((r) => r.method === 'POST' && r.path === '/v1/voice_codes');
			const code = run.output('Generate code')[0].code as string;
			expect(call.body).toMatchObject({ mobile: '13800138000', code, ttl: 300 });
			const { messageId } = run.output('Call with code')[0] as { messageId: string };
			const [check] = run.received.filter((r) => r.path === `/v1/codes/${messageId}/valid`);
			expect(check.body).toEqual({ code });
			expect(run.output('Verify entered code')).toEqual([{ isValid: true, messageId }]);
		},
	},
	'verification-code.json': {
		check(run) {
			const sends = requests(run, 'POST', '/v1/codes');
			expect(sends.map((r) => r.body)).toEqual([{ mobile: '13800138000', temp_id: 1001 }]);
			const [sent] = jpush(run.running).codes;
			// The sandbox's first generated code: what the phone shows and what Verify would expect.
			expect(sent).toMatchObject({ mobile: '13800138000', code: '482913' });
			expect(run.output('Response')).toEqual([{ sent: true, mobile: '13800138000', messageId: expect.stringMatching(/^\d+$/) }]);
		},
		webhook: {
			body: { mobile: '13900139000' },
			check(run, response) {
				expect(response.status).toBe(200);
				expect(response.body).toEqual({ sent: true, mobile: '13900139000', messageId: expect.stringMatching(/^\d+$/) });
				expect(requests(run, 'POST', '/v1/codes').map((r) => r.body)).toEqual([{ mobile: '13900139000', temp_id: 1001 }]);
				expect(jpush(run.running).codes.map((c) => c.mobile)).toEqual(['13900139000']);
			},
		},
	},
	'scheduled-bulk-send.json': {
		check(run) {
			const batches = requests(run, 'POST', '/v1/messages/batch');
			// Four rows, one template: one request, each number with its own {{name}}; "+86 138-0000-0012" normalised.
			expect(batches).toHaveLength(1);
			expect(batches[0].body).toEqual({
				temp_id: 1003,
				recipients: [
					{ mobile: '13800000011', temp_para: { name: 'Li Lei' } },
					{ mobile: '13800000012', temp_para: { name: 'Han Meimei' } },
					{ mobile: '13800000013', temp_para: { name: 'Wang Fang' } },
					{ mobile: '13800000014', temp_para: { name: 'Zhang Wei' } },
				],
			});
			const rows = run.output('Result per member');
			expect(rows.map((row) => [row.name, row.mobile, row.sent])).toEqual([
				['Li Lei', '13800000011', true],
				['Han Meimei', '13800000012', true],
				['Wang Fang', '13800000013', true],
				['Zhang Wei', '13800000014', true],
			]);
			for (const row of rows) expect(row.messageId).toMatch(/^\d+$/);
			expect(jpush(run.running).messages.map((m) => m.text)).toEqual([
				'【极光推送】Li Lei您好，本周会员日全场八折，回TD退订',
				'【极光推送】Han Meimei您好，本周会员日全场八折，回TD退订',
				'【极光推送】Wang Fang您好，本周会员日全场八折，回TD退订',
				'【极光推送】Zhang Wei您好，本周会员日全场八折，回TD退订',
			]);
		},
	},
	'template-review-status.json': {
		check(run) {
			expect(run.received.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/templates', 'GET /v1/templates/10000']);
			expect(requests(run, 'POST', '/v1/templates')[0].body).toEqual({ template: '您预约的{{service}}将于{{time}}开始，请准时到店', type: 2, remark: 'Appointment reminder' });
			expect(run.output('Review status')).toEqual([
				{ templateId: 10000, text: '您预约的{{service}}将于{{time}}开始，请准时到店', status: 0, approved: false, statusText: 'under review' },
			]);
			expect(jpush(run.running).templates.get(10000)?.status).toBe(0);
		},
	},
	'delivery-report-table.json': {
		async prepare(running) {
			// Two messages sent before the run; numbers ending in 4 get report status 4004 (failed).
			await sendParcelNotice(running, '13800000021');
			await sendParcelNotice(running, '13800000024');
		},
		check(run) {
			expect(run.received.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/report']);
			const table = run.output('Report table');
			expect(table.map((row) => [row.mobile, row.status, row.delivered])).toEqual([
				['13800000021', 4001, true],
				['13800000024', 4004, false],
			]);
			for (const row of table) expect(row).toMatchObject({ messageId: expect.stringMatching(/^\d+$/), receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/) });
			expect(run.output('Failed deliveries').map((row) => row.mobile)).toEqual(['13800000024']);
			// Each report is handed out once.
			expect(jpush(run.running).reports).toEqual([]);
		},
	},
};
