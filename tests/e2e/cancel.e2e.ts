// Protects cancelling a report run in a real browser: the run shows its steps, the Cancel button
// (used from the keyboard) stops it between steps, no half report is left in the page or in the
// worker, the setup is back as it was (with no accessibility violation) with the export still
// loaded in the same worker, and the report then runs to its end without loading anything again.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { generateSampleZip } from '../../src/engine/sample';
import { askEngine, loaded, useApp } from './app-flow';
import { axeViolations } from './axe';
import { screenshot } from './browser';

const app = useApp(inject('baseUrl'));

/**
 * Puts the keyboard focus on the Cancel button of the run and gives the step shown then; null
 * when the run had already ended (the test then fails instead of waiting for a button forever).
 */
function focusCancel(page: Page): Promise<{ step: number; steps: number; label: string } | null> {
	return page.evaluate(() => {
		const button = [...document.querySelectorAll('button')].find(
			(b) => b.textContent?.trim() === 'Cancel'
		);
		const match = /^Step (\d+) of (\d+): (.+)$/.exec(
			document.querySelector('#run-step')?.textContent?.trim() ?? ''
		);
		if (!button || !match) return null;
		button.focus();
		return { step: Number(match[1]), steps: Number(match[2]), label: match[3] };
	});
}

describe('cancelling a report run', () => {
	it('stops the run between steps, keeps the export and the setup, then runs to the end', async () => {
		// The UI's sample runs in well under a second; a 10,000-client export, every project pooled,
		// runs for seconds, so the cancel lands while the run is going (the checks below fail
		// rather than pass if it ever finished first).
		const { zip } = generateSampleZip({ seed: 3, clients: 10_000 });
		const { page, log } = await app.open({ viewport: { width: 1400, height: 900 } });
		await page.locator('#export-files').setInputFiles({
			name: 'sample-10000.zip',
			mimeType: 'application/zip',
			buffer: Buffer.from(zip)
		});
		await loaded(page);
		await page.locator('#report-start').fill('2025-10-01');
		await page.locator('#report-end').fill('2026-09-30');
		await page.getByRole('button', { name: /^Pick the \d+ shown$/ }).click();
		await page.getByRole('checkbox', { name: 'County Coordinated Entry Access Point' }).uncheck();
		const picked = await page.locator('.status strong').innerText();
		const requests = log.requests.length;

		const review = page.locator('#review-heading');
		await page.getByRole('button', { name: 'Run the APR' }).click();
		const step = page.locator('#run-step', { hasText: /^Step \d+ of \d+: / });
		await step.or(review).waitFor();
		const atCancel = await focusCancel(page);
		expect(atCancel, 'the run ended before it could be cancelled').not.toBeNull();
		await page.keyboard.press('Enter');
		expect(atCancel!.step).toBeLessThan(atCancel!.steps);
		expect(atCancel!.label).toMatch(/^(Universe: .+|Q\d+[a-z]?\d? .+)$/);

		// Back to the setup, as it was, with a word that the export is still loaded.
		const message = page.getByText('The APR was cancelled', { exact: true });
		await message.or(review).waitFor();
		expect(await review.count(), 'the run ended before the cancel reached it').toBe(0);
		expect(await page.locator('.run').innerText()).toContain('The export is still loaded');
		expect(await page.getByRole('alert').allInnerTexts()).toEqual([]);
		expect(await page.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
		expect(await page.locator('#run-step').count()).toBe(0);
		const runButton = page.getByRole('button', { name: 'Run the APR' });
		expect(await runButton.isEnabled()).toBe(true);
		expect(await runButton.evaluate((b) => b === document.activeElement)).toBe(true);
		expect(await page.locator('#report-start').inputValue()).toBe('2025-10-01');
		expect(await page.locator('#report-end').inputValue()).toBe('2026-09-30');
		expect(await page.locator('.status strong').innerText()).toBe(picked);
		expect(await axeViolations(page)).toEqual([]);
		await screenshot(page, 'run-cancelled');

		// The same worker still holds the export, and no half report.
		const projects = await askEngine(page, 'projects');
		expect(projects.type).toBe('RAW');
		expect((projects as { value: unknown[] }).value.length).toBeGreaterThan(10);
		const report = await askEngine(page, 'sageZip');
		expect(report).toMatchObject({
			type: 'HANDLER',
			value: { value: { message: 'Run a report first.' } }
		});

		// Run again: it goes to its end over the loaded export, fetching nothing.
		await runButton.click();
		await step.or(review).waitFor();
		await screenshot(page, 'run-progress');
		await review.or(page.getByRole('alert')).first().waitFor();
		expect(await page.getByRole('alert').allInnerTexts()).toEqual([]);
		expect(await page.locator('nav[aria-label="Report tables"] button[data-table]').count()).toBe(
			67
		);
		expect(await message.count()).toBe(0);
		expect(log.requests.length).toBe(requests);
	});
});
