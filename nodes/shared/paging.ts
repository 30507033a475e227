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
		const { items, total } = await fetchPage(page, pageSize);
		results.push(...items);
		if (items.length < pageSize) break;
		if (total !== undefined && page * pageSize >= total) break;
	}
	return results.slice(0, wanted === Infinity ? undefined : wanted);
}
