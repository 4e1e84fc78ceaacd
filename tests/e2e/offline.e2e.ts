// Protects the offline single file: dist/apr-preflight.html opened from disk (file://), with no
// server, loads the sample export and runs the APR without any request but for itself.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, loadSample } from './app-flow';
import { launchChromium, screenshot } from './browser';

const singleFile = resolve(import.meta.dirname, '../../dist/apr-preflight.html');

let browser: Browser;

beforeAll(async () => {
	if (!existsSync(singleFile)) {
		throw new Error(`${singleFile} is missing: build the app first (\`npm run build\`).`);
	}
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
});

describe('the offline single file', () => {
	it('opens from disk with the network cut and loads the sample, requesting nothing else', async () => {
		const url = pathToFileURL(singleFile).href;
		const { context, page, log } = await openApp(browser, url, true);
		try {
			await loadSample(page);
			expect(await page.locator('[data-field="csv-version"]').innerText()).toContain('2026');
			await screenshot(page, 'offline-sample-loaded');
			// The page itself, then only what the page made in memory (the worker's blob: URL).
			expect(log.requests[0]).toBe(url);
			expect(log.requests.slice(1).filter((r) => !r.startsWith('blob:'))).toEqual([]);
			expect(log.errors).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
