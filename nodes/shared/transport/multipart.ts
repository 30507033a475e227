import { randomBytes } from 'crypto';

export interface MultipartFile {
	fileName: string;
	contentType: string;
	content: Buffer;
}

export interface MultipartBody {
	body: Buffer;
	contentType: string;
}

/** Encodes text fields and files as multipart/form-data (RFC 7578). */
export function buildMultipart(
	fields: Record<string, string>,
	files: Record<string, MultipartFile>,
): MultipartBody {
	const boundary = `----n8nChinaSms${randomBytes(12).toString('hex')}`;
	const parts: Buffer[] = [];
	const quote = (value: string) => value.replace(/"/g, '%22').replace(/\r|\n/g, ' ');
	for (const [name, value] of Object.entries(fields)) {
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`,
			),
		);
	}
	for (const [name, file] of Object.entries(files)) {
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"; filename="${quote(file.fileName)}"\r\n` +
					`Content-Type: ${file.contentType}\r\n\r\n`,
			),
			file.content,
			Buffer.from('\r\n'),
		);
	}
	parts.push(Buffer.from(`--${boundary}--\r\n`));
	return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
