/** The numbers of a text's `{n}` variables, in order of appearance (duplicates kept). */
export function variablesOf(content: string): number[] {
	return [...content.matchAll(/\{(\d+)\}/g)].map((match) => Number(match[1]));
}
