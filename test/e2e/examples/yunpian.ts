import type { YunpianSandbox } from '../../sandbox/yunpian';
import type { RunningSandbox } from '../../../scripts/lib/providers';
import type { ExampleRun, ProviderExamples } from './types';

const yunpian = (running: RunningSandbox): YunpianSandbox => running.sandbox as unknown as YunpianSandbox;

/** Requests to one Yunpian API path, e.g. `sms/tpl_single_send` (with or without the product's host prefix). */
const calls = (run: ExampleRun, path: string) => run.received.filter((r) => r.method === 'POST' && r.path.endsWith(`/v2/${path}.json`));

/** Beijing calendar day of now (what `$today` is in the examples' Asia/Shanghai timezone). */
const beijingToday = (): string => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);

const SID = /^\d{16,20}$/;

export const yunpianExamples: ProviderExamples = {
	'verification-code.json': {
		check(run) {
			const code = String(run.output('Generate code')[0].code);
			expect(code).toMatch(/^\d{6}$/);
			const sends = calls(run, 'sms/tpl_single_send');
			expect(sends).toHaveLength(1);
			// The template's #code# field: tpl_value is urlencode("#code#")=urlencode(value).
			expect(sends[0].body).toMatchObject({ mobile: '13800138000', tpl_id: '1', tpl_value: `%23code%23=${code}` });
			expect(yunpian(run.running).messages.map((m) => m.text)).toEqual([`【ACME】Your code is ${code}`]);
			expect(run.output('Response')).toEqual([{ sent: true, mobile: '13800138000', messageId: expect.stringMatching(SID) }]);
		},
		webhook: {
			body: { mobile: '13900139000' },
			check(run, response) {
				expect(response.status).toBe(200);
				expect(response.body).toEqual({ sent: true, mobile: '13900139000', messageId: expect.stringMatching(SID) });
				expect(calls(run, 'sms/tpl_single_send').map((r) => r.body)).toEqual([expect.objectContaining({ mobile: '13900139000', tpl_id: '1' })]);
				expect(yunpian(run.running).messages.map((m) => m.text)).toEqual([expect.stringMatching(/^【ACME】Your code is \d{6}$/)]);
			},
		},
	},
	'scheduled-bulk-send.json': {
		check(run) {
			const sends = calls(run, 'sms/tpl_batch_send');
			// Four rows, one template without variables: one request; "+86 138-0000-0012" normalised.
			expect(sends).toHaveLength(1);
			expect(sends[0].body).toMatchObject({ tpl_id: '5', mobile: '13800000011,13800000012,13800000013,13800000014' });
			const rows = run.output('Result per customer');
			expect(rows.map((row) => [row.name, row.mobile, row.sent])).toEqual([
				['Li Lei', '13800000011', true],
				['Han Meimei', '13800000012', true],
				['Wang Fang', '13800000013', true],
				['Zhang Wei', '13800000014', true],
			]);
			for (const row of rows) expect(row.messageId).toMatch(SID);
			expect(new Set(yunpian(run.running).messages.map((m) => m.text))).toEqual(new Set(['【ACME】Your parcel has arrived']));
		},
	},
	'template-review-status.json': {
		check(run) {
			expect(calls(run, 'tpl/add').map((r) => r.body)).toEqual([expect.objectContaining({ tpl_content: '【ACME】Your order #order# has shipped' })]);
			expect(calls(run, 'tpl/get').map((r) => r.body)).toEqual([expect.objectContaining({ tpl_id: '1000' })]);
			expect(run.output('Review status')).toEqual([
				{ templateId: '1000', content: '【ACME】Your order #order# has shipped', status: 'CHECKING', approved: false, statusText: 'under review', reason: null },
			]);
			expect(yunpian(run.running).templates.get(1000)?.check_status).toBe('CHECKING');
		},
	},
	'delivery-report-table.json': {
		async prepare(running) {
			// Two messages sent before the run through the API; numbers ending in 0 fail delivery.
			const sent = await fetch(`${running.url}/v2/sms/batch_send.json`, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ apikey: String(running.provider.credentials(running.url).apiKey), mobile: '13800000020,13800000021', text: '【ACME】Your parcel has arrived' }).toString(),
			});
			expect(sent.status).toBe(200);
			expect(yunpian(running).messages).toHaveLength(2);
		},
		check(run) {
			const [query] = calls(run, 'sms/get_record');
			expect(query.body).toMatchObject({ start_time: `${beijingToday()} 00:00:00`, end_time: expect.stringMatching(new RegExp(`^${beijingToday()} \\d\\d:\\d\\d:\\d\\d$`)) });
			const table = run.output('Report table');
			expect(table.map((row) => [row.mobile, row.status, row.detail]).sort()).toEqual([
				['13800000020', 'FAIL', 'DB:0103'],
				['13800000021', 'SUCCESS', 'DELIVRD'],
			]);
			for (const row of table) expect(row).toMatchObject({ text: '【ACME】Your parcel has arrived', segments: 1, messageId: expect.stringMatching(SID) });
			expect(run.output('Failed deliveries').map((row) => row.mobile)).toEqual(['13800000020']);
		},
	},
};
