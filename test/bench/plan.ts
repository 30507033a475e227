import { cases, type Group } from './cases';
import { runCase } from './processes';
import { resetSandboxes, type CaseResult, type SandboxUrls } from './protocol';

export interface BenchOptions {
	quick: boolean;
	/** Recipient counts of the run. */
	sizes: number[];
	latencies: number[];
	/** Only these case ids (for trying one case). */
	only?: string[];
}

/** One cell of the tables: measured, extrapolated from fewer items, or failed. */
export interface Row extends CaseResult {
	/** Timed on fewer items than `n`: rates are per recipient, totals extrapolated. */
	extrapolated: boolean;
}

/** One case process: a case at one latency, over ascending recipient counts. */
interface Series {
	id: string;
	latencyMs: number;
	sizes: number[];
}

const MB_CAP = 2048;

/** What runs, per latency: every case over every N (quick: fewer), the engine alone and the probe once. */
function plan(options: BenchOptions): Series[] {
	const list: Series[] = [];
	const ids = (group: Group) => Object.keys(cases).filter((id) => cases[id].group === group);
	const [smallest] = options.sizes;
	const tenK = options.sizes.includes(10_000) ? 10_000 : options.sizes[options.sizes.length - 1];
	for (const latencyMs of options.latencies) {
		const add = (id: string, sizes: number[]) => list.push({ id, latencyMs, sizes });
		const first = latencyMs === options.latencies[0];
		// Quick: the bulk paths and the engine alone at 10 000 only.
		const bulkSizes = options.quick ? [tenK] : options.sizes;
		for (const id of ids('a')) add(id, bulkSizes);
		// The engine alone sends nothing: latency does not apply, it runs once.
		if (first) for (const id of ids('d')) if (!options.quick || id !== 'set') add(id, bulkSizes);
		if (first) add('probe', [200]);
		if (options.quick) {
			// Enough for the summary line: single sends and the raw floor at 0 ms, one-at-a-time HTTP Request at 50 ms.
			if (first) add('upyunSendSingle', [smallest]);
			if (first) add('raw', [smallest]);
			if (!first) add('httpLoop', [tenK]);
			continue;
		}
		add('upyunSendSingle', options.sizes.filter((n) => n <= tenK));
		add('raw', options.sizes);
		for (const id of ids('b')) add(id, options.sizes);
	}
	return options.only ? list.filter((series) => options.only!.includes(series.id)) : list;
}

/**
 * Wall time a run may take before it is timed on fewer items instead: only for the cases that send one
 * request per recipient, one at a time (their rate is the same at every N). Our bulk paths, the engine
 * alone and the HTTP Request node's all-at-once default always run the full N (their cost at 100 000
 * is the point), bounded by the caps.
 */
function budgetMs(id: string, options: BenchOptions): number | undefined {
	const { group } = cases[id];
	if (group === 'a' || group === 'd' || id === 'httpDefaults') return undefined;
	return options.quick ? 4_000 : 25_000;
}

/**
 * Runs every series, one case process at a time, against the sandbox process. Bounded: each process
 * has a memory cap, and each recipient count a time cap (after a smaller count: 15× that count's time
 * scaled to this N, plus a minute; a run that is not linear is stopped there). One of our bulk paths
 * stopped at the time cap at 0 ms is not run at that N at 50 ms.
 */
export async function runPlan(options: BenchOptions, urls: SandboxUrls, onRow: (row: Row) => void): Promise<Row[]> {
	const rows: Row[] = [];
	const hardCapMs = options.quick ? 60_000 : 180_000;
	for (const series of plan(options)) {
		const { group } = cases[series.id];
		const budget = budgetMs(series.id, options);
		// Our bulk paths and the engine alone cost the same CPU at any latency: stopped at the time cap at
		// 0 ms, they would be again. Not so the HTTP Request node: at 50 ms its requests pile up instead.
		const latencyBound = group === 'a' || group === 'd';
		const cappedAtZero = latencyBound
			? rows.find((row) => row.id === series.id && row.latencyMs === 0 && row.error?.includes('time cap'))
			: undefined;
		const sizes = cappedAtZero && series.latencyMs > 0 ? series.sizes.filter((n) => n < cappedAtZero.n) : series.sizes;
		const add = (result: CaseResult) => {
			const row = { ...result, extrapolated: result.timedItems < result.n };
			rows.push(row);
			onRow(row);
		};
		if (sizes.length) {
			await resetSandboxes(urls, series.latencyMs);
			const timeMs = (n: number, previous?: CaseResult) => {
				const linear = previous && !previous.error ? 15 * (previous.wallMs / previous.timedItems) * n : 0;
				return Math.min(hardCapMs, Math.max(budget === undefined ? 60_000 : 2 * budget, linear) + 60_000);
			};
			await runCase(
				{ id: series.id, latencyMs: series.latencyMs, sizes, budgetMs: budget, warmup: budget === undefined ? 100 : 20, minItems: 50, urls },
				{ timeMs, rssMb: MB_CAP },
				add,
			);
		}
		for (const n of series.sizes.filter((size) => !sizes.includes(size))) {
			add({ ...cappedAtZero!, n, latencyMs: series.latencyMs, error: `not run: at 0 ms it was ${cappedAtZero!.error}` });
		}
	}
	return rows;
}
