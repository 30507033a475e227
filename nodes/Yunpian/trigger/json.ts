/** A JSON string literal (unrolled, so long strings do not backtrack) or a JSON number. */
const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * JSON.parse that keeps integers beyond 2^53 exact: Yunpian's `sid` is a 64-bit integer
 * ("不可用int解析"), which a plain parse would round. Such integers become strings of their digits;
 * everything else parses as usual. Returns undefined for text that is not JSON.
 */
export function parseJsonLossless(text: string): unknown {
	try {
		const safe = text.replace(TOKEN, (token) =>
			token.startsWith('"') || /[.eE]/.test(token) || Number.isSafeInteger(Number(token)) ? token : `"${token}"`,
		);
		return JSON.parse(safe) as unknown;
	} catch {
		return undefined;
	}
}
