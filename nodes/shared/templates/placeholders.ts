/**
 * Template placeholders of every provider, found and filled in one place.
 *
 * - UPYUN `{$var1}`: values go in order of appearance, joined by `|` — each occurrence is its own value
 *   (https://help.upyun.com/knowledge-base/sms/).
 * - Liupai `@`: each `@` is replaced in order (positional), as Liupai's SMS page describes (https://m.6api.net/api/sms/).
 * - Yunpian `#name#`: values keyed by name in `tpl_value` (https://www.yunpian.com/official/document/sms/zh_CN/domestic_tpl_single_send).
 * - JPush `{{name}}`: values keyed by name in `temp_para` (https://docs.jiguang.cn/jsms/server/rest_api_jsms).
 * - Aliyun `${name}`: values keyed by name in `TemplateParam` (https://help.aliyun.com/zh/sms/developer-reference/api-dysmsapi-2017-05-25-sendsms).
 * - Tencent `{1}`: values in number order in `TemplateParamSet` (https://cloud.tencent.com/document/product/382/55981).
 */
export type PlaceholderSyntax = 'upyun' | 'yunpian' | 'liupai' | 'jpush' | 'aliyun' | 'tencent';

export interface Placeholder {
	/** The key of its value: the name the request uses, or `var1`/`value1`… for positional syntaxes. */
	key: string;
	/** The field label: the placeholder with the text around it, e.g. `var1 (Your code is …)`. */
	label: string;
}

interface SyntaxRule {
	pattern: RegExp;
	/** Positional syntaxes take one value per occurrence; named ones one per distinct name. */
	positional: boolean;
	/** The key of the n-th occurrence (1-based) whose captured name is `name`. */
	key: (name: string, position: number) => string;
	/** How the placeholder is named in its label. */
	title: (name: string, position: number) => string;
	/** Named keys in number order rather than first appearance (Tencent's `{1}`, `{2}`…). */
	numeric?: boolean;
}

const RULES: Record<PlaceholderSyntax, SyntaxRule> = {
	// The position leads the label, since UPYUN fills by position whatever the placeholder's own name.
	upyun: { pattern: /\{\$([^{}]*)\}/g, positional: true, key: (_name, n) => `var${n}`, title: (name, n) => (name === '' || name === `var${n}` ? `var${n}` : `var${n}: ${name}`) },
	liupai: { pattern: /@/g, positional: true, key: (_name, n) => `value${n}`, title: (_name, n) => `Value ${n}` },
	// Names without spaces or `#`, so "Order #12 shipped" or "##" are text, not placeholders.
	yunpian: { pattern: /#([^#\s]+)#/g, positional: false, key: (name) => name, title: (name) => name },
	jpush: { pattern: /\{\{([A-Za-z0-9_]+)\}\}/g, positional: false, key: (name) => name, title: (name) => name },
	aliyun: { pattern: /\$\{([A-Za-z0-9_]+)\}/g, positional: false, key: (name) => name, title: (name) => name },
	tencent: { pattern: /\{(\d+)\}/g, positional: false, key: (name) => String(Number(name)), title: (name) => `{${Number(name)}}`, numeric: true },
};

/** How much of the text before (or after) a placeholder its label quotes. */
const CONTEXT_LENGTH = 20;

interface Occurrence {
	name: string;
	start: number;
	end: number;
}

function occurrences(text: string, syntax: PlaceholderSyntax): Occurrence[] {
	const found: Occurrence[] = [];
	for (const match of text.matchAll(new RegExp(RULES[syntax].pattern.source, 'g'))) {
		found.push({ name: match[1] ?? '', start: match.index, end: match.index + match[0].length });
	}
	return found;
}

/** The text between the previous placeholder and this one, shortened from the left; or the text after it. */
function contextOf(text: string, all: Occurrence[], index: number): string {
	const previousEnd = index > 0 ? all[index - 1].end : 0;
	const before = [...text.slice(previousEnd, all[index].start).replace(/^[\s,，.。;；:：、]+/, '').trimEnd()];
	if (before.length > 0) {
		const shown = before.length > CONTEXT_LENGTH ? `…${before.slice(-CONTEXT_LENGTH).join('')}` : before.join('');
		return `${shown} …`;
	}
	const nextStart = index + 1 < all.length ? all[index + 1].start : text.length;
	const after = [...text.slice(all[index].end, nextStart).trim()];
	if (after.length === 0) return '';
	return `… ${after.length > CONTEXT_LENGTH ? `${after.slice(0, CONTEXT_LENGTH).join('')}…` : after.join('')}`;
}

/**
 * The values a template needs, in the order its fields are shown: every occurrence for positional
 * syntaxes, each distinct name once (first appearance, or number order for Tencent) for named ones.
 */
export function findPlaceholders(text: string, syntax: PlaceholderSyntax): Placeholder[] {
	const rule = RULES[syntax];
	const all = occurrences(text, syntax);
	const placeholders: Placeholder[] = [];
	const seen = new Set<string>();
	all.forEach((occurrence, index) => {
		const position = index + 1;
		const key = rule.key(occurrence.name, position);
		if (seen.has(key)) return;
		seen.add(key);
		const context = contextOf(text, all, index);
		const title = rule.title(occurrence.name, position);
		placeholders.push({ key, label: context ? `${title} (${context})` : title });
	});
	if (rule.numeric) placeholders.sort((a, b) => Number(a.key) - Number(b.key));
	return placeholders;
}

/** The keys of the values in the order a positional request (UPYUN `vars`, Tencent's set) lists them. */
export function placeholderKeys(text: string, syntax: PlaceholderSyntax): string[] {
	return findPlaceholders(text, syntax).map((placeholder) => placeholder.key);
}

/** The template with every placeholder replaced by its value: the text as the phone shows it (without signature). */
export function fillTemplate(text: string, syntax: PlaceholderSyntax, values: Record<string, string>): string {
	const rule = RULES[syntax];
	let position = 0;
	return text.replace(new RegExp(rule.pattern.source, 'g'), (placeholder: string, name?: string) => {
		position++;
		const value = values[rule.key(typeof name === 'string' ? name : '', position)];
		return value === undefined ? placeholder : value;
	});
}
