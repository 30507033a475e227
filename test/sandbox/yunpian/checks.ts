import type { SandboxResponse } from '../kit/types';
import { yunpianError } from './errors';
import { INTERNATIONAL, MAINLAND, TIME_PATTERN } from './state';
import type { Fields } from './yunpianSandbox';

export type Check = SandboxResponse | undefined;

export function isResponse(value: unknown): value is SandboxResponse {
	return typeof value === 'object' && value !== null && 'status' in value && typeof (value as SandboxResponse).status === 'number';
}

/** Code 1 for the first empty required field. */
export function missing(fields: Fields, ...names: string[]): Check {
	const name = names.find((candidate) => !fields[candidate]);
	return name ? yunpianError(1, `${name} 不能为空`) : undefined;
}

/** Code 2 for a time that is not `yyyy-MM-dd HH:mm:ss`. */
export function badTimes(fields: Fields, ...names: string[]): Check {
	const name = names.find((candidate) => fields[candidate] && !TIME_PATTERN.test(fields[candidate]));
	return name ? yunpianError(2, `${name} 格式错误, 应为 yyyy-MM-dd HH:mm:ss`) : undefined;
}

/** An optional integer field within bounds; code 2 otherwise. */
export function intField(fields: Fields, name: string, fallback: number, min: number, max: number): number | SandboxResponse {
	const raw = fields[name];
	if (raw === undefined || raw === '') return fallback;
	if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) return yunpianError(2, `${name} 必须是 ${min}~${max} 的整数`);
	return Number(raw);
}

/** Code 2 for a boolean field that is not true/false. */
export function badBooleans(fields: Fields, ...names: string[]): Check {
	const name = names.find((candidate) => fields[candidate] !== undefined && !['true', 'false'].includes(fields[candidate]));
	return name ? yunpianError(2, `${name} 必须是 true 或 false`) : undefined;
}

export interface MobileRules {
	international?: boolean;
	single?: boolean;
	max?: number;
}

/** The numbers of a `mobile` field: ASCII commas, mainland 11 digits or +E.164 where allowed (yunpian.md §1.5). */
export function mobiles(fields: Fields, rules: MobileRules = {}): string[] | SandboxResponse {
	const list = (fields.mobile ?? '').split(',');
	if (rules.single && list.length > 1) return yunpianError(2, 'mobile 只能是一个号码');
	if (rules.max !== undefined && list.length > rules.max) return yunpianError(2, `mobile 个数超过 ${rules.max}`);
	for (const mobile of list) {
		if (MAINLAND.test(mobile)) continue;
		if (rules.international && INTERNATIONAL.test(mobile)) continue;
		return yunpianError(2, `mobile 格式错误: ${mobile}`);
	}
	return list;
}

/** Characters a client leaves as they are when it URL-encodes (encodeURIComponent's unreserved set). */
const ENCODED = /^[A-Za-z0-9\-_.!~*'()%]*$/;

/** Decodes a value that the client had to URL-encode itself; undefined when it was not encoded or is malformed. */
export function decodeStrict(raw: string): string | undefined {
	if (!ENCODED.test(raw)) return undefined;
	try {
		return decodeURIComponent(raw);
	} catch {
		return undefined;
	}
}

/**
 * SMS `tpl_value` (yunpian.md §1.7): `urlencode("#name#")=urlencode(value)` pairs joined by `&`, names
 * with their # marks, names and values non-empty. Returns the values by name, or code 2.
 */
export function smsTplValue(raw: string): Map<string, string> | SandboxResponse {
	const values = new Map<string, string>();
	if (raw === '') return values;
	for (const pair of raw.split('&')) {
		const [rawName, rawValue, ...rest] = pair.split('=');
		const name = decodeStrict(rawName ?? '');
		const value = rest.length ? undefined : decodeStrict(rawValue ?? '');
		if (name === undefined || value === undefined) return yunpianError(2, `tpl_value 未按要求 urlencode: ${pair}`);
		const match = /^#([^#\s]+)#$/.exec(name);
		if (!match) return yunpianError(2, `tpl_value 变量名须带#号: ${name}`);
		if (value === '') return yunpianError(2, `tpl_value 变量 ${name} 的值为空`);
		values.set(match[1], value);
	}
	return values;
}

/** Voice `tpl_value`: `name=value&…` without # marks; values may be URL-encoded. */
export function voiceTplValue(raw: string): Map<string, string> | SandboxResponse {
	const values = new Map<string, string>();
	if (raw === '') return values;
	for (const pair of raw.split('&')) {
		const [name, value, ...rest] = pair.split('=');
		if (!name || rest.length || name.includes('#')) return yunpianError(2, `tpl_value 格式错误: ${pair}`);
		let decoded: string;
		try {
			decoded = decodeURIComponent(value ?? '');
		} catch {
			return yunpianError(2, `tpl_value 解码失败: ${pair}`);
		}
		if (!decoded) return yunpianError(2, `tpl_value 变量 ${name} 的值为空`);
		values.set(name, decoded);
	}
	return values;
}

/** Fills `#name#` variables; code 2 naming the first variable without a value. */
export function fill(content: string, values: Map<string, string>, marks = true): string | SandboxResponse {
	const wanted = [...new Set([...content.matchAll(/#([^#\s]+)#/g)].map((match) => match[1]))];
	const absent = wanted.find((name) => !values.has(name));
	if (absent) return yunpianError(2, `tpl_value 缺少变量 ${marks ? `#${absent}#` : absent}`);
	return content.replace(/#([^#\s]+)#/g, (_whole, name: string) => values.get(name) ?? '');
}
