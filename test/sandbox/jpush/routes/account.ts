import { apiError } from '../errors';
import type { JPushSandbox } from '../jpushSandbox';

/** Pull APIs answer at most this many records a call (jpush.md §2.22). */
export const PULL_LIMIT = 500;
const PULL_INTERVAL_MS = 5000;

/** 12–13 balances and 22–23 pull APIs (jpush.md §2.12–2.13, §2.22–2.23). */
export function registerAccountRoutes(sb: JPushSandbox): void {
	sb.apiRoute('GET', '/v1/accounts/dev', () => sb.json(200, sb.devBalance), 'none', 'dev');

	sb.apiRoute('GET', '/v1/accounts/app', () => (sb.appQuotaAssigned ? sb.json(200, sb.appBalance) : apiError(50033)));

	const pull = (path: string, queue: () => unknown[]) =>
		sb.apiRoute('GET', path, () => {
			if (sb.callbackConfigured) return apiError(50008);
			const last = sb.lastPull[path];
			if (last !== undefined && sb.now() - last < PULL_INTERVAL_MS) return apiError(50009);
			sb.lastPull[path] = sb.now();
			return sb.json(200, queue().splice(0, PULL_LIMIT));
		});
	pull('/v1/report', () => sb.reports);
	pull('/v1/reply', () => sb.replies);
}
