import ts from 'typescript';
import type { ICredentialType, INodeTypeDescription } from 'n8n-workflow';

import packageJson from '../../package.json';
import { getCredentialType, PackageNodeTypes } from '../harness/nodeTypes';
import { fs, path, repoRoot, requireFromRoot } from '../support/node';

/**
 * n8n verifies a community node only if its UI and errors are in English (issue 17). Chinese stays where it
 * is data or a search term: the provider's own text quoted verbatim, and the codex aliases (`*.node.json`).
 *
 * The rule, narrow on purpose. A text fails on any CJK character (CJK punctuation, ideographs, full-width
 * forms, 【】 included) except in:
 * 1. quoted provider text: a span between double quotes, "…" or “…”, e.g. `must contain "回TD退订"`, or a
 *    provider status quoted as it appears in the console. A quote that is the whole content of parentheses,
 *    `Template ("模板")`, is an alias, not a quotation, and still fails;
 * 2. the full-width brackets of an SMS signature around Latin text, e.g. `e.g. 【ACME】` or `【signature】`:
 *    the brackets are the format the providers require, not Chinese;
 * 3. an example value and nothing else, `e.g. <value>` without parentheses (a placeholder such as
 *    `e.g. 【ACME】您的验证码是@`): Chinese SMS texts are what users type there.
 * Everything else (an alias in parentheses, `Template (模板)`, a console path, a status label) belongs in the
 * README glossary, not in the UI.
 *
 * Walked: every string of every node description (each version) and credential declared in package.json
 * except defaults, option values, parameter names and what the editor does not show (routing, regexes,
 * URLs, icons); every meaning and fix of the error tables (`nodes/<provider>/transport/errors.ts`); and every
 * string literal of the node and credential sources that holds an English word (errors, hints and picker
 * labels built at run time; not the README heading given to readmeSection()), so a text cannot escape by
 * being built in code. Nothing is skipped: a provider whose strings still fail fails here.
 */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u3010\u3011]/u;
const QUOTED = /"[^"]*"|“[^”]*”/gu;
const ALIAS_IN_QUOTES = /\(\s*(?:"[^"]*"|“[^”]*”)\s*\)/u;
const EXAMPLE_VALUE = /^e\.g\. [^()]+$/u;
const SIGNATURE_FORMAT = /【[^【】\u3000-\u303f\u3400-\u9fff\uff00-\uffef]*】/gu;

/** The text with its allowed spans removed; what is left must have no CJK. */
function outsideQuotedProviderText(text: string): string {
	if (EXAMPLE_VALUE.test(text)) return '';
	if (ALIAS_IN_QUOTES.test(text) && CJK.test(text.match(ALIAS_IN_QUOTES)![0])) return text;
	return text.replace(QUOTED, '""').replace(SIGNATURE_FORMAT, '');
}

const hasChineseOutsideQuotes = (text: string) => CJK.test(outsideQuotedProviderText(text));

/** Keys whose strings the editor does not show as UI text (or that are data). */
const NOT_UI = new Set(['default', 'value', 'regex', 'documentationUrl', 'icon', 'iconUrl', 'iconColor', 'routing', 'requestDefaults', 'url', 'baseURL', 'extractValue', 'name']);
/** Where `name` is a label rather than an identifier: options of an options/multiOptions parameter. */
const isOptionLike = (value: Record<string, unknown>) => 'value' in value && 'name' in value && !('type' in value);

function walk(value: unknown, where: string, found: Array<{ where: string; text: string }>): void {
	if (typeof value === 'string') {
		if (hasChineseOutsideQuotes(value)) found.push({ where, text: value });
		return;
	}
	if (Array.isArray(value)) {
		value.forEach((entry, index) => walk(entry, `${where}[${index}]`, found));
		return;
	}
	if (!value || typeof value !== 'object') return;
	const record = value as Record<string, unknown>;
	const label = typeof record.name === 'string' ? record.name : typeof record.displayName === 'string' ? record.displayName : '';
	for (const [key, entry] of Object.entries(record)) {
		if (key === 'name' && isOptionLike(record)) walk(entry, `${where} option name`, found);
		if (NOT_UI.has(key)) continue;
		walk(entry, `${where}${label ? ` ‹${label}›` : ''}.${key}`, found);
	}
}

const nodeTypes = new PackageNodeTypes();
const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const classOf = (builtPath: string) => path.basename(builtPath).split('.')[0];

function descriptionsOf(builtPath: string): INodeTypeDescription[] {
	const type = nodeTypes.getByName(`${packageJson.name}.${lowerFirst(classOf(builtPath))}`);
	if ('nodeVersions' in type) return Object.values(type.nodeVersions).map((version) => version.description);
	return [type.description];
}

const nodes = packageJson.n8n.nodes.map((builtPath) => ({ builtPath, source: builtPath.replace(/^dist\//, '').replace(/\.js$/, '.ts') }));
const credentials = packageJson.n8n.credentials.map((builtPath) => ({
	builtPath,
	source: builtPath.replace(/^dist\//, '').replace(/\.js$/, '.ts'),
	name: lowerFirst(classOf(builtPath)),
}));

const report = (found: Array<{ where: string; text: string }>) => found.map(({ where, text }) => `${where}: ${text}`);

describe('UI texts are English (Chinese only as quoted provider text)', () => {
	test('the rule', () => {
		expect(hasChineseOutsideQuotes('Template (模板)')).toBe(true);
		expect(hasChineseOutsideQuotes('Template ("模板")')).toBe(true);
		expect(hasChineseOutsideQuotes('Under review (审核中)')).toBe(true);
		expect(hasChineseOutsideQuotes('Signature, e.g. 【阿里云】')).toBe(true);
		expect(hasChineseOutsideQuotes('e.g. Template (模板)')).toBe(true);
		expect(hasChineseOutsideQuotes('e.g. 【ACME】您的验证码是@')).toBe(false);
		expect(hasChineseOutsideQuotes('separated by commas (also full-width ，)')).toBe(true);
		expect(hasChineseOutsideQuotes('Signature, e.g. 【ACME】')).toBe(false);
		expect(hasChineseOutsideQuotes('A marketing template must contain "回TD退订"')).toBe(false);
		expect(hasChineseOutsideQuotes('Commas, also the full-width “，”')).toBe(false);
		expect(hasChineseOutsideQuotes('Send SMS with UPYUN')).toBe(false);
	});

	test.each(nodes.map((node) => [node.source, node] as const))('%s: every description string', (_source, node) => {
		const found: Array<{ where: string; text: string }> = [];
		for (const description of descriptionsOf(node.builtPath)) walk(description, `v${String(description.version)}`, found);
		expect(report(found)).toEqual([]);
	});

	test.each(credentials.map((credential) => [credential.source, credential] as const))('%s: every credential string', (_source, credential) => {
		const type: ICredentialType | undefined = getCredentialType(credential.name);
		expect(type).toBeDefined();
		const found: Array<{ where: string; text: string }> = [];
		walk({ displayName: type!.displayName, properties: type!.properties, test: type!.test }, credential.name, found);
		expect(report(found)).toEqual([]);
	});
});

const providerDirs = fs
	.readdirSync(path.join(repoRoot, 'nodes'))
	.filter((dir) => fs.existsSync(path.join(repoRoot, 'nodes', dir, 'transport', 'errors.ts')));

describe('error tables: meanings and fixes are English', () => {
	test('every provider has one', () => {
		expect(providerDirs.length).toBeGreaterThanOrEqual(nodes.filter((node) => !/Trigger\.node/.test(node.source)).length);
	});

	test.each(providerDirs)('nodes/%s/transport/errors.ts', (dir) => {
		const exported = requireFromRoot(`nodes/${dir}/transport/errors.ts`) as Record<string, unknown>;
		const tables = Object.entries(exported).filter(([, value]) => value && typeof value === 'object' && !Array.isArray(value));
		expect(tables.length).toBeGreaterThan(0);
		const found: string[] = [];
		for (const [tableName, table] of tables) {
			for (const [code, entry] of Object.entries(table as Record<string, { meaning?: unknown; fix?: unknown }>)) {
				for (const key of ['meaning', 'fix'] as const) {
					const text = entry?.[key];
					if (typeof text === 'string' && hasChineseOutsideQuotes(text)) found.push(`${tableName}[${code}].${key}: ${text}`);
				}
			}
		}
		expect(found).toEqual([]);
	});
});

/** Every file under a folder, recursively. */
function filesUnder(dir: string, ending: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return filesUnder(full, ending);
		return entry.name.endsWith(ending) ? [full] : [];
	});
}

/**
 * String literals (and template literal parts) that hold an English word and CJK outside quoted provider
 * text: run-time errors, hints, picker labels. Literals of CJK alone are data (a provider's status value
 * compared in code, a separator), comments and regular expressions are not literals.
 */
function mixedLiterals(file: string): string[] {
	const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
	const found: string[] = [];
	const visit = (node: ts.Node) => {
		// A template literal is read whole, each substitution as `${}`, so `e.g. 【${name}】` is one text.
		const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
			? node.text
			: ts.isTemplateExpression(node)
				? node.head.text + node.templateSpans.map((span) => `\${}${span.literal.text}`).join('')
				: undefined;
		// readmeSection('Yunpian (云片)') names a README heading (the Docs link's anchor), not a UI text.
		const readmeHeading = text !== undefined && ts.isCallExpression(node.parent) && node.parent.expression.getText(source) === 'readmeSection';
		if (text !== undefined && !readmeHeading) {
			if (/[A-Za-z]{3,}/.test(text) && hasChineseOutsideQuotes(text)) {
				found.push(`${path.relative(repoRoot, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text}`);
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

const sourceDirs = [...fs.readdirSync(path.join(repoRoot, 'nodes')).map((dir) => `nodes/${dir}`), 'credentials'];

describe('texts built in code are English', () => {
	test.each(sourceDirs)('%s', (dir) => {
		expect(filesUnder(path.join(repoRoot, dir), '.ts').flatMap(mixedLiterals)).toEqual([]);
	});
});

/** The search terms a Chinese user types in the nodes panel. */
const PROVIDER_NAMES: Record<string, string> = {
	AliyunSms: '阿里云',
	JPushSms: '极光',
	Liupai: '六派',
	TencentSms: '腾讯云',
	UpyunSms: '又拍云',
	Yunpian: '云片',
};

describe('codex aliases keep the Chinese search terms', () => {
	test.each(nodes.map((node) => [node.source, node] as const))('%s', (source) => {
		const codex = JSON.parse(fs.readFileSync(path.join(repoRoot, source.replace(/\.ts$/, '.json')), 'utf8')) as { alias?: string[] };
		const provider = source.split('/')[1];
		expect(PROVIDER_NAMES[provider]).toBeDefined();
		const trigger = /Trigger\.node\.ts$/.test(source);
		const expected = trigger ? ['短信', PROVIDER_NAMES[provider]] : ['短信', PROVIDER_NAMES[provider], '模板', '签名', '验证码'];
		expect(expected.filter((term) => !codex.alias?.includes(term))).toEqual([]);
	});
});
