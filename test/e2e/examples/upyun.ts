import type { UpyunSandbox } from '../../sandbox/upyun';
import type { RunningSandbox } from '../../../scripts/lib/providers';
import type { ExampleRun, ProviderExamples } from './types';

const upyun = (running: RunningSandbox): UpyunSandbox => running.sandbox as unknown as UpyunSandbox;

const posts = (run: ExampleRun, path: string) => run.received.filter((r) => r.method === 'POST' && r.path === path);

/** Beijing calendar day of now (UPYUN's report `date`). */
const beijingToday = (): string => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);

export const upyunExamples: ProviderExamples = {
	'scheduled-broadcast.json': {
		check(run) {
			const [task] = posts(run, '/api/messages/async');
			expect(task).toBeDefined();
			expect(task.body).toMatchObject({ template_id: 2 });
			expect(JSON.stringify(task.body)).toContain('13800000001');
			expect(JSON.stringify(task.body)).toContain('13800000004');
			expect(run.output('Broadcast promo template').length).toBeGreaterThan(0);
			expect(upyun(run.running).messages.map((m) => m.mobile).sort()).toEqual(['13800000001', '13800000002', '13800000003', '13800000004']);
		},
	},
	'bulk-send-from-items.json': {
		check(run) {
			const sends = posts(run, '/api/messages');
			// Four rows, one template, no variables: merged into one request; "+86 138-0000-0012" normalised.
			expect(sends).toHaveLength(1);
			expect(sends[0].body).toEqual({ template_id: 7, mobile: '13800000011,13800000012,13800000013,13800000014' });
			const rows = run.output('Result per customer');
			expect(rows).toHaveLength(4);
			expect(rows.map((row) => [row.name, row.mobile, row.sent])).toEqual([
				['Li Lei', '13800000011', true],
				['Han Meimei', '13800000012', true],
				['Wang Fang', '13800000013', true],
				['Zhang Wei', '13800000014', true],
			]);
			for (const row of rows) expect(row.messageId).toMatch(/^\d{22}$/);
		},
	},
	'template-review-status.json': {
		check(run) {
			expect(posts(run, '/api/templates')[0].body).toMatchObject({ title: 'order sent', content: 'Your order {$var1} has shipped', temp_sign: 'ACME' });
			expect(run.received.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/templates', 'GET /api/templates']);
			expect(run.output('Review status')).toEqual([
				{ templateId: 100, title: 'order sent', status: 'review', approved: false, statusText: 'under review' },
			]);
			expect(upyun(run.running).templates.get(100)?.status).toBe('review');
		},
	},
	'delivery-report-table.json': {
		async prepare(running) {
			// Two messages sent today through the API; delivery: numbers ending in 0 fail.
			const token = String(running.provider.credentials(running.url).token);
			const sent = await fetch(`${running.url}/api/messages`, {
				method: 'POST',
				headers: { authorization: token, 'content-type': 'application/json' },
				body: JSON.stringify({ template_id: 1, mobile: '13800000020,13800000021', vars: '123456|5' }),
			});
			expect(sent.status).toBe(200);
			upyun(running).advance();
		},
		check(run) {
			const [query] = run.received.filter((r) => r.method === 'GET' && r.path === '/api/messages');
			expect(query.query).toMatchObject({ date: beijingToday() });
			const table = run.output('Report table');
			expect(table.map((row) => [row.mobile, row.status]).sort()).toEqual([
				['13800000020', 'failed'],
				['13800000021', 'success'],
			]);
			for (const row of table) expect(row).toMatchObject({ template: 'login code', segments: 1, messageId: expect.stringMatching(/^\d{22}$/) });
			expect(run.output('Failed deliveries').map((row) => row.mobile)).toEqual(['13800000020']);
		},
	},
	'balance-alert.json': {
		check(run) {
			expect(run.received.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/users/remain']);
			// The sandbox starts with 1000 industry messages: below the 2000 threshold.
			const alerts = run.output('Low balance alert');
			expect(alerts).toHaveLength(1);
			expect(alerts[0]).toMatchObject({ industry: 1000, marketing: 500 });
			expect(String(alerts[0].alert)).toContain('only 1000 industry messages left');
			expect(run.output('Balance OK')).toEqual([]);
		},
	},
	'verification-code.json': {
		check(run) {
			const [send] = posts(run, '/api/messages');
			const code = String(run.output('Generate code')[0].code);
			expect(code).toMatch(/^\d{6}$/);
			expect(send.body).toEqual({ template_id: 1, mobile: '13800138000', vars: `${code}|5` });
			expect(run.output('Response')).toEqual([{ sent: true, mobile: '13800138000', messageId: expect.stringMatching(/^\d{22}$/) }]);
		},
		webhook: {
			body: { mobile: '13900139000' },
			check(run, response) {
				expect(response.status).toBe(200);
				expect(response.body).toEqual({ sent: true, mobile: '13900139000', messageId: expect.stringMatching(/^\d{22}$/) });
				const [send] = posts(run, '/api/messages');
				expect(send.body).toMatchObject({ template_id: 1, mobile: '13900139000', vars: expect.stringMatching(/^\d{6}\|5$/) });
				expect(upyun(run.running).messages.map((m) => m.content)).toEqual([expect.stringMatching(/^【ACME】Your code is \d{6}, valid 5 minutes$/)]);
			},
		},
	},
};
