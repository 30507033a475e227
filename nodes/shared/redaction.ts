import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

const MASK = '***';

/** Secret values of a credential, with the encodings they take in URLs, bodies and Basic headers (base64). */
export function secretVariants(
	credentials: ICredentialDataDecryptedObject | ICredentialDataDecryptedObject[],
	fields: string[],
): string[] {
	// Several credential data (a request signed with another pair, e.g. JPush's developer keys): the secrets of all.
	if (Array.isArray(credentials)) {
		const all = new Set(credentials.flatMap((data) => secretVariants(data, fields)));
		return [...all].sort((a, b) => b.length - a.length);
	}
	const variants = new Set<string>();
	for (const field of fields) {
		const value = credentials[field];
		if (typeof value !== 'string' || value.length < 4) continue;
		const encoded = [
			encodeURIComponent(value),
			new URLSearchParams({ v: value }).toString().slice(2),
			// RFC 3986, as n8n's query serializer (qs) writes a key sent in the URL: also escapes ! ' ( ) *.
			encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`),
		];
		variants.add(value);
		for (const form of encoded) {
			variants.add(form);
			// Servers and proxies that echo a URL may write the escapes in lower case.
			variants.add(form.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()));
		}
		for (const form of base64Forms(value)) variants.add(form);
		// A Basic header (user:secret in base64) echoed by a gateway: every other value of the credential may be the user.
		for (const user of Object.values(credentials)) {
			if (typeof user !== 'string' || user === '' || user === value) continue;
			for (const form of base64Forms(`${user}:${value}`)) variants.add(form);
		}
	}
	// Longest first, so a secret that contains another is masked whole.
	return [...variants].sort((a, b) => b.length - a.length);
}

/** A text in base64 as headers and tokens carry it: padded, unpadded, and URL-safe. */
function base64Forms(text: string): string[] {
	const padded = Buffer.from(text, 'utf8').toString('base64');
	return [padded, padded.replace(/=+$/, ''), Buffer.from(text, 'utf8').toString('base64url')];
}

export function redactText(text: string, secrets: string[]): string {
	let result = text;
	for (const secret of secrets) result = result.split(secret).join(MASK);
	return result;
}

/** A deep copy of a JSON-like value with every secret masked, in keys and values alike. */
export function redactValue<T>(value: T, secrets: string[]): T {
	if (secrets.length === 0) return value;
	if (typeof value === 'string') return redactText(value, secrets) as T;
	if (Array.isArray(value)) return value.map((entry) => redactValue(entry, secrets)) as T;
	if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
		const copy: Record<string, unknown> = {};
		for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
			copy[redactText(key, secrets)] = redactValue(entry, secrets);
		}
		return copy as T;
	}
	return value;
}
