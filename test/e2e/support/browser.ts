import { chromium, type Browser, type Page } from 'playwright-core';
import { fs } from '../../support/node';
import type { N8n } from './n8n';

/** Debian's Chromium, driven by playwright-core (apt-get install -y chromium). */
export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
	if (!fs.existsSync(CHROMIUM)) {
		throw new Error(`${CHROMIUM} is missing: the browser tests need Debian's chromium (apt-get install -y chromium)`);
	}
	return await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}

/** A page signed in as n8n's owner (the `n8n-auth` cookie of `n8n.signIn()`). */
export async function openEditor(browser: Browser, n8n: N8n): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	await context.addCookies([{ name: 'n8n-auth', value: n8n.authCookie, domain: '127.0.0.1', path: '/' }]);
	const page = await context.newPage();
	page.setDefaultTimeout(30000);
	return page;
}
