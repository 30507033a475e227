import { setSafeRegexEngine, type RegexEngine } from 'n8n-workflow';

/**
 * n8n checks parameter patterns (a resource locator's "By ID" rule…) through its safe-regex engine: by default a
 * vm script with a 250 ms limit, which n8n's server replaces with its own engine. On a loaded 2-core machine that
 * limit is hit by plain patterns (a case then fails with "Regular expression execution timed out", a fault of the
 * machine, not of the node), so the reliability suites install the plain engine n8n itself falls back to. The
 * patterns are the node's own, short and linear; nothing here needs protection from catastrophic backtracking.
 */
const plainEngine: RegexEngine = {
	exec: (pattern, input, flags) => new RegExp(pattern, flags).exec(input),
	test: (pattern, input, flags) => new RegExp(pattern, flags).test(input),
	replace: (pattern, input, flags, replacement) => input.replace(new RegExp(pattern, flags), replacement),
	matchAll: (pattern, input, flags) => Array.from(input.matchAll(new RegExp(pattern, flags?.includes('g') ? flags : `${flags ?? ''}g`))),
	split: (pattern, input, flags) => input.split(new RegExp(pattern, flags)),
};

setSafeRegexEngine(plainEngine);
