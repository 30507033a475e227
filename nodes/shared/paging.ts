export interface PageResult<T> {
	items: T[];
	/** Total count the provider reports, when it does. */
	total?: number;
}

export interface PagingOptions {
	returnAll: boolean;
	limit: number;
	pageSize: number;
	/** Stop after this many pages whatever the provider says, so a misbehaving API cannot loop forever. */
	maxPages?: number;
}

/** Fetches pages (1-based) until enough items are in, the provider runs out, or the page cap is hit. */
export async function collectPages<T>(
	fetchPage: (page: number, pageSize: number) => Promise<PageResult<T>>,
	options: PagingOptions,
): Promise<T[]> {
	const wanted = options.returnAll ? Infinity : options.limit;
	const maxPages = options.maxPages ?? 1000;
	const pageSize = options.returnAll ? options.pageSize : Math.min(options.pageSize, Math.max(1, wanted));
	const results: T[] = [];
	for (let page = 1; page <= maxPages && results.length < wanted; page++) {
		let result: PageResult<T>;
		try {
			result = await fetchPage(page, pageSize);
		} catch (error) {
			throw pageError(error, page);
		}
		const { items, total } = result;
		results.push(...items);
		if (items.length < pageSize) break;
		if (total !== undefined && page * pageSize >= total) break;
	}
	return results.slice(0, wanted === Infinity ? undefined : wanted);
}

/**
 * The error of a page after the first, saying which page failed: the whole list fails, so an
 * incomplete list is never output as if it were complete.
 */
export function pageError(error: unknown, page: number): unknown {
	if (page <= 1 || !(error instanceof Error)) return error;
	const failed = error as Error & { description?: string | null };
	failed.message = `${failed.message} (page ${page} of the list)`;
	const read = page === 2 ? 'Page 1 was read' : `Pages 1 to ${page - 1} were read`;
	failed.description = [failed.description, `${read}, but nothing is output: an incomplete list would look complete.`].filter(Boolean).join(' ');
	return failed;
}
