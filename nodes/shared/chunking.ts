/**
 * Splits entries into chunks of at most `size`, never putting two entries with the same key in one
 * chunk (a provider answers per key, so a repeated key would make its answers ambiguous). Order is kept
 * within each chunk. Linear in the number of entries: each key remembers the chunk after its last one,
 * and full chunks are skipped through a path-compressed "next open chunk" table.
 */
export function chunkDistinct<T>(entries: T[], size: number, key: (entry: T) => string): T[][] {
	const chunks: T[][] = [];
	/** nextOpen[i]: a chunk index ≥ i that may still have room (compressed as chunks fill). */
	const nextOpen: number[] = [];
	const after = new Map<string, number>();
	const open = (from: number): number => {
		let index = from;
		while (index < chunks.length && chunks[index].length >= size) index = nextOpen[index];
		// Point every chunk walked over straight at the open one found.
		let walk = from;
		while (walk < chunks.length && walk !== index) {
			const next = nextOpen[walk];
			nextOpen[walk] = index;
			walk = next;
		}
		return index;
	};
	for (const entry of entries) {
		const k = key(entry);
		const index = open(after.get(k) ?? 0);
		if (index === chunks.length) {
			chunks.push([]);
			nextOpen.push(index);
		}
		chunks[index].push(entry);
		if (chunks[index].length >= size) nextOpen[index] = index + 1;
		after.set(k, index + 1);
	}
	return chunks;
}
