import type { RecordedRequest, SandboxResponse } from '../../kit/types';
import { apiError } from '../errors';
import { positiveInt } from '../fields';
import { beijingDay, isDay } from '../state';
import { INTL_TYPES } from '../types';
import type { UpyunSandbox } from '../upyunSandbox';

const DEFAULT_PER_PAGE = 20;

/**
 * 9./10. Delivery reports. `date` (Beijing day of `created_at`), `mobile` and `status` filter
 * exactly; an absent `date` means every day. Newest first; `total` counts before paging.
 */
function report(sb: UpyunSandbox, request: RecordedRequest, international: boolean): SandboxResponse {
	const { date, mobile, status } = request.query;
	if (date !== undefined && date !== '' && !isDay(date)) return apiError('ILLEGAL_PARAMER', `date "${date}" is not yyyy-MM-dd`);
	const page = positiveInt(request.query.page, 1);
	if (page === undefined) return apiError('ILLEGAL_PARAMER', `page "${request.query.page}" is not a positive integer`);
	const perPage = positiveInt(request.query.per_page, DEFAULT_PER_PAGE);
	if (perPage === undefined || perPage > sb.maxPerPage) {
		return apiError('ILLEGAL_PARAMER', `per_page "${request.query.per_page}" must be 1 to ${sb.maxPerPage}`);
	}
	const now = sb.now();
	const rows = sb.messages
		.map((row, index) => ({ row, index }))
		.filter(({ row }) => INTL_TYPES.includes(row.type) === international && sb.isVisible(row, now))
		.filter(({ row }) => !date || beijingDay(row.created_at) === date)
		.filter(({ row }) => !mobile || row.mobile === mobile)
		.filter(({ row }) => !status || row.status === status)
		.sort((a, b) => Date.parse(b.row.created_at) - Date.parse(a.row.created_at) || b.index - a.index);
	const pageRows = rows.slice((page - 1) * perPage, page * perPage);
	return sb.json(200, { messages: pageRows.map(({ row }) => sb.messageView(row)), total: rows.length });
}

export function registerReportRoutes(sb: UpyunSandbox): void {
	sb.apiRoute('GET', '/api/messages', (request) => report(sb, request, false));
	sb.apiRoute('GET', '/api/messages/intl', (request) => report(sb, request, true));
}
