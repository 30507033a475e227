import { apiError } from '../errors';
import type { JPushSandbox } from '../jpushSandbox';

/** Pull APIs answer at most this many records a call (jpush.md §2.22). */
export const PULL_LIMIT = 500;
/** One call per API every 5 s (jpush.md §2.22: 50009 for a second call within 5 s). */
export const PULL_INTERVAL_MS = 5000;
/** Reports are kept 3 days after the carrier's receipt (jpush.md §2.22); older ones are never handed out. */
export const PULL_RETENTION_MS = 3 * 24 * 60 * 60 * 1000;

/** 12–13 balances and 22–23 pull APIs (jpush.md §2.12–2.13, §2.22–2.23). */
export function registerAccountRoutes(sb: JPushSandbox): void {
	sb.apiRoute('GET', '/v1/accounts/dev', () => sb.json(200, sb.devBalance), 'none', 'dev');

	sb.apiRoute('GET', '/v1/accounts/app', () => (sb.appQuotaAssigned ? sb.json(200, sb.appBalance) : apiError(50033)));

	// Each record is handed out once: what a call returns leaves the queue.
	const pull = <T>(path: string, queue: () => T[], setQueue: (kept: T[]) => void, timeOf: (record: T) => number | undefined) =>
		sb.apiRoute('GET', path, () => {
			if (sb.callbackConfigured) return apiError(50008);
			const now = sb.now();
			const last = sb.lastPull[path];
			if (last !== undefined && now - last < PULL_INTERVAL_MS) {
				sb.refusedPulls.push({ path, at: now });
				return apiError(50009);
			}
			sb.lastPull[path] = now;
			const kept = queue().filter((record) => {
				const time = timeOf(record);
				return time === undefined || now - time <= PULL_RETENTION_MS;
			});
			setQueue(kept.slice(PULL_LIMIT));
			return sb.json(200, kept.slice(0, PULL_LIMIT));
		});
	pull('/v1/report', () => sb.reports, (kept) => (sb.reports = kept), (report) => report.receiveTime);
	// Retention is documented for reports only.
	pull('/v1/reply', () => sb.replies, (kept) => (sb.replies = kept), () => undefined);
}
