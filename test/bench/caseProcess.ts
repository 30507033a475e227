// n8n-core reads N8N_USER_FOLDER when it is first imported, so the environment comes first.
import '../support/n8nEnv';

import { env, exit, hrNow, print, resourceUsage } from '../support/node';
import { cases, inputItem } from './cases';
import { RESULT_MARK, resetSandboxes, sandboxStats, type CaseResult, type CaseSpec } from './protocol';
import { caseRunner } from './workflows';

/** 1, 2, 5 × 10^k at or below `value`. */
function niceFloor(value: number): number {
	const power = 10 ** Math.floor(Math.log10(Math.max(1, value)));
	for (const step of [5, 2, 1]) if (step * power <= value) return step * power;
	return power;
}

const cpuMs = () => {
	const usage = resourceUsage();
	return (usage.userCPUTime + usage.systemCPUTime) / 1000;
};

/**
 * One bench case in a process of its own (so its peak RSS is its own): builds the workflow, runs a
 * warm-up on a few other numbers, then each recipient count in ascending order, printing one result
 * line after each (the peak RSS so far is then that count's peak). When the run before predicts that a
 * count would exceed the budget, fewer items are timed (the parent extrapolates per-recipient rates and
 * says so); after a shortened run, larger counts reuse its rate instead of running again.
 */
async function main(): Promise<void> {
	const spec = JSON.parse(env.BENCH_CASE ?? '') as CaseSpec;
	const provider = cases[spec.id].provider;
	const run = caseRunner(spec.id, spec.urls);

	// A first tiny run loads every module the case uses; the second one's time predicts the first measured run's.
	await resetSandboxes(spec.urls);
	const warmStart = hrNow();
	await run(Array.from({ length: 10 }, (_, i) => inputItem(i, '16')));
	const warmupItems = Math.min(spec.warmup, spec.sizes[0]);
	const timedWarmStart = hrNow();
	const warm = await run(Array.from({ length: warmupItems }, (_, i) => inputItem(i, '15')));
	const warmupMs = hrNow() - warmStart;
	const timedWarmupMs = hrNow() - timedWarmStart;
	let msPerItem = timedWarmupMs / warmupItems;
	let shortened: CaseResult | undefined;

	for (const n of spec.sizes) {
		if (shortened) {
			print(RESULT_MARK + JSON.stringify({ ...shortened, n, reusedFrom: shortened.n }));
			continue;
		}
		const predictedMs = msPerItem * n;
		const budget = spec.budgetMs;
		const timedItems =
			warm.error || budget === undefined || predictedMs <= budget ? n : Math.min(n, Math.max(spec.minItems, niceFloor(budget / msPerItem)));
		await resetSandboxes(spec.urls);
		const input = Array.from({ length: timedItems }, (_, i) => inputItem(i, '13'));
		const sandboxCpuStart = (await sandboxStats(spec.urls)).cpuMs;
		const cpuStart = cpuMs();
		const started = hrNow();
		const result = await run(input);
		const wallMs = hrNow() - started;
		const cpu = cpuMs() - cpuStart;
		const after = await sandboxStats(spec.urls);
		const stats = after.providers[provider];
		const report: CaseResult = {
			id: spec.id,
			n,
			latencyMs: spec.latencyMs,
			timedItems,
			wallMs,
			cpuMs: cpu,
			items: result.items,
			requests: stats.requests,
			connections: stats.connections,
			maxInFlight: stats.maxInFlight,
			sandboxCpuMs: after.cpuMs - sandboxCpuStart,
			peakRssMb: resourceUsage().maxRSS / 1024,
			warmupMs,
			...(result.error ? { error: result.error } : {}),
			...(warm.error && !result.error ? { error: `warm-up: ${warm.error}` } : {}),
			...(result.notes ? { notes: result.notes } : {}),
		};
		print(RESULT_MARK + JSON.stringify(report));
		if (report.error) break;
		msPerItem = wallMs / timedItems;
		if (timedItems < n) shortened = report;
	}
	exit(0);
}

main().catch((error: Error) => {
	print(RESULT_MARK + JSON.stringify({ error: `case process: ${error.stack ?? error.message}` }));
	exit(1);
});
