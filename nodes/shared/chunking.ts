/**
 * Splits entries into chunks of at most `size`, never putting two entries with the same key in one
 * chunk (a provider answers per key, so a repeated key would make its answers ambiguous). Order is kept
 * within each chunk.
 */
export function chunkDistinct<T>(entries: T[], size: number, key: (entry: T) => string): T[][] {
	const chunks: Array<{ entries: T[]; keys: Set<string> }> = [];
	let firstOpen = 0;
	for (const entry of entries) {
		const k = key(entry);
		let index = firstOpen;
		while (index < chunks.length && (chunks[index].entries.length >= size || chunks[index].keys.has(k))) index++;
		if (index === chunks.length) chunks.push({ entries: [], keys: new Set() });
		chunks[index].entries.push(entry);
		chunks[index].keys.add(k);
		while (firstOpen < chunks.length && chunks[firstOpen].entries.length >= size) firstOpen++;
	}
	return chunks.map((chunk) => chunk.entries);
}

export function chunk<T>(entries: T[], size: number): T[][] {
	const chunks: T[][] = [];
	for (let i = 0; i < entries.length; i += size) chunks.push(entries.slice(i, i + size));
	return chunks;
}
