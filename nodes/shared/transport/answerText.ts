import { readJson } from '../json';

/** How much of a provider's answer an error or an item keeps (after redaction). */
export const KEPT_ANSWER_CHARS = 4096;

/** A short account of an answer that is not JSON, for an error headline: never the page itself. */
export function summarizeText(text: string, contentType = ''): string {
	const trimmed = text.trim();
	if (trimmed === '') return 'an empty body';
	if (/html/i.test(contentType) || /^<(!doctype|html|head|body|\?xml)/i.test(trimmed)) {
		const title = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(trimmed)?.[1]?.replace(/\s+/g, ' ').trim();
		return title ? `an HTML page titled "${title}"` : 'an HTML page';
	}
	const reading = readJson(trimmed);
	if (!reading.ok && /ends early/.test(reading.reason)) return `incomplete JSON (${reading.reason}, ${text.length} characters received)`;
	const start = trimmed.slice(0, 120).replace(/\s+/g, ' ');
	return `text that is not JSON: "${start}${trimmed.length > 120 ? '…' : ''}"`;
}

/** A kept copy of an answer: whole when small, else its start and its size (the caller has redacted it). */
export function capValue(value: unknown): unknown {
	if (value === undefined) return undefined;
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	if (text === undefined || text.length <= KEPT_ANSWER_CHARS) return value;
	return `${text.slice(0, KEPT_ANSWER_CHARS)}… (cut: ${text.length} characters in all)`;
}
