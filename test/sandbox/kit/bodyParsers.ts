import type { UploadedFile } from './types';

export interface ParsedBody {
	body: unknown;
	files: UploadedFile[];
	/** Why the body could not be read, when it could not. */
	error?: string;
}

function parseForm(raw: string): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const [key, value] of new URLSearchParams(raw)) fields[key] = value;
	return fields;
}

function parseMultipart(raw: Buffer, contentType: string): ParsedBody {
	const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
	if (!match) return { body: undefined, files: [], error: 'multipart body without boundary' };
	const boundary = `--${match[1] ?? match[2]}`;
	const fields: Record<string, string> = {};
	const files: UploadedFile[] = [];
	const text = raw.toString('latin1');
	for (const part of text.split(boundary).slice(1)) {
		if (part.startsWith('--')) break;
		const headerEnd = part.indexOf('\r\n\r\n');
		if (headerEnd === -1) continue;
		const headers = part.slice(0, headerEnd);
		const content = Buffer.from(part.slice(headerEnd + 4, part.length - 2), 'latin1');
		const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? '';
		const fileName = /filename="([^"]*)"/i.exec(headers)?.[1];
		if (fileName === undefined) {
			fields[name] = content.toString('utf8');
		} else {
			const partType = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? 'application/octet-stream';
			files.push({ fieldName: name, fileName, contentType: partType.trim(), content });
		}
	}
	return { body: fields, files };
}

/** Parses a request body by its content type, the way a provider's web framework would. */
export function parseBody(raw: Buffer, contentType: string): ParsedBody {
	if (raw.length === 0) return { body: undefined, files: [] };
	const type = contentType.toLowerCase();
	if (type.includes('multipart/form-data')) return parseMultipart(raw, contentType);
	const text = raw.toString('utf8');
	if (type.includes('application/x-www-form-urlencoded')) return { body: parseForm(text), files: [] };
	if (type.includes('json')) {
		try {
			return { body: JSON.parse(text), files: [] };
		} catch {
			return { body: text, files: [], error: 'body is not valid JSON' };
		}
	}
	return { body: text, files: [] };
}
