// Protects the offline single file: dist/apr-preflight.html opened from disk (file://), with no
// server and no network, loads the sample export, runs the APR and saves its files without any
// request but for itself.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSample, openApp, runApr } from './app-flow';
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

/** Clicks a button that saves a file and returns the file's name once it is saved. */
async function download(page: Page, button: string): Promise<string> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	await file.path();
	return file.suggestedFilename();
}

describe('the offline single file', () => {
	it('opens from disk with the network cut, runs the APR and saves its files, requesting nothing', async () => {
		const url = pathToFileURL(singleFile).href;
		const { context, page, log } = await openApp(browser, url, { offline: true });
		try {
			await loadSample(page);
			expect(await page.locator('[data-field="csv-version"]').innerText()).toContain('2026');
			await runApr(page);
			await screenshot(page, 'offline-apr');
			// The downloads are made in the inlined worker too (AES included) and saved from memory.
			expect(await download(page, 'Download the Sage zip')).toMatch(/^APR-FY2026-.*\.zip$/);
			await page.getByLabel('Password (optional)').fill('offline pass');
			expect(await download(page, 'Download the encrypted validation file')).toMatch(
				/-validation\.zip$/
			);
			// The page itself, then only what the page made in memory (the worker's blob: URL).
			expect(log.requests[0]).toBe(url);
			expect(log.requests.slice(1).filter((r) => !r.startsWith('blob:'))).toEqual([]);
			expect(log.errors).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
