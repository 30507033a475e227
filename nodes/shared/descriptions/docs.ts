/** Where the package's README is read: its GitHub page. */
export const README_URL = 'https://github.com/n8n-nodes-china-sms/n8n-nodes-china-sms';

/** The anchor GitHub gives a README heading: lower case, punctuation removed, spaces as hyphens. */
export function headingAnchor(heading: string): string {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

/**
 * A node's `documentationUrl`: the README section with this heading. n8n 2.41's editor opens a node's
 * `documentationUrl` as it is, while it appends `?utm_…` to a codex `primaryDocumentation` URL, which
 * after a `#` would turn the anchor into one that does not exist and land at the top of the README.
 */
export function readmeSection(heading: string): string {
	return `${README_URL}#${encodeURIComponent(headingAnchor(heading))}`;
}
