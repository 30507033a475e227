/**
 * A strict reader for the YAML subset GitHub workflows in this repository use: maps, lists (`- `), plain,
 * quoted and `|` block scalars, comments. It throws on tabs, bad indentation and anything else, so CI can check
 * a workflow it cannot run here (GitHub Actions is not reachable) without a YAML dependency.
 */
type Value = string | Value[] | { [key: string]: Value };

interface Line {
	indent: number;
	text: string;
	number: number;
}

function scalar(raw: string, number: number): string {
	const text = raw.trim();
	if (text.startsWith("'")) {
		if (!/^'(?:[^']|'')*'$/.test(text)) throw new Error(`line ${number}: unterminated single-quoted string`);
		return text.slice(1, -1).replace(/''/g, "'");
	}
	if (text.startsWith('"')) {
		if (!/^"(?:[^"\\]|\\.)*"$/.test(text)) throw new Error(`line ${number}: unterminated double-quoted string`);
		return JSON.parse(text) as string;
	}
	if (/^[[{&*!|>%@`]/.test(text)) throw new Error(`line ${number}: unsupported YAML value ${text}`);
	return text;
}

/** Removes a trailing ` # comment` outside quotes. */
function stripComment(text: string): string {
	let quote = '';
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quote) {
			if (char === quote) quote = '';
		} else if (char === "'" || char === '"') quote = char;
		else if (char === '#' && (i === 0 || text[i - 1] === ' ')) return text.slice(0, i).trimEnd();
	}
	return text;
}

export function parseYamlSubset(source: string): Value {
	const raw = source.split('\n');
	const lines: Line[] = [];
	raw.forEach((line, index) => {
		if (line.includes('\t')) throw new Error(`line ${index + 1}: tabs are not allowed in YAML`);
		const text = stripComment(line).trimEnd();
		if (text.trim() === '') return;
		lines.push({ indent: text.length - text.trimStart().length, text: text.trim(), number: index + 1 });
	});
	let position = 0;

	/** A `|` block: every following line indented deeper than `parent`, kept raw. */
	function block(parent: number): string {
		const start = lines[position]?.number;
		const kept: string[] = [];
		if (start === undefined) return '';
		let n = start - 1;
		let indent = -1;
		while (n < raw.length) {
			const line = raw[n];
			const depth = line.length - line.trimStart().length;
			if (line.trim() !== '' && depth <= parent) break;
			if (line.trim() !== '' && indent < 0) indent = depth;
			kept.push(line.slice(Math.max(indent, 0)));
			n++;
		}
		while (position < lines.length && lines[position].number <= n) position++;
		return kept.join('\n').trimEnd() + '\n';
	}

	function node(indent: number): Value {
		const first = lines[position];
		if (first.text.startsWith('- ') || first.text === '-') return list(first.indent);
		return map(first.indent, indent);
	}

	function valueAfter(rest: string, indent: number, number: number): Value {
		if (rest === '|') return block(indent);
		if (rest !== '') return scalar(rest, number);
		const next = lines[position];
		if (!next || next.indent <= indent) {
			// A list may sit at its key's indentation.
			if (next && next.indent === indent && next.text.startsWith('- ')) return list(indent);
			throw new Error(`line ${number}: a key without a value`);
		}
		return node(indent);
	}

	function map(indent: number, parent: number): { [key: string]: Value } {
		if (indent <= parent && parent >= 0) throw new Error(`line ${lines[position].number}: bad indentation`);
		const result: { [key: string]: Value } = {};
		while (position < lines.length && lines[position].indent === indent && !lines[position].text.startsWith('- ')) {
			const line = lines[position++];
			const match = /^([A-Za-z0-9_.-]+|'[^']*'|"[^"]*"):(?: (.*)|)$/.exec(line.text);
			if (!match) throw new Error(`line ${line.number}: expected "key: value", got ${line.text}`);
			const key = scalar(match[1], line.number);
			if (key in result) throw new Error(`line ${line.number}: duplicate key ${key}`);
			result[key] = valueAfter((match[2] ?? '').trim(), indent, line.number);
		}
		if (position < lines.length && lines[position].indent > indent) throw new Error(`line ${lines[position].number}: bad indentation`);
		return result;
	}

	function list(indent: number): Value[] {
		const result: Value[] = [];
		while (position < lines.length && lines[position].indent === indent && lines[position].text.startsWith('-')) {
			const line = lines[position];
			const rest = line.text.slice(1).trim();
			if (rest === '') {
				position++;
				result.push(node(indent));
				continue;
			}
			if (/^([A-Za-z0-9_.-]+):(?: |$)/.test(rest)) {
				// "- key: value" opens a map whose keys sit two columns further in.
				lines[position] = { indent: indent + 2, text: rest, number: line.number };
				result.push(map(indent + 2, indent));
				continue;
			}
			position++;
			result.push(scalar(rest, line.number));
		}
		return result;
	}

	if (lines.length === 0) return {};
	const document = node(-1);
	if (position < lines.length) throw new Error(`line ${lines[position].number}: unexpected content`);
	return document;
}
