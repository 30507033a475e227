import type { LiupaiSandbox } from '../../sandbox/liupai';
import type { RunningSandbox } from '../../../scripts/lib/providers';
import type { ExampleRun, ProviderExamples } from './types';

const liupai = (running: RunningSandbox): LiupaiSandbox => running.sandbox as unknown as LiupaiSandbox;

/** Requests to one Liupai endpoint, e.g. `send` for `/sms/send`. */
const calls = (run: ExampleRun, endpoint: string) => run.received.filter((r) => r.path === `/sms/${endpoint}`);

/** Beijing calendar day of now (what `$today` is in the examples' Asia/Shanghai timezone). */
const beijingToday = (): string => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);

/** Sends template 1001 to one number straight to the sandbox's API, as another system would. */
async function sendCode(running: RunningSandbox, mobile: string, code: string): Promise<void> {
	const appkey = String(running.provider.credentials(running.url).appSecret);
	const sent = await fetch(`${running.url}/sms/send?appkey=${encodeURIComponent(appkey)}`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ mobile, content: `【Demo】您的验证码是${code}`, templateid: '1001' }).toString(),
	});
	expect(sent.status).toBe(200);
}

export const liupaiExamples: ProviderExamples = {
	'verification-code.json': {
		check(run) {
			const code = String(run.output('Generate code')[0].code);
			expect(code).toMatch(/^\d{6}$/);
			expect(calls(run, 'send').map((r) => r.body)).toEqual([{ mobile: '13800138000', content: `【Demo】您的验证码是${code}`, templateid: '1001' }]);
			expect(liupai(run.running).logs.map((row) => [row.mobile, row.message])).toEqual([['13800138000', `【Demo】您的验证码是${code}`]]);
			expect(run.output('Response')).toEqual([{ sent: true, mobile: '13800138000', messageId: expect.stringMatching(/^\d+$/) }]);
		},
		webhook: {
			body: { mobile: '13900139000' },
			check(run, response) {
				expect(response.status).toBe(200);
				expect(response.body).toEqual({ sent: true, mobile: '13900139000', messageId: expect.stringMatching(/^\d+$/) });
				expect(liupai(run.running).logs.map((row) => [row.mobile, row.message])).toEqual([['13900139000', expect.stringMatching(/^【Demo】您的验证码是\d{6}$/)]]);
			},
		},
	},
	'scheduled-broadcast.json': {
		check(run) {
			// One request per number (Liupai does not send to groups), in list order.
			expect(calls(run, 'send').map((r) => r.body)).toEqual(
				['13800000001', '13800000002', '13800000003', '13800000004'].map((mobile) => ({ mobile, content: '【Demo】新品上市,回TD退订', templateid: '1004' })),
			);
			const results = run.output('Broadcast promo template');
			expect(results.map((row) => [row.mobile, row.success])).toEqual([
				['13800000001', true],
				['13800000002', true],
				['13800000003', true],
				['13800000004', true],
			]);
			for (const row of results) expect(row.messageId).toMatch(/^\d+$/);
		},
	},
	'template-review-status.json': {
		check(run) {
			expect(calls(run, 'addtemplate').map((r) => r.body)).toEqual([{ accountid: '12', title: 'order_shipped', content: '【Demo】您的订单@已发货，运单号@', ismarket: '0' }]);
			expect(calls(run, 'templatelist').length).toBeGreaterThan(0);
			expect(run.output("Sub-account's templates").map((row) => row.templateid)).toEqual([1001, 1002, 1003, 1004, 2001]);
			expect(run.output('Review status')).toEqual([
				{ templateId: 2001, title: 'order_shipped', content: '【Demo】您的订单@已发货，运单号@', status: 0, approved: false, statusText: 'under review', reason: '' },
			]);
			expect(liupai(run.running).templates.get(2001)?.status).toBe(0);
		},
	},
	'send-log-table.json': {
		async prepare(running) {
			// Two codes sent before the run; numbers ending in 0 show as undelivered (is_ok 0).
			await sendCode(running, '13800000020', '111111');
			await sendCode(running, '13800000021', '222222');
			expect(liupai(running).logs).toHaveLength(2);
		},
		check(run) {
			const [query] = calls(run, 'sendlogs');
			expect(query.body).toMatchObject({ start_date: beijingToday(), end_date: beijingToday() });
			const table = run.output('Log table');
			expect(table.map((row) => [row.mobile, row.delivered, row.text]).sort()).toEqual([
				['13800000020', false, '【Demo】您的验证码是111111'],
				['13800000021', true, '【Demo】您的验证码是222222'],
			]);
			for (const row of table) expect(row).toMatchObject({ messageId: expect.stringMatching(/^\d+$/), sentAt: expect.stringMatching(new RegExp(`^${beijingToday()} `)) });
			expect(run.output('Undelivered').map((row) => row.mobile)).toEqual(['13800000020']);
		},
	},
};
