// Protects accessibility: axe-core finds no serious or critical violation (WCAG 2.1 A/AA and
// axe's best practices) on the main screens of the built app, and each screen is photographed.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadSample, openApp, runApr, type AppPage } from './app-flow';
import { axeViolations } from './axe';
import { launchChromium } from './browser';

const baseUrl = inject('baseUrl');

let browser: Browser;
let app: AppPage | undefined;

beforeAll(async () => {
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
});

afterEach(async () => {
	await app?.context.close();
	app = undefined;
});

describe('accessibility of the main screens', () => {
	it('reports a violation planted in the page (the check is not blind)', async () => {
		app = await openApp(browser, baseUrl);
		await app.page.locator('#load-heading').waitFor();
		await app.page.evaluate(() =>
			document.querySelector('main')?.append(document.createElement('button'))
		);
		expect((await axeViolations(app.page)).join('\n')).toMatch(/^button-name \(critical\)/);
	});

	it('has no serious or critical violation at the start', async () => {
		app = await openApp(browser, baseUrl);
		await app.page.locator('#load-heading').waitFor();
		expect(await axeViolations(app.page)).toEqual([]);
	});

	it('has no serious or critical violation once the sample is loaded', async () => {
		app = await openApp(browser, baseUrl);
		await loadSample(app.page);
		expect(await axeViolations(app.page)).toEqual([]);
	});

	it('has no serious or critical violation in the review, the downloads and a number opened', async () => {
		app = await openApp(browser, baseUrl);
		await loadSample(app.page);
		await runApr(app.page);
		expect(await axeViolations(app.page)).toEqual([]);
		await app.page.locator('nav[aria-label="Report tables"] button[data-table="Q7a"]').click();
		await app.page.locator('td[data-ref="B6"] button').click();
		await app.page.getByRole('dialog').locator('[data-field="members-total"]').waitFor();
		expect(await axeViolations(app.page)).toEqual([]);
	});
});
