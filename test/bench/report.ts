import { bulkCases, cases } from './cases';
import type { LoadTime, PackSize } from './coldLoad';
import type { Row } from './plan';

const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));
const left = (text: string, width: number) => (text.length >= width ? text : ' '.repeat(width - text.length) + text);
const int = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '-');
const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

/** Recipients per second of a row (per-recipient rate: also right for a run timed on fewer items). */
export const itemsPerSecond = (row: Row) => (row.error ? NaN : row.timedItems / (row.wallMs / 1000));
/** Milliseconds per recipient. */
export const msPerItem = (row: Row) => (row.error ? NaN : row.wallMs / row.timedItems);

export const TABLE_HEADER = `${pad('case', 64)} ${left('N', 7)} ${left('timed', 7)} ${left('requests', 8)} ${left('conns', 7)} ${left('in-flight', 9)} ${left('wall s', 8)} ${left('items/s', 8)} ${left('cpu s', 7)} ${left('sbx cpu', 7)} ${left('RSS MB', 7)}  note`;

/** One line of the results table. */
export function formatRow(row: Row): string {
	const info = cases[row.id];
	const wallS = row.error ? NaN : (row.wallMs / 1000) * (row.n / row.timedItems);
	const notes: string[] = [];
	if (row.error) notes.push(`failed: ${row.error.split('\n')[0].slice(0, 160)}`);
	else if (row.reusedFrom !== undefined) notes.push(`≈: per-recipient rate of the ${int(row.reusedFrom)} run (timed on ${int(row.timedItems)} items)`);
	else if (row.extrapolated) notes.push(`≈: timed on ${int(row.timedItems)} items, wall extrapolated ×${int(row.n / row.timedItems)}`);
	if (!row.error && row.items !== row.timedItems && info.group !== 'probe') notes.push(`${int(row.items)} output items`);
	return [
		pad(`(${info.group}) ${info.label}`, 64),
		left(int(row.n), 7),
		left(int(row.timedItems), 7),
		left(int(row.requests), 8),
		left(int(row.connections), 7),
		left(int(row.maxInFlight), 9),
		left(`${row.extrapolated ? '≈' : ''}${fixed(wallS, 2)}`, 8),
		left(int(itemsPerSecond(row)), 8),
		left(fixed(row.cpuMs / 1000, 2), 7),
		left(fixed(row.sandboxCpuMs / 1000, 2), 7),
		left(int(row.peakRssMb), 7),
		` ${notes.join('; ')}`,
	].join(' ');
}

const find = (rows: Row[], id: string, n: number, latencyMs: number) => rows.find((row) => row.id === id && row.n === n && row.latencyMs === latencyMs);

export interface Summary {
	lines: string[];
	finalLine: string;
}

/** The comparisons the issue asks for, and the one-line summary. */
export function summarize(rows: Row[], sizes: number[], latencies: number[], loads: LoadTime[], loadRuns: number, pack: PackSize, seconds: number): Summary {
	const lines: string[] = [];
	const tenK = sizes.includes(10_000) ? 10_000 : sizes[sizes.length - 1];
	const slow = latencies[latencies.length - 1];
	const bulkRows = rows.filter((row) => bulkCases.includes(row.id));
	const bulkSizes = sizes.filter((n) => bulkRows.some((row) => row.n === n));
	const largest = bulkSizes[bulkSizes.length - 1];

	const httpNote = rows.find((row) => cases[row.id].group === 'b' && row.notes?.length)?.notes?.[0];
	if (httpNote) lines.push(`(b) ran the ${httpNote}.`);
	lines.push(`Speedup of (a) over n8n's HTTP Request node (per-recipient rates; items/s of (a) ÷ items/s of (b)):`);
	const speedups: number[] = [];
	for (const latencyMs of latencies) {
		for (const n of sizes) {
			const loop = find(rows, 'httpLoop', n, latencyMs);
			const batching = find(rows, 'httpBatching', n, latencyMs);
			const defaults = find(rows, 'httpDefaults', n, latencyMs);
			if (!loop && !batching && !defaults) continue;
			const parts = bulkCases.map((id) => {
				const ours = find(rows, id, n, latencyMs);
				const ratio = (other?: Row) => (ours && other ? itemsPerSecond(ours) / itemsPerSecond(other) : NaN);
				if (n === tenK && latencyMs === slow) speedups.push(ratio(loop));
				return `${id} ${fixed(ratio(loop), 1)}× / ${fixed(ratio(batching), 1)}× / ${fixed(ratio(defaults), 1)}×`;
			});
			lines.push(`  ${int(n)} at ${latencyMs} ms, over one-at-a-time / Batching 1 per 1 ms / defaults: ${parts.join(', ')}`);
		}
	}

	lines.push(`Engine ratio: (a) wall time per recipient ÷ (d) the engine alone evaluating the same parameters, 0 ms (target ≤ 1.5; in brackets the same ratio of the case process's CPU time):`);
	const ratios: number[] = [];
	for (const n of bulkSizes) {
		const parts = bulkCases.map((id) => {
			const ours = find(rows, id, n, latencies[0]);
			const floor = find(rows, `echo:${id}`, n, latencies[0]);
			const ratio = ours && floor ? msPerItem(ours) / msPerItem(floor) : NaN;
			const cpuRatio = ours && floor && !ours.error && !floor.error ? ours.cpuMs / ours.timedItems / (floor.cpuMs / floor.timedItems) : NaN;
			ratios.push(ratio);
			return `${id} ${fixed(ratio, 2)} (cpu ${fixed(cpuRatio, 2)})`;
		});
		const set = find(rows, 'set', n, latencies[0]);
		lines.push(`  ${int(n)}: ${parts.join(', ')}   (n8n's Set node: ${fixed(set ? msPerItem(set) * 1000 : NaN, 1)} µs per item)`);
	}

	lines.push(`Single-send overhead: our node with Batch Size 1 ÷ raw keep-alive loop, per request (target ≤ 1.25):`);
	let overhead = NaN;
	for (const latencyMs of latencies) {
		for (const n of [...sizes].reverse()) {
			const single = find(rows, 'upyunSendSingle', n, latencyMs);
			const raw = find(rows, 'raw', n, latencyMs);
			if (!single || !raw || single.error || raw.error) continue;
			const perSingle = single.wallMs / single.requests;
			const perRaw = raw.wallMs / raw.requests;
			if (latencyMs === latencies[0] && Number.isNaN(overhead)) overhead = perSingle / perRaw;
			lines.push(
				`  ${int(n)} at ${latencyMs} ms: ${fixed(perSingle, 3)} ms vs ${fixed(perRaw, 3)} ms = ${fixed(perSingle / perRaw, 2)}×` +
					` (connections: ${int(single.connections)} for ${int(single.requests)} requests vs ${int(raw.connections)} for ${int(raw.requests)})`,
			);
			break;
		}
	}

	const probe = rows.find((row) => row.id === 'probe');
	if (probe) {
		lines.push('Connection reuse through this.helpers.httpRequestWithAuthentication (n8n-core 2.41.1), 200 sequential sends:');
		for (const note of probe.notes ?? [probe.error ?? 'no result']) lines.push(`  ${note}`);
	}

	const rssRows = bulkCases.map((id) => rows.filter((row) => row.id === id && row.n === largest)).flat();
	const rss = Math.max(...rssRows.map((row) => row.peakRssMb));
	lines.push(`Peak RSS of (a) at ${int(largest)}: ${bulkCases.map((id) => `${id} ${int(Math.max(...rows.filter((row) => row.id === id && row.n === largest).map((row) => row.peakRssMb)))} MB`).join(', ')} (target < 300 MB at 100 000)`);
	if (sizes.includes(100_000) && sizes.includes(10_000)) {
		for (const latencyMs of latencies) {
			const parts = bulkCases.map((id) => {
				const big = find(rows, id, 100_000, latencyMs);
				const small = find(rows, id, 10_000, latencyMs);
				const ok = big && small && !big.error && !small.error && !big.extrapolated && !small.extrapolated;
				return `${id} ${ok ? fixed(big.wallMs / small.wallMs, 1) : '-'}× (cpu ${ok ? fixed(big.cpuMs / small.cpuMs, 1) : '-'}×)`;
			});
			lines.push(`Linearity at ${latencyMs} ms, 100 000 time ÷ 10 000 time (target < 12): ${parts.join(', ')}`);
		}
	}

	lines.push(
		`Cold load of dist/ files (a fresh Node per load, n8n-workflow already loaded as in n8n, ${loadRuns === 1 ? 'one load each (quick)' : `median of ${loadRuns}`}; target < 100 ms):`,
	);
	for (const load of loads) lines.push(`  ${pad(load.file, 52)} ${load.error ? `failed: ${load.error}` : `${fixed(load.medianMs, 1)} ms`}`);
	lines.push(
		pack.error
			? `Packed tarball: failed: ${pack.error}`
			: `Packed tarball (npm pack --dry-run): ${int(pack.size)} bytes (${fixed(pack.size / 1024, 1)} KiB), ${int(pack.unpackedSize)} bytes unpacked, ${pack.files} files`,
	);
	lines.push(`Bench took ${fixed(seconds, 0)} s.`);

	const worst = (values: number[], pick: (a: number, b: number) => number) => {
		const known = values.filter((value) => Number.isFinite(value));
		return known.length === values.length && known.length > 0 ? known.reduce((a, b) => pick(a, b)) : NaN;
	};
	const items = bulkCases.map((id) => find(rows, id, tenK, slow)).map((row) => (row ? itemsPerSecond(row) : NaN));
	lines.push(
		`Summary line: the worst of the four bulk paths — speedup = lowest (a) ÷ one-at-a-time HTTP Request at ${int(tenK)}, ${slow} ms; ` +
			`engine_ratio = highest over every N at 0 ms; overhead at 0 ms; rss_mb = highest peak at ${int(largest)}; items_per_s = lowest at ${int(tenK)}, ${slow} ms ` +
			'(a figure is "-" when one of its runs failed).',
	);
	// Plain numbers (no thousands separators), so the line is easy to read by a script.
	const whole = (value: number) => (Number.isFinite(value) ? String(Math.round(value)) : '-');
	const finalLine =
		`bench: speedup=${fixed(worst(speedups, Math.min), 1)} engine_ratio=${fixed(worst(ratios, Math.max), 2)} ` +
		`overhead=${fixed(overhead, 2)} rss_mb=${whole(rss)} items_per_s=${whole(worst(items, Math.min))}`;
	return { lines, finalLine };
}
