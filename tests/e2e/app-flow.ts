// Steps shared by the end-to-end scenarios that go past loading: open the app with its requests
// and errors recorded, load the sample export, and set up and run the APR.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { watch, type PageLog } from './browser';

export interface AppPage {
	context: BrowserContext;
	page: Page;
	log: PageLog;
}

/** Opens the app in a new context; `offline` cuts the context off the network first. */
export async function openApp(browser: Browser, url: string, offline = false): Promise<AppPage> {
	const context = await browser.newContext({ acceptDownloads: true, offline });
	// NOTE: no Playwright timeouts: a test here has no time limit, it ends on the page's answer.
	context.setDefaultTimeout(0);
	const page = await context.newPage();
	const log = watch(page);
	await page.goto(url);
	return { context, page, log };
}

/** Loads the sample export and fails at once, with the page's message, if it did not load. */
export async function loadSample(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Try the sample export' }).click();
	await page.locator('#summary-heading, [role="alert"]').first().waitFor();
	expect(await page.getByRole('alert').allInnerTexts()).toEqual([]);
}
