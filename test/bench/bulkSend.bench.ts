// n8n-core reads N8N_USER_FOLDER when it is first imported, so the environment comes first.
import '../support/n8nEnv';

import { runWorkflow } from '../harness/runWorkflow';
import { UpyunSandbox, upyunTestToken } from '../sandbox/upyun';
import { env, print } from '../support/node';

/**
 * Bulk-send throughput of the UPYUN node through n8n's engine against the local sandbox:
 * N input items (one number each, same template) at several batch sizes. Prints figures; asserts nothing.
 * Usage: npm run bench [-- N]   (BENCH_ITEMS also works; default 5000)
 */
async function main(): Promise<void> {
	const count = Number(env.BENCH_ITEMS ?? 5000);
	const sandbox = new UpyunSandbox({ mobileLimit: 1000 });
	const baseUrl = await sandbox.start();
	const input = Array.from({ length: count }, (_, i) => ({ mobile: `13${String(100000000 + i).padStart(9, '0')}` }));
	print(`UPYUN Message → Send, ${count} items, sandbox on ${baseUrl}`);
	print('batch size | requests | wall time (ms) | numbers/s | output items');
	for (const batchSize of [1, 10, 100, 1000]) {
		sandbox.reset();
		sandbox.balance.industry = Number.MAX_SAFE_INTEGER;
		const started = performance.now();
		const result = await runWorkflow({
			node: {
				type: 'n8n-nodes-china-sms.upyunSms',
				credentialType: 'upyunSmsApi',
				parameters: {
					resource: 'message',
					operation: 'send',
					mobiles: '={{ $json.mobile }}',
					templateId: { __rl: true, mode: 'id', value: '7' },
					options: { batchSize },
				},
			},
			input,
			credentials: { upyunSmsApi: { token: upyunTestToken, baseUrl } },
		});
		const ms = performance.now() - started;
		if (result.error) print(`batch size ${batchSize}: failed: ${result.error.message}`);
		const requests = sandbox.server.requests('POST', '/api/messages').length;
		print(`${String(batchSize).padStart(10)} | ${String(requests).padStart(8)} | ${ms.toFixed(0).padStart(14)} | ${(count / (ms / 1000)).toFixed(0).padStart(9)} | ${result.items.length}`);
	}
	await sandbox.stop();
}

void main();
