// Starts Debian's Chromium for the end-to-end tests (never a downloaded browser) and records
// what a page requests and reports, so tests can prove nothing leaves the app's origin.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const executablePath = '/usr/bin/chromium';
export const screenshotDir = resolve(import.meta.dirname, 'screenshots');

export async function launchChromium(): Promise<Browser> {
	if (!existsSync(executablePath)) {
		throw new Error(
			`${executablePath} is missing: the end-to-end tests need Debian's chromium. ` +
				'Install it with `sudo apt-get install -y chromium` (.ci/run does this).'
		);
	}
	return chromium.launch({
		executablePath,
		// The background-networking flags keep Chromium from calling out on a closed network.
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

/** Every URL the page (and its workers) requested, and every error it logged. */
export interface PageLog {
	requests: string[];
	errors: string[];
}

export function watch(page: Page): PageLog {
	const log: PageLog = { requests: [], errors: [] };
	page.on('request', (request) => log.requests.push(request.url()));
	page.on('console', (message) => {
		if (message.type() === 'error') log.errors.push(message.text());
	});
	page.on('pageerror', (error) => log.errors.push(error.message));
	page.on('worker', (worker) =>
		worker.on('console', (message) => {
			if (message.type() === 'error') log.errors.push(`worker: ${message.text()}`);
		})
	);
	return log;
}

/** True when the URL is on the app's own origin (blob: and data: URLs made by the page count). */
export function sameOrigin(url: string, origin: string): boolean {
	if (url.startsWith('data:')) return true;
	const inner = url.startsWith('blob:') ? url.slice('blob:'.length) : url;
	return new URL(inner).origin === origin;
}

export async function screenshot(page: Page, name: string): Promise<void> {
	mkdirSync(screenshotDir, { recursive: true });
	await page.screenshot({ path: resolve(screenshotDir, `${name}.png`), fullPage: true });
}
