// Protects accessibility: axe-core finds no serious or critical violation (WCAG 2.1 A/AA and
// axe's best practices) on the main screens of the built app, and each screen is photographed.
import { describe, expect, inject, it } from 'vitest';
import { loadSample, runApr, useApp } from './app-flow';
import { axeViolations } from './axe';

const app = useApp(inject('baseUrl'));

describe('accessibility of the main screens', () => {
	it('reports a violation planted in the page (the check is not blind)', async () => {
		const { page } = await app.open();
		await page.locator('#load-heading').waitFor();
		await page.evaluate(() =>
			document.querySelector('main')?.append(document.createElement('button'))
		);
		expect((await axeViolations(page)).join('\n')).toMatch(/^button-name \(critical\)/);
	});

	it('has no serious or critical violation at the start', async () => {
		const { page } = await app.open();
		await page.locator('#load-heading').waitFor();
		expect(await axeViolations(page)).toEqual([]);
	});

	it('has no serious or critical violation once the sample is loaded', async () => {
		const { page } = await app.open();
		await loadSample(page);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('has no serious or critical violation in the review, the downloads and a number opened', async () => {
		const { page } = await app.open();
		await loadSample(page);
		await runApr(page);
		expect(await axeViolations(page)).toEqual([]);
		await page.locator('nav[aria-label="Report tables"] button[data-table="Q7a"]').click();
		await page.locator('td[data-ref="B6"] button').click();
		await page.getByRole('dialog').locator('[data-field="members-total"]').waitFor();
		expect(await axeViolations(page)).toEqual([]);
	});
});
